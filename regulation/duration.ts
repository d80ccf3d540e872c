/**
 * ISO 8601 durations added to instants, calendar-aware for days, months and
 * years (UTC). Working-hours calendars build on top of this.
 *
 * @module
 */
import { parse } from 'tinyduration';

export function addDuration(from: Date, iso: string): Date {
  const d = parse(iso);
  const t = new Date(from.getTime());
  t.setUTCFullYear(t.getUTCFullYear() + (d.years ?? 0), t.getUTCMonth() + (d.months ?? 0), t.getUTCDate() + (d.weeks ?? 0) * 7 + (d.days ?? 0));
  return new Date(t.getTime() + ((d.hours ?? 0) * 3600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) * 1000);
}
