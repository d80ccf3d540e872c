/**
 * The business calendar: working days, working hours and holidays in an
 * office's time zone. Due dates, reminders and SLAs count working time, so a
 * task due "in 4 working hours" at 17:00 on a Friday in Khabarovsk (09–18) is
 * due at 12:00 on Monday. Time zones and DST come from the platform's IANA
 * data through `Intl`.
 *
 * @example
 * addWorkingDuration(new Date('2026-11-27T07:00:00Z'), 'PT4H', { ...DEFAULT_CALENDAR, timezone: 'Asia/Vladivostok' });
 *
 * @module
 */
import { parse } from 'tinyduration';

/**
 * An office calendar. The one type for both a regulation's `calendar` (after
 * normalisation every field is filled, see `regulation/source.ts`) and the
 * calendar a rule or a timer counts in (the regulation's, with the zone
 * replaced by a manager's own).
 */
export interface BusinessCalendar {
  /** IANA time zone of the office, e.g. `Europe/Moscow`, `Asia/Vladivostok`. */
  timezone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  /** Local working hours, `HH:MM`. */
  start: string;
  end: string;
  /** Local dates (`YYYY-MM-DD`) that are not working days. */
  holidays: string[];
  /** Local dates that are working days although their weekday is not (moved working Saturdays). */
  workingWeekends: string[];
}

/** Moscow, Monday to Friday, 09–18: the calendar of a regulation that names none. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timezone: 'Europe/Moscow',
  workingDays: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
  holidays: [],
  workingWeekends: [],
};

/** A calendar with no closed hours: working time equals wall-clock time. */
export const ALWAYS_OPEN: BusinessCalendar = {
  timezone: 'UTC',
  workingDays: [1, 2, 3, 4, 5, 6, 7],
  start: '00:00',
  end: '24:00',
  holidays: [],
  workingWeekends: [],
};

interface LocalDate {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Local wall-clock parts of an instant in a time zone. */
function localParts(t: number, tz: string) {
  const parts = Object.fromEntries(
    formatter(tz)
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    hh: Number(parts.hour),
    mm: Number(parts.minute),
    ss: Number(parts.second),
  };
}

/** UTC offset of `tz` at instant `t`, in ms. */
function offsetAt(t: number, tz: string): number {
  const p = localParts(t, tz);
  return Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss) - Math.floor(t / 1000) * 1000;
}

/** The instant when the local clock in `tz` shows the given date and minute of day. */
export function zonedInstant(date: LocalDate, minuteOfDay: number, tz: string): number {
  const naive = Date.UTC(date.y, date.m - 1, date.d) + minuteOfDay * 60_000;
  let t = naive - offsetAt(naive, tz);
  t = naive - offsetAt(t, tz); // second pass settles DST edges
  return t;
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};
const iso = (d: LocalDate) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
const nextDay = (d: LocalDate): LocalDate => {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const weekday = (d: LocalDate) => ((new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() + 6) % 7) + 1;

export function isWorkingDay(d: LocalDate, cal: BusinessCalendar): boolean {
  const key = iso(d);
  if (cal.holidays.includes(key)) return false;
  return cal.workingDays.includes(weekday(d)) || cal.workingWeekends.includes(key);
}

/** Whether the office is open at instant `t`. */
export function isWorkingTime(t: number, cal: BusinessCalendar): boolean {
  const p = localParts(t, cal.timezone);
  const day = { y: p.y, m: p.m, d: p.d };
  if (!isWorkingDay(day, cal)) return false;
  const minute = p.hh * 60 + p.mm;
  return minute >= minutes(cal.start) && minute < minutes(cal.end);
}

/** Adds `ms` of working time to `from`. */
export function addWorkingTime(from: Date, ms: number, cal: BusinessCalendar): Date {
  let t = from.getTime();
  let remaining = ms;
  const p = localParts(t, cal.timezone);
  let day: LocalDate = { y: p.y, m: p.m, d: p.d };
  for (let guard = 0; guard < 3660; guard++) {
    if (isWorkingDay(day, cal)) {
      const open = zonedInstant(day, minutes(cal.start), cal.timezone);
      const close = zonedInstant(day, minutes(cal.end), cal.timezone);
      if (t < open) t = open;
      if (t < close) {
        if (remaining <= close - t) return new Date(t + remaining);
        remaining -= close - t;
      }
    }
    day = nextDay(day);
    t = Math.max(t, zonedInstant(day, 0, cal.timezone));
  }
  throw new Error(`calendar ${cal.timezone} has no working time in ten years: check workingDays and holidays`);
}

/** Working days in a week of `cal`: its distinct working weekdays (6 for Monday–Saturday). */
export function workingDaysPerWeek(cal: BusinessCalendar): number {
  return new Set(cal.workingDays.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7)).size;
}

/**
 * Adds an ISO 8601 duration in working time: a day is one working day (as
 * long as the calendar's working day), a week is as many working days as the
 * calendar works in a week (`P1W` is 5 working days Monday–Friday, 6
 * Monday–Saturday), and hours, minutes and seconds count working hours.
 * Years and months are not meaningful here and are refused.
 */
export function addWorkingDuration(from: Date, duration: string, cal: BusinessCalendar): Date {
  const d = parse(duration);
  if (d.years || d.months)
    throw new Error(`duration ${duration}: use days or hours for working time, not months or years`);
  const dayLength = (minutes(cal.end) - minutes(cal.start)) * 60_000;
  const ms =
    ((d.weeks ?? 0) * workingDaysPerWeek(cal) + (d.days ?? 0)) * dayLength +
    ((d.hours ?? 0) * 3600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) * 1000;
  return addWorkingTime(from, ms, cal);
}

/** Signed offsets such as `-PT30M` (before) or `PT1H` (after), in wall-clock ms. */
export function offsetMs(offset: string): number {
  const negative = offset.startsWith('-');
  const d = parse(negative ? offset.slice(1) : offset);
  const ms =
    (((d.weeks ?? 0) * 7 + (d.days ?? 0)) * 86_400 + (d.hours ?? 0) * 3600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) *
    1000;
  return negative ? -ms : ms;
}
