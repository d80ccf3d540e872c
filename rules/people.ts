/**
 * What the rules know about people beyond their role and workload: absences
 * (vacation, sick leave, business trip) with a deputy, capacity caps on open
 * deals and tasks, and a person's own working days and hours. Pure: the
 * assignment strategies, the recipients of reminders and escalations, the
 * simulator and other callers (telephony's "who is on shift") share it.
 *
 * Absence dates are local dates in the person's own time zone, `until`
 * included: "on vacation 01.12–14.12" means back on the 15th.
 *
 * @example
 * availableNow(olga, new Date(), regulation.calendar);
 * // → { available: false, reason: 'Olga is on vacation until 14.12' }
 *
 * @module
 */
import { isWorkingTime, type BusinessCalendar } from './calendar.js';

export const ABSENCE_KINDS = ['vacation', 'sick_leave', 'business_trip'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export interface Absence {
  kind: AbsenceKind;
  /** First local date away, `YYYY-MM-DD`. */
  from: string;
  /** Last local date away, `YYYY-MM-DD`, included. */
  until: string;
  /** Who takes the person's new reminders, escalations and tasks due meanwhile; their head when none. */
  deputy?: string | null;
}

/** A cap on open work; an absent limit is no limit. */
export interface Capacity {
  openDeals?: number | null;
  openTasks?: number | null;
}

/** A person's own week (part-time, shifts), on top of the regulation's holidays. */
export interface PersonalHours {
  workingDays: number[];
  start: string;
  end: string;
}

/** The parts of a person this module reads (a structural subset of `ManagerFacts`). */
export interface Person {
  id: string;
  name: string;
  active: boolean;
  timezone: string;
  openTasks: number;
  openDeals: number;
  absences?: Absence[];
  capacity?: Capacity | null;
  hours?: PersonalHours | null;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(at: Date, timezone: string): string {
  let f = dayFormats.get(timezone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timezone, f);
  }
  return f.format(at);
}

/** The absence covering a local date, if any (the one ending last when several overlap). */
export function absenceOn(person: Pick<Person, 'absences'>, day: string): Absence | undefined {
  let found: Absence | undefined;
  for (const a of person.absences ?? []) {
    if (a.from <= day && day <= a.until && (!found || a.until > found.until)) found = a;
  }
  return found;
}

/** The absence covering an instant in the person's own time zone. */
export function absenceAt(person: Pick<Person, 'absences' | 'timezone'>, at: Date): Absence | undefined {
  if (!person.absences || person.absences.length === 0) return undefined;
  return absenceOn(person, localDate(at, person.timezone));
}

const KIND_WORDS: Record<AbsenceKind, string> = {
  vacation: 'on vacation',
  sick_leave: 'on sick leave',
  business_trip: 'on a business trip',
};

/** `14.12` from `2026-12-14`: how people write a return date. */
const shortDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/** "Olga is on vacation until 14.12". */
export function describeAbsence(person: Pick<Person, 'name'>, a: Absence): string {
  return `${person.name} is ${KIND_WORDS[a.kind]} until ${shortDate(a.until)}`;
}

/** The cap a person is at, in words, or undefined when they can take one more deal (and its first task). */
export function capReached(person: Person, cap: Capacity | null | undefined = person.capacity): string | undefined {
  if (!cap) return undefined;
  if (cap.openDeals != null && person.openDeals >= cap.openDeals)
    return `${person.name} has ${person.openDeals} open deals (cap ${cap.openDeals})`;
  if (cap.openTasks != null && person.openTasks >= cap.openTasks)
    return `${person.name} has ${person.openTasks} open tasks (cap ${cap.openTasks})`;
  return undefined;
}

/** The calendar a person works by: the regulation's holidays, their own zone, days and hours. */
export function personalCalendar(calendar: BusinessCalendar, person: Partial<Person> | undefined): BusinessCalendar {
  if (!person) return calendar;
  return {
    ...calendar,
    ...(person.timezone ? { timezone: person.timezone } : {}),
    ...(person.hours
      ? { workingDays: person.hours.workingDays, start: person.hours.start, end: person.hours.end }
      : {}),
  };
}

/** Whether a person is on shift at an instant (their own hours, else the calendar's in their zone). */
export function onShift(person: Person, at: Date, calendar: BusinessCalendar): boolean {
  return isWorkingTime(at.getTime(), personalCalendar(calendar, person));
}

/**
 * Whether a person can take work now, and why not: deactivated, absent, off
 * shift. For callers outside assignment (telephony's routing of a call).
 *
 * @example
 * if (availableNow(m, new Date(), regulation.calendar).available) ringTo(m.id);
 */
export function availableNow(
  person: Person,
  at: Date,
  calendar: BusinessCalendar,
): { available: true } | { available: false; reason: string } {
  if (!person.active) return { available: false, reason: `${person.name} is deactivated` };
  const away = absenceAt(person, at);
  if (away) return { available: false, reason: describeAbsence(person, away) };
  if (!onShift(person, at, calendar)) return { available: false, reason: `${person.name} is off shift` };
  return { available: true };
}

/**
 * Who stands in for a person at an instant: their deputy while they are
 * absent (their head when the absence names none); undefined when they are
 * there. `head` is asked only when needed.
 *
 * @example
 * await standIn(olga, now, () => headOf('olga')); // → { to: 'ivan', reason: 'Olga is on vacation until 14.12; to the deputy ivan' }
 */
export async function standIn(
  person: Pick<Person, 'id' | 'name' | 'absences' | 'timezone'> | undefined,
  at: Date,
  head: () => Promise<string> | string,
): Promise<{ to: string; reason: string } | undefined> {
  if (!person) return undefined;
  const away = absenceAt(person, at);
  if (!away) return undefined;
  const deputy = away.deputy && away.deputy !== person.id ? away.deputy : undefined;
  const to = deputy ?? (await head());
  return { to, reason: `${describeAbsence(person, away)}; to the ${deputy ? 'deputy' : 'head'} ${to}` };
}
