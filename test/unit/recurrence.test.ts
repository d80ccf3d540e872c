import { describe, expect, it } from 'vitest';
import { occurrenceAt, occurrencesBetween, scaleDuration } from '../../domain/recurrence.js';
import { RegulationInvalidError } from '../../regulation/errors.js';
import { loadRegulation } from '../../regulation/load.js';
import { taskDefinitionOf } from '../../regulation/recur.js';
import { ALWAYS_OPEN, DEFAULT_CALENDAR, type BusinessCalendar } from '../../rules/calendar.js';

const MOSCOW: BusinessCalendar = {
  ...DEFAULT_CALENDAR,
  holidays: ['2027-01-01', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-10-11'],
};
const iso = (list: Array<{ at: Date }>) => list.map((o) => o.at.toISOString());

describe('recurring tasks', () => {
  it('should recur a quarterly contact four times across a year, moved off weekends and holidays', () => {
    const anchor = new Date('2027-01-11T06:00:00Z'); // Monday 09:00 in Moscow
    const year = occurrencesBetween({ every: 'P3M' }, anchor, new Date('2028-01-11T23:59:59Z'), MOSCOW);
    expect(iso(year)).toEqual([
      '2027-04-12T06:00:00.000Z', // 11 April is a Sunday
      '2027-07-12T06:00:00.000Z', // 11 July is a Sunday
      '2027-10-12T06:00:00.000Z', // 11 October is a holiday here
      '2028-01-11T06:00:00.000Z',
    ]);
    expect(year.map((o) => o.n)).toEqual([1, 2, 3, 4]);
  });

  it('should read an RRULE in the office’s local time: the first working Monday of each quarter', () => {
    const rule = 'FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=1MO';
    const year = occurrencesBetween(
      { rule },
      new Date('2027-01-01T00:00:00Z'),
      new Date('2027-12-31T00:00:00Z'),
      MOSCOW,
    );
    expect(iso(year)).toEqual([
      '2027-01-11T06:00:00.000Z', // 4 January falls in the New Year holidays: the next working day
      '2027-04-05T06:00:00.000Z',
      '2027-07-05T06:00:00.000Z',
      '2027-10-04T06:00:00.000Z',
    ]);
    const vladivostok = { ...MOSCOW, timezone: 'Asia/Vladivostok' };
    expect(occurrenceAt({ rule }, new Date('2027-03-01T00:00:00Z'), 1, vladivostok)!.toISOString()).toBe(
      '2027-04-04T23:00:00.000Z', // Monday 5 April, 09:00 in Vladivostok
    );
  });

  it('should move an occurrence that falls in a pause to the first working moment after it, and leave later ones', () => {
    const anchor = new Date('2027-01-11T06:00:00Z');
    const pause = new Date('2027-07-20T00:00:00Z');
    expect(occurrenceAt({ every: 'P3M' }, anchor, 2, MOSCOW, pause)!.toISOString()).toBe('2027-07-20T06:00:00.000Z');
    expect(occurrenceAt({ every: 'P3M' }, anchor, 1, MOSCOW, pause)!.toISOString()).toBe('2027-07-20T06:00:00.000Z');
    expect(occurrenceAt({ every: 'P3M' }, anchor, 3, MOSCOW, pause)!.toISOString()).toBe('2027-10-12T06:00:00.000Z');
  });

  it('should count from the anchor (no drift at month ends), start with first, and end after times', () => {
    const anchor = new Date('2027-01-31T10:00:00Z');
    const months = occurrencesBetween(
      { every: 'P1M', first: 'P7D' },
      anchor,
      new Date('2027-04-30T00:00:00Z'),
      ALWAYS_OPEN,
    );
    expect(iso(months)).toEqual(['2027-02-07T10:00:00.000Z', '2027-03-07T10:00:00.000Z', '2027-04-07T10:00:00.000Z']);
    const ends = occurrencesBetween({ every: 'P1M', times: 2 }, anchor, new Date('2028-01-01T00:00:00Z'), ALWAYS_OPEN);
    expect(iso(ends)).toEqual(['2027-02-28T10:00:00.000Z', '2027-03-31T10:00:00.000Z']);
    expect(scaleDuration('P3M', 4)).toBe('P0Y12M0DT0S');
  });
});

describe('recur in the regulation text', () => {
  const text = (recur: string) => `
id: retention
title: Retention
fields: { dnd_until: { type: string } }
stages:
  - key: client
    title: Client
    tasks: [{ key: contact, title: Call, kind: call, recur: ${recur} }]
    on: { STOP: { to: done, enforce: false } }
  - { key: done, title: Done, final: won }
`;
  const issuesOf = (source: string) => {
    try {
      loadRegulation(source);
      return [];
    } catch (e) {
      if (e instanceof RegulationInvalidError) return e.issues.map((i) => `${i.pointer}: ${i.message}`);
      throw e;
    }
  };

  it('should load a recurring task as never required, and refuse a recur without one rule or with an unknown pause field', () => {
    const r = loadRegulation(text('{ every: P3M, pause: dnd_until }'));
    expect(r.stages[0]!.tasks[0]).toMatchObject({ required: false, recur: { every: 'P3M', pause: 'dnd_until' } });
    expect(issuesOf(text('{ every: P3M, rule: "FREQ=YEARLY" }'))).toEqual([
      '/stages/0/tasks/0/recur/every: a recurring task needs exactly one of every and rule',
    ]);
    expect(issuesOf(text('{ rule: "every other day", pause: calm }'))).toEqual([
      '/stages/0/tasks/0/recur/rule: "every other day" is not an RRULE (e.g. FREQ=MONTHLY;BYDAY=1MO)',
      '/stages/0/tasks/0/recur/pause: pause names "calm", which is not among the fields',
    ]);
  });

  it('should find an occurrence’s task definition (its outcomes) from the occurrence key', () => {
    const tasks = loadRegulation(text('{ every: P3M }')).stages[0]!.tasks;
    expect(taskDefinitionOf(tasks, 'contact_3')?.key).toBe('contact');
    expect(taskDefinitionOf(tasks, 'contact')?.key).toBe('contact');
    expect(taskDefinitionOf(tasks, 'other_1')).toBeUndefined();
  });
});
