/**
 * The notification bell in the header: the unread count on a button that
 * opens a panel of one's escalations, reminders, complaints and bounced
 * messages, unread first (the API's order), each marked read by itself or
 * all at once. A disclosure, not a modal: the page stays usable, Escape or
 * the button closes it.
 *
 * @module
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useFormats, useI18n, type MessageKey } from '../i18n/index.js';
import { Link } from '../ui/link.js';
import { useBell, useMarkRead, type Notification } from './queries.js';

const KIND_KEYS: Record<string, MessageKey> = {
  reminder: 'bell.kind.reminder',
  escalation: 'bell.kind.escalation',
  complaint: 'bell.kind.complaint',
  'message.bounced': 'bell.kind.bounced',
};

export function Bell() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const bell = useBell(true);
  const markRead = useMarkRead();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const unread = bell.data?.unread ?? 0;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="bell">
      <button
        ref={button}
        type="button"
        className="secondary bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('bell.button', { count: unread })}
        onClick={() => setOpen(!open)}
      >
        {/* Drawn, not an emoji: a server's fonts may have no emoji at all. */}
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="bell-panel card" aria-label={t('bell.title')}>
          <div className="bell-head">
            <h2>{t('bell.title')}</h2>
            <button
              type="button"
              className="secondary"
              disabled={unread === 0 || markRead.isPending}
              onClick={() => markRead.mutate(undefined)}
            >
              {t('bell.markAll')}
            </button>
          </div>
          {bell.data && bell.data.notifications.length === 0 && <p className="muted">{t('bell.empty')}</p>}
          <ul className="bell-list">
            {bell.data?.notifications.map((n) => (
              <Item key={n.id} n={n} onRead={() => markRead.mutate(n.id)} onOpen={() => setOpen(false)} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Item({ n, onRead, onOpen }: { n: Notification; onRead(): void; onOpen(): void }) {
  const { t } = useI18n();
  const f = useFormats();
  const unread = !n.readAt;
  return (
    <li className={unread ? 'bell-item unread' : 'bell-item'}>
      <div>
        <strong>{t(KIND_KEYS[n.kind] ?? 'bell.kind.other')}</strong>
        {unread && <span className="badge">{t('bell.unread')}</span>}
        <div>{n.title}</div>
        <small className="muted">
          <time dateTime={n.createdAt}>{f.dateTime(n.createdAt)}</time> ·{' '}
          <span onClick={onOpen}>
            <Link to={`/deal/${encodeURIComponent(n.dealId)}`}>{t('bell.openDeal')}</Link>
          </span>
        </small>
      </div>
      {unread && (
        <button type="button" className="secondary" onClick={onRead}>
          {t('bell.markRead')}
          {/* Which one, for a screen reader: the visible word starts the name (WCAG's label in name). */}
          <span className="visually-hidden">: {n.title}</span>
        </button>
      )}
    </li>
  );
}
