/**
 * The shell around every page: the header (navigation, help, the place of the
 * notification bell, language, sign-out), the person's language and time
 * zone, live notifications, and the sign-in gate (a page other than sign-in or
 * invitation needs a session).
 *
 * @module
 */
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { SignInPage } from '../auth/sign-in-page.js';
import { useMe, useSetLocale, useSignOut } from '../auth/queries.js';
import { i18n, TimeZoneProvider, useI18n, type Locale, type MessageKey } from '../i18n/index.js';
import { Bell } from '../notifications/bell.js';
import { Link } from '../ui/link.js';
import { navigate } from '../ui/navigate.js';
import { useLiveNotifications } from './live.js';

export function Shell() {
  const path = useRouterState({ select: (s) => s.location.pathname });
  const me = useMe();
  const locale: Locale = me.data?.locale ?? 'ru';
  const timeZone = me.data?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  const signedOut = me.isError && path !== '/accept';
  useEffect(() => {
    if (signedOut && path !== '/signin') navigate('/signin');
    if (me.data && path === '/signin') navigate('/inbox');
  }, [signedOut, me.data, path]);
  let page = <Outlet />;
  if (path !== '/accept' && (path === '/signin' || !me.data)) page = me.isLoading ? <Loading /> : <SignInPage />;
  return (
    <TimeZoneProvider value={timeZone}>
      <Header />
      <main>{page}</main>
      <Toast enabled={!!me.data} />
    </TimeZoneProvider>
  );
}

function Loading() {
  return <p>{useI18n().t('common.loading')}</p>;
}

function Header() {
  const { t, locale } = useI18n();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const me = useMe();
  const setLocale = useSetLocale();
  const signOut = useSignOut();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);
  const role = me.data?.role;
  return (
    <header className="header">
      <span className="brand">{t('app.name')}</span>
      {me.data && (
        <>
          <nav aria-label={t('nav.main')}>
            <ul>
              <li>
                <Link to="/inbox">{t('nav.inbox')}</Link>
              </li>
              <li>
                <Link to="/pipeline">{t('nav.pipeline')}</Link>
              </li>
              <li>
                <Link to="/deal-list">{t('nav.deals')}</Link>
              </li>
              <li>
                <Link to="/company-list">{t('nav.companies')}</Link>
              </li>
              <li>
                <Link to="/schedule">{t('nav.calendar')}</Link>
              </li>
              <li>
                <Link to="/new-deal">{t('nav.newDeal')}</Link>
              </li>
              {role !== 'manager' && (
                <li>
                  <Link to="/board">{t('nav.board')}</Link>
                </li>
              )}
              {(role === 'director' || role === 'admin') && (
                <li>
                  <Link to="/studio">{t('nav.studio')}</Link>
                </li>
              )}
            </ul>
          </nav>
          <div className="header-tools" id="header-tools">
            <Bell />
            {/* The guide is served by the API, not by this app: a full page load, at this page's section. */}
            <a href={`/guide/help?page=${encodeURIComponent(path)}&lang=${locale}`}>{t('nav.help')}</a>
          </div>
          <label className="visually-hidden" htmlFor="locale">
            {t('nav.language')}
          </label>
          <select id="locale" value={locale} onChange={(e) => setLocale.mutate(e.target.value as Locale)}>
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
          <span className="muted">{me.data.name}</span>
          <button
            className="secondary"
            type="button"
            onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate('/signin') })}
          >
            {t('nav.signOut')}
          </button>
        </>
      )}
    </header>
  );
}

function Toast({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const [note, closeNote] = useLiveNotifications(enabled);
  const noteKey =
    `notify.${['task', 'reminder', 'escalation'].includes(note?.kind ?? '') ? note!.kind : 'other'}` as MessageKey;
  return (
    <div aria-live="polite" role="status">
      {note && (
        <div className="toast">
          <span>
            <strong>{t(noteKey)}</strong> · {note.title}
          </span>
          <button type="button" className="secondary" aria-label={t('notify.close')} onClick={closeNote}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
