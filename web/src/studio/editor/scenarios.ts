/**
 * Ready scenarios for a dry run, written as YAML a director can then edit:
 * the lead arriving on Friday at 16:00, the first task done after three
 * hours, two days without an answer. Times are wall-clock times in the
 * regulation's time zone, sent with their offset.
 */
import { stringify } from 'yaml';
import type { DraftValidation, Scenario } from './queries.js';

export type PresetName = 'friday' | 'done' | 'silence';
export const PRESETS: PresetName[] = ['friday', 'done', 'silence'];

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((wall - at) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The next given weekday (1 = Monday … 7 = Sunday) after today, at hh:mm in the zone, as ISO 8601 with offset. */
export function nextWeekdayAt(
  weekday: number,
  hour: number,
  minute: number,
  timeZone: string,
  now = new Date(),
): string {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const isoDay = today.getUTCDay() || 7;
  const ahead = ((weekday - isoDay + 7) % 7) + (weekday === isoDay ? 7 : 0);
  const day = new Date(today.getTime() + ahead * 86_400_000);
  const naive = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  const offset = offsetMinutes(naive - offsetMinutes(naive, timeZone) * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A preset on this regulation: its first task, its time zone, a small team (a manager and a head). */
export function preset(name: PresetName, draft: Pick<DraftValidation, 'stages' | 'timezone'>): Scenario {
  const zone = draft.timezone ?? 'UTC';
  const firstTask = draft.stages.find((s) => s.tasks.length > 0)?.tasks[0];
  const team = {
    managers: [
      { id: 'anna', name: 'Anna', department: 'sales', timezone: zone },
      { id: 'boris', name: 'Boris', role: 'head', department: 'sales', timezone: zone },
    ],
    deal: { client: { name: 'Acme' }, owner: 'anna' },
  };
  switch (name) {
    case 'friday':
      return { start: nextWeekdayAt(5, 16, 0, zone), ...team, steps: [], until: 'P4D' };
    case 'done':
      return {
        start: nextWeekdayAt(1, 10, 0, zone),
        ...team,
        steps: firstTask ? [{ after: 'PT3H', complete: firstTask }] : [{ after: 'PT3H', wait: true }],
        until: 'P2D',
      };
    case 'silence':
      return { start: nextWeekdayAt(1, 10, 0, zone), ...team, steps: [{ after: 'P2D', wait: true }], until: 'PT1H' };
  }
}

export const scenarioText = (scenario: Scenario) => stringify(scenario);
