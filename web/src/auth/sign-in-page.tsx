/** Sign-in, and setting one's password from an invitation. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { useAccept, useSignIn } from './queries.js';
import { navigate } from '../ui/navigate.js';

export function SignInPage() {
  const { t } = useI18n();
  const signIn = useSignIn();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ login, password }, { onSuccess: () => navigate('/inbox') });
  };
  return (
    <form className="form card" onSubmit={submit}>
      <h1>{t('signIn.title')}</h1>
      <div className="field">
        <label htmlFor="login">{t('signIn.login')}</label>
        <input id="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="password">{t('signIn.password')}</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </div>
      {signIn.isError && (
        <p role="alert" className="alert">
          {signIn.error instanceof ApiError && signIn.error.status === 429
            ? t('signIn.tooMany', { count: Math.max(1, signIn.error.retryAfter ?? 1) })
            : t('signIn.failed')}
        </p>
      )}
      <button type="submit" disabled={signIn.isPending}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}

export function AcceptPage({ token }: { token: string }) {
  const { t } = useI18n();
  const accept = useAccept();
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate({ token, password });
  };
  return (
    <form className="form card" onSubmit={submit}>
      <h1>{t('accept.title')}</h1>
      <div className="field">
        <label htmlFor="new-password">{t('signIn.password')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </div>
      {accept.isError && (
        <p role="alert" className="alert">
          {accept.error.message}
        </p>
      )}
      {accept.isSuccess ? (
        <p role="status">
          {t('accept.done')} <a href="/signin">{t('signIn.submit')}</a>
        </p>
      ) : (
        <button type="submit">{t('accept.submit')}</button>
      )}
    </form>
  );
}
