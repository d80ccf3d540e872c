/**
 * The telephony rules shipped: Petersburg numbers are leads of region spb,
 * other incoming numbers leads of the basic regulation, missed incoming calls
 * called back within two working hours; the rules' schema refuses what the
 * engine could not run.
 */
import { describe, expect, it } from 'vitest';
import { callFacts } from '../../app/calls.js';
import { check } from '../../app/validate.js';
import { createDecider } from '../../rules/engine.js';
import { defaultRegistry } from '../../rules/registry.js';
import { DEFAULT_TELEPHONY_RULES, rulesOf, telephonyRulesSchema } from '../../rules/telephony.js';
import type { CallRow } from '../../storage/telephony.repo.js';

const incoming = (clientNumber: string, direction: 'in' | 'out' = 'in') =>
  ({
    direction,
    outcome: 'missed',
    fromNumber: clientNumber,
    toNumber: '+74957654321',
    clientNumber,
    extension: null,
    durationSec: 0,
  }) as unknown as CallRow;
const decide = (type: 'lead' | 'call_back' | 'route', call: CallRow) =>
  createDecider(
    rulesOf(DEFAULT_TELEPHONY_RULES, type),
    defaultRegistry(),
  )(callFacts(call, false, new Date('2026-12-04T14:30:00Z')));

describe('telephony rules', () => {
  it('should make a Petersburg number a lead of region spb, and another a lead of the basic regulation', async () => {
    expect((await decide('lead', incoming('+78123334455'))).fired).toMatchObject({
      rule: 'lead_spb_by_area_code',
      params: { regulationId: 'b2b_basic', region: 'spb' },
    });
    expect((await decide('lead', incoming('+74951234567'))).fired).toMatchObject({
      rule: 'lead_incoming',
      params: { regulationId: 'b2b_basic' },
    });
    expect((await decide('lead', incoming('+74951234567', 'out'))).fired).toBeUndefined();
  });

  it('should call back a missed incoming call within two working hours', async () => {
    expect((await decide('call_back', incoming('+74951234567'))).fired?.params).toEqual({ within: 'PT2H' });
  });

  it('should give the facts rules read: area code, country, weekday', () => {
    const facts = callFacts(incoming('+79165551122'), true, new Date('2026-12-06T10:00:00Z'));
    expect(facts).toMatchObject({
      call: { areaCode: '916', country: 'RU', direction: 'in' },
      known: true,
      now: { weekday: 7, hour: 10 },
    });
  });

  it('should accept the shipped rules and refuse a JSONPath, an unknown operator or a bad duration', () => {
    expect(() => check(telephonyRulesSchema, { rules: DEFAULT_TELEPHONY_RULES })).not.toThrow();
    const rule = (condition: object, event: object = { type: 'call_back', params: { within: 'PT2H' } }) => ({
      rules: [{ conditions: { all: [condition] }, event }],
    });
    expect(() =>
      check(telephonyRulesSchema, rule({ fact: 'call', path: '$.areaCode', operator: 'equal', value: '812' })),
    ).toThrow(/path/);
    expect(() => check(telephonyRulesSchema, rule({ fact: 'call', operator: 'matches', value: 1 }))).toThrow(
      /operator/,
    );
    expect(() =>
      check(
        telephonyRulesSchema,
        rule({ fact: 'known', operator: 'equal', value: true }, { type: 'call_back', params: { within: 'P1M' } }),
      ),
    ).toThrow(/within/);
  });
});
