import { describe, expect, it } from 'vitest';
import { createDecider, dotPath } from '../../rules/engine.js';
import { defaultRegistry } from '../../rules/registry.js';

const registry = defaultRegistry();
const rule = (name: string, priority: number, region: string, strategy: string) => ({
  name,
  priority,
  conditions: { all: [{ fact: 'client', path: 'region', operator: 'equal', value: region }] },
  event: { type: 'assign', params: { strategy } },
});

describe('the rules engine', () => {
  it('should let the highest-priority matching rule win and trace the others', async () => {
    const decide = createDecider(
      [
        rule('any_spb', 1, 'spb', 'round_robin'),
        rule('spb_vip', 5, 'spb', 'least_loaded'),
        rule('msk', 9, 'msk', 'sticky'),
      ],
      registry,
    );
    const d = await decide({ client: { region: 'spb' } });
    expect(d.fired).toEqual({ rule: 'spb_vip', priority: 5, params: { strategy: 'least_loaded' } });
    expect(d.matches.map((m) => m.rule)).toEqual(['spb_vip', 'any_spb']);
    expect(d.trace).toEqual([
      { rule: 'msk', priority: 9, matched: false },
      { rule: 'spb_vip', priority: 5, matched: true },
      { rule: 'any_spb', priority: 1, matched: true },
    ]);
  });

  it('should keep declaration order between equal priorities', async () => {
    const decide = createDecider(
      [rule('first', 1, 'spb', 'round_robin'), rule('second', 1, 'spb', 'least_loaded')],
      registry,
    );
    expect((await decide({ client: { region: 'spb' } })).fired?.rule).toBe('first');
  });

  it('should report no decision when nothing matches, and treat missing facts as not matching', async () => {
    const decide = createDecider([rule('spb', 1, 'spb', 'round_robin')], registry);
    expect((await decide({ client: { region: 'kzn' } })).fired).toBeUndefined();
    expect((await decide({})).fired).toBeUndefined();
  });

  it('should resolve plain dot paths only', () => {
    expect(dotPath({ a: { b: { c: 3 } } }, 'a.b.c')).toBe(3);
    expect(dotPath({ a: 1 }, 'a.b')).toBeUndefined();
    expect(dotPath({ a: 1 }, '$.a')).toBeUndefined();
  });

  it('should use the registry’s custom operators', async () => {
    const decide = createDecider(
      [
        {
          conditions: { all: [{ fact: 'client', path: 'industry', operator: 'startsWith', value: 'constr' }] },
          event: { type: 'suggest_templates', params: { kind: 'proposal' } },
        },
      ],
      registry,
    );
    expect((await decide({ client: { industry: 'construction' } })).fired?.params).toEqual({ kind: 'proposal' });
    expect((await decide({ client: { industry: 'banking' } })).fired).toBeUndefined();
  });
});
