/**
 * The calendar (/schedule): one's meetings, calls and visits by day or week
 * in one's own time zone (the API's, not the browser's), overdue marked, each
 * leading to its deal; and the iCalendar subscription: make it (the secret
 * address is shown once), get a new one, revoke it. The view and the day live
 * in the URL.
 *
 * @module
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useI18n } from '../i18n/index.js';
import { CopyButton } from '../ui/copy-button.js';
import { Link } from '../ui/link.js';
import { ErrorAlert } from '../ui/table.js';
import { useCalendar, useFeed, useMakeFeed, useRevokeFeed, type CalendarItem } from './queries.js';
import { addDays, dayOf, dayStart, mondayOf } from './zoned.js';
import './calendar.css';

export default function CalendarPage() {
  const { t, timeZone: myZone } = useI18n();
  const search: { view?: string; day?: string } = useSearch({ strict: false });
  const go = useNavigate();
  const week = search.view !== 'day';
  const today = dayOf(new Date(), myZone);
  const day = search.day && /^\d{4}-\d{2}-\d{2}$/.test(search.day) ? search.day : today;
  const first = week ? mondayOf(day) : day;
  const days = Array.from({ length: week ? 7 : 1 }, (_, i) => addDays(first, i));
  const from = useMemo(() => dayStart(first, myZone), [first, myZone]);
  const to = useMemo(() => dayStart(addDays(first, week ? 7 : 1), myZone), [first, week, myZone]);
  const calendar = useCalendar(from, to);
  const zone = calendar.data?.timezone ?? myZone;
  const byDay = useMemo(() => {
    const map = new Map<string, CalendarItem[]>();
    for (const item of calendar.data?.items ?? []) {
      const key = dayOf(item.dueAt, zone);
      map.set(key, [...(map.get(key) ?? []), item]);
    }
    return map;
  }, [calendar.data, zone]);
  const set = (s: { view?: string; day?: string }) =>
    void go({ to: '/schedule', search: { ...(week ? {} : { view: 'day' }), day, ...s }, replace: true });

  return (
    <>
      <h1>{t('calendar.title')}</h1>
      <div className="row calendar-bar">
        <div role="group" aria-label={t('calendar.view')} className="row">
          <button
            type="button"
            className={week ? 'secondary' : ''}
            aria-pressed={!week}
            onClick={() => set({ view: 'day' })}
          >
            {t('calendar.day')}
          </button>
          <button
            type="button"
            className={week ? '' : 'secondary'}
            aria-pressed={week}
            onClick={() => set({ view: 'week' })}
          >
            {t('calendar.week')}
          </button>
        </div>
        <button type="button" className="secondary" onClick={() => set({ day: addDays(day, week ? -7 : -1) })}>
          {t('calendar.prev')}
        </button>
        <button type="button" className="secondary" onClick={() => set({ day: today })}>
          {t('calendar.today')}
        </button>
        <button type="button" className="secondary" onClick={() => set({ day: addDays(day, week ? 7 : 1) })}>
          {t('calendar.next')}
        </button>
        <span className="muted">{t('calendar.zone', { zone })}</span>
      </div>
      <ErrorAlert error={calendar.error} />
      <div className={week ? 'calendar-week' : ''}>
        {days.map((d) => (
          <Day key={d} day={d} items={byDay.get(d) ?? []} zone={zone} today={d === today} />
        ))}
      </div>
      <Feed />
    </>
  );
}

function Day({ day, items, zone, today }: { day: string; items: CalendarItem[]; zone: string; today: boolean }) {
  const { t, locale, kind } = useI18n();
  // The day's own name, at its noon in UTC: the same calendar day in every zone.
  const title = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const id = `day-${day}`;
  return (
    <section className={today ? 'card calendar-day today' : 'card calendar-day'} aria-labelledby={id}>
      <h2 id={id}>
        {title} <small className="muted">{t('calendar.items', { count: items.length })}</small>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('calendar.empty')}</p>
      ) : (
        <ul className="calendar-items">
          {items.map((i) => (
            <li key={i.taskId} className={i.overdue ? 'overdue' : ''}>
              <time dateTime={i.dueAt}>{time.format(new Date(i.dueAt))}</time>{' '}
              <span className="badge">{kind(i.kind)}</span>{' '}
              <Link to={`/deal/${encodeURIComponent(i.dealId)}`}>{i.title}</Link>
              {i.clientName && <span className="muted"> · {i.clientName}</span>}
              {i.overdue && <span className="badge danger">{t('calendar.overdue')}</span>}
              {i.status === 'done' && <span className="badge">{t('calendar.done')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Feed() {
  const { t, dateTime } = useI18n();
  const feed = useFeed();
  const make = useMakeFeed();
  const revoke = useRevokeFeed();
  // The address is the answer of the POST only: the server keeps no readable copy.
  const url = make.data?.url;
  const on = feed.data?.active;
  return (
    <section className="card calendar-feed" aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">{t('calendar.feed')}</h2>
      <p className="muted">{t('calendar.feedHint')}</p>
      {url && on && (
        <div className="feed-url">
          <label htmlFor="feed-url">{t('calendar.feedUrl')}</label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.target.select()} />
          <CopyButton text={url} label={t('calendar.copyUrl')} />
          <p>{t('calendar.feedOnce')}</p>
        </div>
      )}
      {feed.data && !url && (
        <p>{on ? t('calendar.feedOn', { since: dateTime(feed.data.createdAt!) }) : t('calendar.feedOff')}</p>
      )}
      <div className="row">
        <button type="button" disabled={make.isPending} onClick={() => make.mutate()}>
          {on ? t('calendar.newUrl') : t('calendar.subscribe')}
        </button>
        {on && (
          <button
            type="button"
            className="secondary"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate(undefined, { onSuccess: () => make.reset() })}
          >
            {t('calendar.revoke')}
          </button>
        )}
      </div>
      <ErrorAlert error={make.error ?? revoke.error} />
    </section>
  );
}
