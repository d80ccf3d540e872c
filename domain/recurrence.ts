/**
 * Recurring tasks: when the n-th occurrence of a task that recurs falls, in
 * the regulation's calendar. A series is anchored where it starts (the stage
 * entry plus `first`, default one period) and counts from there, so a late or
 * skipped occurrence never drifts the ones after it. `every` adds calendar
 * periods (P3M: the same day three months on, clamped to the month's end);
 * `rule` is an RFC 5545 RRULE read in the office's local time, e.g. the first
 * Monday of each quarter. An occurrence that falls outside working time moves
 * to the next working moment (holidays and weekends respected), and one that
 * falls before a client's "do not disturb until" moves to the first working
 * moment after it. Pure and deterministic: the workflow, the activities and
 * the simulator compute the same instants.
 *
 * @example
 * const spec = { every: 'P3M' };
 * occurrenceAt(spec, new Date('2027-01-11T06:00:00Z'), 1, calendar); // 2027-04-11 → Monday 2027-04-12 09:00 MSK
 *
 * @module
 */
import * as rrulePkg from 'rrule';
import { parse } from 'tinyduration';
import { addWorkingTime, zonedInstant, type BusinessCalendar } from '../rules/calendar.js';
import { addDuration } from '../regulation/duration.js';
import type { RecurrenceSpec } from '../regulation/recur.js';

// Node loads rrule's CommonJS build (named exports under `default`), bundlers its ES module build.
type RRulePackage = typeof rrulePkg;
const { RRule } = (
  'RRule' in rrulePkg ? rrulePkg : (rrulePkg as unknown as { default: RRulePackage }).default
) as RRulePackage;

export type { RecurrenceSpec };

/** The duration `iso` taken `n` times (P3M × 4 = P12M), so occurrence n is counted from the anchor, not the last one. */
export function scaleDuration(iso: string, n: number): string {
  const d = parse(iso);
  const date = `${(d.years ?? 0) * n}Y${(d.months ?? 0) * n}M${(d.weeks ?? 0) * 7 * n + (d.days ?? 0) * n}D`;
  const secs = ((d.hours ?? 0) * 3600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) * n;
  return `P${date}T${secs}S`;
}

/** The office's local wall clock of instant `t`, as a "floating" UTC date (what RRULE evaluation needs). */
function floating(t: Date, tz: string): Date {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, Number(x.value)]));
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!));
}

/** The nominal instant of occurrence `n` (1-based) of a series anchored at `anchor`, before working-time moves. */
function nominal(spec: RecurrenceSpec, anchor: Date, n: number, cal: BusinessCalendar): Date | undefined {
  if (spec.every) {
    // Counted from one fixed instant: a month-end anchor stays at month ends (31 Jan → 28 Feb → 31 Mar).
    if (!spec.first) return addDuration(anchor, scaleDuration(spec.every, n));
    const first = addDuration(anchor, spec.first);
    return n === 1 ? first : addDuration(first, scaleDuration(spec.every, n - 1));
  }
  if (!spec.rule) return undefined;
  // Dates of the rule in local time, starting from the anchor's local day at the office's opening hour.
  const local = floating(spec.first ? addDuration(anchor, spec.first) : anchor, cal.timezone);
  const [h, m] = cal.start.split(':').map(Number);
  const dtstart = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), h!, m!));
  const rule = new RRule({ ...RRule.parseString(spec.rule), dtstart });
  // Only dates after the anchor count: a rule date earlier on the anchor's own day is not an occurrence.
  const after: Date[] = [];
  rule.all((d) => {
    if (d.getTime() > local.getTime()) after.push(d);
    return after.length < n;
  });
  const at = after[n - 1];
  if (!at) return undefined;
  const day = { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
  return new Date(zonedInstant(day, at.getUTCHours() * 60 + at.getUTCMinutes(), cal.timezone));
}

/**
 * When occurrence `n` (1-based) is due to open: the nominal instant moved to
 * working time and past a pause. Undefined once the series has ended (`times`).
 */
export function occurrenceAt(
  spec: RecurrenceSpec,
  anchor: Date,
  n: number,
  cal: BusinessCalendar,
  pausedUntil?: Date | null,
): Date | undefined {
  if (spec.times !== undefined && n > spec.times) return undefined;
  const at = nominal(spec, anchor, n, cal);
  if (!at) return undefined;
  const from = pausedUntil && pausedUntil.getTime() > at.getTime() ? pausedUntil : at;
  return addWorkingTime(from, 0, cal);
}

/**
 * The occurrences between `from` and `to` (inclusive), for the simulator and
 * the cost figures: a year of quarterly contacts is four entries.
 */
export function occurrencesBetween(
  spec: RecurrenceSpec,
  anchor: Date,
  to: Date,
  cal: BusinessCalendar,
  pausedUntil?: Date | null,
): Array<{ n: number; at: Date }> {
  const out: Array<{ n: number; at: Date }> = [];
  for (let n = 1; n <= 10_000; n++) {
    const at = occurrenceAt(spec, anchor, n, cal, pausedUntil);
    if (!at || at.getTime() > to.getTime()) break;
    out.push({ n, at });
  }
  return out;
}

/** The key of occurrence n of a recurring task, as its task id and the deal's tasks carry it. */
export const occurrenceKey = (taskKey: string, n: number) => `${taskKey}_${n}`;
