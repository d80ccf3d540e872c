/**
 * The calendar's days in a person's time zone (web/src/calendar/zoned.ts):
 * the instant a local day starts, across a DST change and east of UTC, and
 * the day of an instant; checked against fixed instants, not the same code.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayOf, dayStart, mondayOf } from '../../web/src/calendar/zoned.js';

describe('calendar days in a time zone', () => {
  it('should start a day at local midnight east of UTC and across a DST change', () => {
    expect(dayStart('2026-12-08', 'Asia/Vladivostok').toISOString()).toBe('2026-12-07T14:00:00.000Z');
    expect(dayStart('2026-12-08', 'UTC').toISOString()).toBe('2026-12-08T00:00:00.000Z');
    // Berlin: CET (+1) before 29 March 2026, CEST (+2) from 02:00 that day.
    expect(dayStart('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dayStart('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(dayStart('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
  });

  it('should give an instant’s local day, and move days and weeks by the calendar', () => {
    expect(dayOf('2026-12-07T14:00:00Z', 'Asia/Vladivostok')).toBe('2026-12-08');
    expect(dayOf('2026-12-07T13:59:59Z', 'Asia/Vladivostok')).toBe('2026-12-07');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07'); // a Sunday
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });
});
