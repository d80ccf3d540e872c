/**
 * ISO 8601 durations added to instants on the UTC calendar: years and months
 * keep the day of month, clamped to the month's end (31 Jan + P1M = 28 Feb);
 * weeks, days and times add exactly. Working-hours calendars build on this.
 *
 * @module
 */
import { parse } from 'tinyduration';

export function addDuration(from: Date, iso: string): Date {
  const d = parse(iso);
  const months = from.getUTCMonth() + (d.years ?? 0) * 12 + (d.months ?? 0);
  const year = from.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const t = new Date(from.getTime());
  t.setUTCFullYear(year, month, Math.min(from.getUTCDate(), lastDay));
  t.setUTCDate(t.getUTCDate() + (d.weeks ?? 0) * 7 + (d.days ?? 0));
  return new Date(t.getTime() + ((d.hours ?? 0) * 3600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) * 1000);
}
