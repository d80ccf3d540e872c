import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_DEFINITION } from '../../regulation/source.js';
import { chooseManager, type ManagerFacts } from '../../rules/assignment.js';
import { absenceAt, availableNow, capReached, standIn } from '../../rules/people.js';
import { manager } from '../support/managers.js';

// Tuesday 2026-12-08, 10:00 in Moscow.
const now = new Date('2026-12-08T07:00:00Z');
const ctx = { now, calendar: DEFAULT_CALENDAR_DEFINITION };
const vacation = { kind: 'vacation' as const, from: '2026-12-01', until: '2026-12-14', deputy: 'ivan' };

describe('people-aware assignment', () => {
  it('should skip a manager on vacation, give the deal to the next and say why', () => {
    const team = [manager('olga', { name: 'Olga', absences: [vacation] }), manager('ivan', { openTasks: 3 })];
    const c = chooseManager({ strategy: 'least_loaded' }, team, ctx);
    expect(c.managerId).toBe('ivan');
    expect(c.reason).toContain('Olga is on vacation until 14.12');
    expect(c.absent).toBe(1);
  });

  it('should count the absence in the person’s own time zone, last day included', () => {
    const olga = manager('olga', { name: 'Olga', timezone: 'Asia/Vladivostok', absences: [vacation] });
    // 14.12 23:30 in Vladivostok is 13:30 UTC: still away; 15.12 00:30 there: back.
    expect(absenceAt(olga, new Date('2026-12-14T13:30:00Z'))).toBeDefined();
    expect(absenceAt(olga, new Date('2026-12-14T14:30:00Z'))).toBeUndefined();
  });

  it('should never exceed a cap and queue the deal when everyone is at it', () => {
    const cap = { openDeals: 3 };
    const team = [manager('a', { openDeals: 3, capacity: cap }), manager('b', { openDeals: 2, capacity: cap })];
    expect(chooseManager({ strategy: 'least_loaded' }, team, ctx).managerId).toBe('b');
    const full = chooseManager({ strategy: 'least_loaded' }, [team[0]!, { ...team[1]!, openDeals: 3 }], ctx);
    expect(full.managerId).toBeUndefined();
    expect(full.queued).toBe(true);
    expect(full.reason).toMatch(/at their cap.*a has 3 open deals \(cap 3\)/);
  });

  it('should prefer a part-timer only within their own hours', () => {
    // Monday–Wednesday 14:00–18:00: at 10:00 Tuesday the part-timer is off shift, at 15:00 on.
    const part = manager('part', { hours: { workingDays: [1, 2, 3], start: '14:00', end: '18:00' } });
    const full = manager('full', { openTasks: 9 });
    expect(chooseManager({ strategy: 'least_loaded' }, [part, full], ctx).managerId).toBe('full');
    const afternoon = { ...ctx, now: new Date('2026-12-08T12:00:00Z') };
    expect(chooseManager({ strategy: 'least_loaded' }, [part, full], afternoon).managerId).toBe('part');
  });

  it('should tell whether someone is available now, and why not', () => {
    const olga = manager('olga', { name: 'Olga', absences: [vacation] });
    expect(availableNow(olga, now, DEFAULT_CALENDAR_DEFINITION)).toEqual({
      available: false,
      reason: 'Olga is on vacation until 14.12',
    });
    expect(availableNow(manager('ivan'), now, DEFAULT_CALENDAR_DEFINITION)).toEqual({ available: true });
    const sunday = new Date('2026-12-06T09:00:00Z');
    expect(availableNow(manager('ivan', { name: 'Ivan' }), sunday, DEFAULT_CALENDAR_DEFINITION)).toEqual({
      available: false,
      reason: 'Ivan is off shift',
    });
  });

  it('should route to the deputy, or to the head when the absence names none', async () => {
    const olga = manager('olga', { name: 'Olga', absences: [vacation] });
    expect(await standIn(olga, now, () => 'head')).toEqual({
      to: 'ivan',
      reason: 'Olga is on vacation until 14.12; to the deputy ivan',
    });
    const sick = manager('olga', { name: 'Olga', absences: [{ ...vacation, kind: 'sick_leave', deputy: null }] });
    expect((await standIn(sick, now, () => 'head'))?.reason).toBe(
      'Olga is on sick leave until 14.12; to the head head',
    );
    expect(await standIn(manager('ivan'), now, () => 'head')).toBeUndefined();
  });
});

describe('assignment under random absences and caps (property)', () => {
  const day = fc.integer({ min: 1, max: 20 }).map((d) => `2026-12-${String(d).padStart(2, '0')}`);
  const person = fc.record({
    openDeals: fc.integer({ min: 0, max: 6 }),
    openTasks: fc.integer({ min: 0, max: 10 }),
    cap: fc.option(
      fc.record({
        openDeals: fc.option(fc.integer({ min: 0, max: 5 })),
        openTasks: fc.option(fc.integer({ min: 0, max: 8 })),
      }),
    ),
    away: fc.option(fc.tuple(day, day)),
    zone: fc.constantFrom('Europe/Moscow', 'Asia/Vladivostok', 'Europe/Kaliningrad'),
  });
  const strategy = fc.constantFrom('least_loaded', 'round_robin', 'by_region', 'sticky' as const);

  it('should never pick someone absent or at the cap', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 12 }),
        strategy,
        fc.integer({ min: 0, max: 11 }),
        (ps, s, owner) => {
          const team: ManagerFacts[] = ps.map((p, i) =>
            manager(`m${i}`, {
              openDeals: p.openDeals,
              openTasks: p.openTasks,
              timezone: p.zone,
              ...(p.cap ? { capacity: p.cap } : {}),
              ...(p.away
                ? { absences: [{ kind: 'vacation', from: [...p.away].sort()[0]!, until: [...p.away].sort()[1]! }] }
                : {}),
            }),
          );
          const c = chooseManager({ strategy: s, region: 'spb' }, team, {
            ...ctx,
            clientOwner: `m${owner}`,
            lastAssigned: 'm3',
          });
          if (c.managerId === undefined) {
            // Nobody picked only when nobody was free.
            expect(team.every((m) => absenceAt(m, now) || capReached(m))).toBe(true);
            return;
          }
          const chosen = team.find((m) => m.id === c.managerId)!;
          expect(absenceAt(chosen, now)).toBeUndefined();
          expect(capReached(chosen)).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});
