import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_DEFINITION } from '../../regulation/source.js';
import { chooseManager } from '../../rules/assignment.js';
import { manager } from '../support/managers.js';

// Tuesday 10:00 in Moscow, 17:00 in Vladivostok (both open), 03:00 in... nowhere here.
const ctx = { now: new Date('2026-11-24T07:00:00Z'), calendar: DEFAULT_CALENDAR_DEFINITION };

describe('assignment strategies', () => {
  const team = [
    manager('anna', { openTasks: 5, skills: ['construction'] }),
    manager('boris', { openTasks: 1, openDeals: 1 }),
    manager('vera', { openTasks: 0, region: 'msk', office: 'msk' }),
    manager('gleb', { openTasks: 0, active: false }),
    manager('head', { role: 'head' }),
  ];

  it('should give least_loaded to the active manager with the fewest open tasks and deals', () => {
    const c = chooseManager({ strategy: 'least_loaded' }, team, ctx);
    expect(c.managerId).toBe('vera');
    expect(c.candidates).toBe(3); // gleb is inactive, head is not a manager
    expect(c.alternatives.map((a) => a.id)).toEqual(['vera', 'boris', 'anna']);
  });

  it('should go round robin in id order, wrapping around', () => {
    expect(chooseManager({ strategy: 'round_robin' }, team, ctx).managerId).toBe('anna');
    expect(chooseManager({ strategy: 'round_robin' }, team, { ...ctx, lastAssigned: 'anna' }).managerId).toBe('boris');
    expect(chooseManager({ strategy: 'round_robin' }, team, { ...ctx, lastAssigned: 'vera' }).managerId).toBe('anna');
  });

  it('should filter by region, from the rule or from the client', () => {
    expect(chooseManager({ strategy: 'by_region', region: 'spb' }, team, ctx).managerId).toBe('boris');
    expect(chooseManager({ strategy: 'by_region' }, team, { ...ctx, clientRegion: 'msk' }).managerId).toBe('vera');
  });

  it('should filter by expertise', () => {
    const c = chooseManager({ strategy: 'by_expertise' }, team, { ...ctx, clientIndustry: 'construction' });
    expect(c.managerId).toBe('anna');
    expect(c.reason).toMatch(/with skill construction/);
  });

  it('should keep a client with its manager (sticky), else fall back to the next strategy', () => {
    expect(chooseManager({ strategy: 'sticky' }, team, { ...ctx, clientOwner: 'anna' }).managerId).toBe('anna');
    const left = chooseManager({ strategy: 'sticky', then: 'round_robin' }, team, { ...ctx, clientOwner: 'gleb' });
    expect(left.managerId).toBe('anna');
    expect(left.reason).toMatch(/no active manager owns the client yet; round robin/);
  });

  it('should never give anything to an inactive manager, even when named', () => {
    const c = chooseManager({ strategy: 'manager', managerId: 'gleb' }, team, ctx);
    expect(c.managerId).toBeUndefined();
    expect(c.reason).toMatch(/not active/);
  });

  it('should prefer managers on shift in their own time zone', () => {
    const night = new Date('2026-11-24T13:00:00Z'); // 16:00 Moscow (open), 23:00 Vladivostok (closed)
    const far = [manager('east', { timezone: 'Asia/Vladivostok' }), manager('west', { openTasks: 9 })];
    const c = chooseManager({ strategy: 'least_loaded' }, far, { ...ctx, now: night });
    expect(c.managerId).toBe('west');
    expect(c.onShift).toBe(1);
    // With nobody on shift, everyone eligible is considered.
    const saturday = new Date('2026-11-28T07:00:00Z');
    expect(chooseManager({ strategy: 'least_loaded' }, far, { ...ctx, now: saturday }).managerId).toBe('east');
  });

  it('should say so when nobody matches', () => {
    const c = chooseManager({ strategy: 'by_region', region: 'kzn' }, team, ctx);
    expect(c.managerId).toBeUndefined();
    expect(c).toMatchObject({ candidates: 0, reason: 'no active manager matches' });
  });
});
