/** The workspace: the shell (navigation, language, live notifications) around one page per route. */
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nContext, makeI18n, type MessageKey } from './i18n.js';
import { Link } from './link.js';
import { BoardPage } from './pages/board.js';
import { AcceptPage, SignInPage } from './pages/sign-in.js';
import { DealPage } from './pages/deal.js';
import { InboxPage } from './pages/inbox.js';
import { NewDealPage } from './pages/new-deal.js';
import { useMe, useSetLocale, useSignOut } from './queries.js';
import { navigate, useRoute } from './router.js';
import './styles.css';

/** The studio (CodeMirror, ECharts) loads only under /studio: the managers' inbox does not carry it. */
const StudioPage = lazy(() => import('./studio/index.js'));

/** New tasks, reminders and escalations, live: the stream takes the session cookie. */
function useLiveNotifications(enabled: boolean) {
  const client = useQueryClient();
  const [note, setNote] = useState<{ kind: string; title: string } | undefined>();
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/me/stream', { withCredentials: true });
    const onNote = (e: MessageEvent<string>) => {
      const n = JSON.parse(e.data) as { kind: string; title: string };
      setNote({ kind: e.type, title: n.title });
      void client.invalidateQueries({ queryKey: ['tasks'] });
      void client.invalidateQueries({ queryKey: ['deal'] });
    };
    for (const kind of ['task', 'reminder', 'escalation', 'complaint']) source.addEventListener(kind, onNote);
    return () => source.close();
  }, [enabled, client]);
  return [note, () => setNote(undefined)] as const;
}

function Shell() {
  const route = useRoute();
  const me = useMe();
  const setLocale = useSetLocale();
  const signOut = useSignOut();
  const i18n = useMemo(
    () => makeI18n(me.data?.locale ?? 'ru', me.data?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone),
    [me.data?.locale, me.data?.timezone],
  );
  const [note, closeNote] = useLiveNotifications(!!me.data);
  useEffect(() => {
    document.documentElement.lang = i18n.locale;
    document.title = i18n.t('app.name');
  }, [i18n]);
  const signedOut = me.isError && route.page !== 'accept';
  useEffect(() => {
    if (signedOut && route.page !== 'signin') navigate('/signin');
    if (me.data && route.page === 'signin') navigate('/inbox');
  }, [signedOut, me.data, route.page]);

  const t = i18n.t;
  let page: ReactNode;
  if (route.page === 'accept') page = <AcceptPage token={route.token} />;
  else if (route.page === 'signin' || !me.data) page = me.isLoading ? <p>{t('common.loading')}</p> : <SignInPage />;
  else if (route.page === 'deal') page = <DealPage id={route.id} />;
  else if (route.page === 'board') page = <BoardPage />;
  else if (route.page === 'newDeal') page = <NewDealPage />;
  else if (route.page === 'studio')
    page = (
      <Suspense fallback={<p>{t('common.loading')}</p>}>
        <StudioPage path={route.path} />
      </Suspense>
    );
  else page = <InboxPage />;
  const noteKey =
    `notify.${['task', 'reminder', 'escalation'].includes(note?.kind ?? '') ? note!.kind : 'other'}` as MessageKey;

  return (
    <I18nContext.Provider value={i18n}>
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
                  <Link to="/new-deal">{t('nav.newDeal')}</Link>
                </li>
                {me.data.role !== 'manager' && (
                  <li>
                    <Link to="/board">{t('nav.board')}</Link>
                  </li>
                )}
                {(me.data.role === 'director' || me.data.role === 'admin') && (
                  <li>
                    <Link to="/studio">{t('nav.studio')}</Link>
                  </li>
                )}
              </ul>
            </nav>
            <label className="visually-hidden" htmlFor="locale">
              {t('nav.language')}
            </label>
            <select id="locale" value={i18n.locale} onChange={(e) => setLocale.mutate(e.target.value as 'ru' | 'en')}>
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
      <main>{page}</main>
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
    </I18nContext.Provider>
  );
}

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  </StrictMode>,
);
