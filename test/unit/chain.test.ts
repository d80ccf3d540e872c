import { describe, expect, it } from 'vitest';
import { carriedFields, successorOf } from '../../regulation/chain.js';
import { RegulationInvalidError } from '../../regulation/errors.js';
import { loadRegulation } from '../../regulation/load.js';

const text = (won: string, lost: string, extra = '') => `
id: sale
title: Sale
lostReasons: [price, timing]
${extra}
fields: { address: { type: string } }
stages:
  - key: talk
    title: Talk
    on: { WON: { to: won, enforce: false }, LOST: { to: lost, enforce: false } }
  - { key: won, title: Won, final: won${won} }
  - { key: lost, title: Lost, final: lost${lost} }
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

describe('chained regulations in the regulation text', () => {
  it('should normalise next to a list and pick the first entry that matches the loss', () => {
    const r = loadRegulation(
      text(', next: after_sale', ', next: [{ regulation: nurture, reasons: [timing] }, archive]', 'takes: [address]'),
    );
    expect(r.stages.find((s) => s.key === 'won')!.next).toEqual([{ regulation: 'after_sale' }]);
    expect(r.takes).toEqual(['address']);
    expect(successorOf(r, 'won', {})).toEqual({ regulation: 'after_sale' });
    expect(successorOf(r, 'lost', { lost_reason: 'timing' })).toEqual({ regulation: 'nurture', reasons: ['timing'] });
    expect(successorOf(r, 'lost', { lost_reason: 'price' })).toEqual({ regulation: 'archive' });
    expect(successorOf(r, 'talk', {})).toBeUndefined();
  });

  it('should leave a regulation without next unchanged (no key added, so its hash stays)', () => {
    const r = loadRegulation(text('', ''));
    expect('next' in r.stages[1]!).toBe(false);
    expect('takes' in r).toBe(false);
  });

  it('should refuse next off a final stage, reasons on a win or outside lostReasons, and unknown takes', () => {
    expect(issuesOf(text(', next: [{ regulation: x, reasons: [price] }]', '', 'takes: [budget]'))).toEqual([
      '/stages/1/next/0/reasons: a won stage has no lost reason ("price")',
      '/takes/0: takes "budget", which is not among this regulation\'s fields',
    ]);
    expect(issuesOf(text('', ', next: [{ regulation: x, reasons: [weather] }]'))).toEqual([
      '/stages/2/next/0/reasons: unknown lost reason "weather": add it to lostReasons',
    ]);
    const notFinal = text('', '').replace('    title: Talk\n', '    title: Talk\n    next: x\n');
    expect(issuesOf(notFinal)).toEqual([
      '/stages/0/next: stage "talk" is not final: only a final stage starts the next regulation',
    ]);
  });

  it('should carry only the fields the next regulation takes, filled and valid there', () => {
    const problems = (one: Record<string, unknown>) => (typeof one.floors === 'string' ? ['floors: not a number'] : []);
    expect(
      carriedFields(
        { address: 'Тверская, 1', amount: 5, floors: 'two', note: null },
        ['address', 'floors', 'note', 'x'],
        problems,
      ),
    ).toEqual({ address: 'Тверская, 1' });
    expect(carriedFields({ address: 'a' }, undefined, problems)).toEqual({});
  });
});
