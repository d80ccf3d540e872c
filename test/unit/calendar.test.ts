import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  DEFAULT_CALENDAR,
  addWorkingDuration,
  addWorkingTime,
  isWorkingTime,
  offsetMs,
  workingDaysPerWeek,
  zonedInstant,
} from '../../rules/calendar.js';

const khabarovsk = { ...DEFAULT_CALENDAR, timezone: 'Asia/Vladivostok' }; // UTC+10, as Khabarovsk
const spb = { ...DEFAULT_CALENDAR, timezone: 'Europe/Moscow' }; // UTC+3
const H = 3_600_000;

describe('the business calendar', () => {
  it('should carry 4 working hours from Friday 17:00 in Khabarovsk to Monday 12:00', () => {
    const friday17 = new Date('2026-11-27T07:00:00Z'); // 17:00 local, a Friday
    expect(addWorkingDuration(friday17, 'PT4H', khabarovsk).toISOString()).toBe('2026-11-30T02:00:00.000Z'); // Monday 12:00 local
  });

  it('should count the same instant differently in St. Petersburg', () => {
    const sameInstant = new Date('2026-11-27T07:00:00Z'); // 10:00 in St. Petersburg
    expect(addWorkingDuration(sameInstant, 'PT4H', spb).toISOString()).toBe('2026-11-27T11:00:00.000Z'); // 14:00 the same day
  });

  it('should start counting at opening time when asked before it', () => {
    const early = new Date('2026-11-24T04:00:00Z'); // 07:00 Moscow, Tuesday
    expect(addWorkingTime(early, 1 * H, spb).toISOString()).toBe('2026-11-24T07:00:00.000Z'); // 10:00
  });

  it('should skip holidays', () => {
    const cal = { ...spb, holidays: ['2026-12-31', '2027-01-01'] };
    const wednesday17 = new Date('2026-12-30T14:00:00Z'); // 17:00 Moscow
    // 1 h today, then Thu 31 (holiday), Fri 1 (holiday), weekend, Monday 4 January 09:00 + 1 h.
    expect(addWorkingDuration(wednesday17, 'PT2H', cal).toISOString()).toBe('2027-01-04T07:00:00.000Z');
  });

  it('should honour a moved working Saturday', () => {
    const cal = { ...spb, workingWeekends: ['2026-11-28'] };
    const friday17 = new Date('2026-11-27T14:00:00Z');
    expect(addWorkingDuration(friday17, 'PT2H', cal).toISOString()).toBe('2026-11-28T07:00:00.000Z'); // Saturday 10:00
  });

  it('should count days as working days', () => {
    const friday10 = new Date('2026-11-27T07:00:00Z'); // 10:00 Moscow
    expect(addWorkingDuration(friday10, 'P1D', spb).toISOString()).toBe('2026-11-30T07:00:00.000Z'); // Monday 10:00
    expect(addWorkingDuration(friday10, 'P1W', spb).toISOString()).toBe('2026-12-04T07:00:00.000Z');
  });

  describe('a week of working time', () => {
    const monday10 = new Date('2026-11-23T07:00:00Z'); // Monday 23 November 2026, 10:00 Moscow
    const monFri = { ...DEFAULT_CALENDAR, timezone: 'Europe/Moscow' }; // Mon–Fri 09–18
    const monSat = { ...monFri, workingDays: [1, 2, 3, 4, 5, 6] }; // Mon–Sat 09–18
    const windows = { ...monSat, end: '20:00' }; // the windows regulation: Mon–Sat 09–20

    it('should be as many working days as the calendar works in a week', () => {
      expect(workingDaysPerWeek(monFri)).toBe(5);
      expect(workingDaysPerWeek(monSat)).toBe(6);
      expect(workingDaysPerWeek(ALWAYS_OPEN)).toBe(7);
      expect(workingDaysPerWeek({ ...monFri, workingDays: [] })).toBe(0);
    });

    it('should span 5 working days Monday–Friday', () => {
      // 45 working hours: Mon 10–18, Tue–Fri, next Monday 09–10.
      expect(addWorkingDuration(monday10, 'P1W', monFri).toISOString()).toBe('2026-11-30T07:00:00.000Z'); // Mon 30 Nov 10:00
      expect(addWorkingDuration(monday10, 'P1W', monFri)).toEqual(addWorkingDuration(monday10, 'P5D', monFri));
      expect(addWorkingDuration(monday10, 'P6D', monFri).toISOString()).toBe('2026-12-01T07:00:00.000Z'); // Tue 1 Dec 10:00
    });

    it('should span 6 working days Monday–Saturday, not stop on Saturday', () => {
      // 54 working hours: Mon 10–18, Tue–Sat, next Monday 09–10. Counting 5 days would stop on Sat 28 Nov 10:00.
      expect(addWorkingDuration(monday10, 'P1W', monSat).toISOString()).toBe('2026-11-30T07:00:00.000Z'); // Mon 30 Nov 10:00
      expect(addWorkingDuration(monday10, 'P1W', monSat)).toEqual(addWorkingDuration(monday10, 'P6D', monSat));
      expect(addWorkingDuration(monday10, 'P5D', monSat).toISOString()).toBe('2026-11-28T07:00:00.000Z'); // Sat 28 Nov 10:00
      expect(addWorkingDuration(monday10, 'P2W', windows).toISOString()).toBe('2026-12-07T07:00:00.000Z'); // Mon 7 Dec 10:00
    });

    it('should add days and hours after the week on either calendar', () => {
      // Mon–Fri: 5 + 2 working days + 4 h; Mon–Sat: 6 + 2 working days + 4 h. Both end Wed 2 Dec 14:00
      // (5 days a week on Mon–Sat would end Tue 1 Dec 14:00).
      expect(addWorkingDuration(monday10, 'P1W2DT4H', monFri).toISOString()).toBe('2026-12-02T11:00:00.000Z');
      expect(addWorkingDuration(monday10, 'P1W2DT4H', monSat).toISOString()).toBe('2026-12-02T11:00:00.000Z');
    });
  });

  it('should keep local opening hours across a DST change', () => {
    const berlin = { ...DEFAULT_CALENDAR, timezone: 'Europe/Berlin' };
    // Friday 27 March 2026, 17:00 CET (UTC+1); Monday 30 March is CEST (UTC+2).
    const friday17 = new Date('2026-03-27T16:00:00Z');
    expect(addWorkingDuration(friday17, 'PT2H', berlin).toISOString()).toBe('2026-03-30T08:00:00.000Z'); // Monday 10:00 CEST
    expect(zonedInstant({ y: 2026, m: 3, d: 29 }, 9 * 60, 'Europe/Berlin')).toBe(Date.parse('2026-03-29T07:00:00Z'));
    expect(zonedInstant({ y: 2026, m: 3, d: 28 }, 9 * 60, 'Europe/Berlin')).toBe(Date.parse('2026-03-28T08:00:00Z'));
  });

  it('should treat an always-open calendar as wall-clock time', () => {
    const t = new Date('2026-11-28T23:30:00Z');
    expect(addWorkingDuration(t, 'PT1H', ALWAYS_OPEN).toISOString()).toBe('2026-11-29T00:30:00.000Z');
  });

  it('should tell working time from closed time', () => {
    expect(isWorkingTime(Date.parse('2026-11-27T07:00:00Z'), khabarovsk)).toBe(true); // Fri 17:00
    expect(isWorkingTime(Date.parse('2026-11-27T08:30:00Z'), khabarovsk)).toBe(false); // Fri 18:30
    expect(isWorkingTime(Date.parse('2026-11-28T02:00:00Z'), khabarovsk)).toBe(false); // Saturday
  });

  it('should parse signed reminder offsets', () => {
    expect(offsetMs('-PT30M')).toBe(-30 * 60_000);
    expect(offsetMs('PT1H')).toBe(H);
    expect(offsetMs('PT0S')).toBe(0);
  });

  it('should refuse months in working time and a calendar with no working day', () => {
    expect(() => addWorkingDuration(new Date(), 'P1M', spb)).toThrow(/months or years/);
    expect(() => addWorkingTime(new Date(), H, { ...spb, workingDays: [] })).toThrow(/no working time/);
  });
});
