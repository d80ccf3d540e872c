import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PLUGINS, PluginHost } from '../../plugins/index.js';
import { composeRegulation, definePlugin } from '../../plugins/sdk.js';
import type { ReglamentPlugin } from '../../plugins/plugin.type.js';
import { RegulationInvalidError } from '../../regulation/errors.js';
import { loadRegulation } from '../../regulation/load.js';
import type { RegulationSource } from '../../regulation/source.js';
import { PROJECT_ROOT } from '../../runtime/config.js';

const base: RegulationSource = {
  id: 'core',
  title: 'Core',
  stages: [
    { key: 'call', title: 'Call', on: { NEXT: 'proposal', LOST: { to: 'lost', enforce: false } } },
    { key: 'proposal', title: 'Proposal', on: { ACCEPTED: 'won', LOST: { to: 'lost', enforce: false } } },
    { key: 'won', title: 'Won', final: 'won' },
    { key: 'lost', title: 'Lost', final: 'lost' },
  ],
};
const plugin = (id: string, over: Partial<ReglamentPlugin> = {}) =>
  definePlugin({ manifest: { id, version: '1.0.0', reglament: '^1.0.0' }, ...over });
const flow = (s: RegulationSource) =>
  s.stages.map(
    (st) =>
      `${st.key}→${[...Object.values(st.on ?? {}).map((t) => (typeof t === 'string' ? t : t.to)), ...(st.advance ? [st.advance] : [])].join('|')}`,
  );

describe('composing a regulation with plugins', () => {
  it('should insert before a stage: moves into it go through the new stage', () => {
    const { source, issues } = composeRegulation(base, [
      plugin('p', { stages: [{ before: 'proposal', stage: { key: 'visit', title: 'Visit' } }] }),
    ]);
    expect(issues).toEqual([]);
    expect(flow(source)).toEqual(['call→visit|lost', 'visit→proposal', 'proposal→won|lost', 'won→', 'lost→']);
  });

  it('should insert after a stage: its forward moves go through the new stage, escapes stay', () => {
    const { source } = composeRegulation(base, [
      plugin('p', { stages: [{ after: 'proposal', stage: { key: 'contract', title: 'Contract' } }] }),
    ]);
    expect(flow(source)).toEqual(['call→proposal|lost', 'proposal→contract|lost', 'contract→won', 'won→', 'lost→']);
  });

  it('should refuse two plugins inserting at the same place, naming both', () => {
    const { issues } = composeRegulation(base, [
      plugin('alpha', { stages: [{ before: 'proposal', stage: { key: 'a', title: 'A' } }] }),
      plugin('beta', { stages: [{ before: 'proposal', stage: { key: 'b', title: 'B' } }] }),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'plugins "alpha" and "beta" both insert a stage before stage "proposal"; use one of them or insert elsewhere',
    ]);
  });

  it('should refuse a plugin that needs a stage the regulation lacks', () => {
    const { issues } = composeRegulation(base, [
      plugin('needs', { requiresStages: ['invoice'], stages: [{ after: 'invoice', stage: { key: 'x', title: 'X' } }] }),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'plugin "needs" requires stage "invoice", which the regulation does not have',
      'plugin "needs" inserts stage "x" after stage "invoice", which the regulation does not have',
    ]);
  });

  it('should refuse an incompatible plugin API range', () => {
    const { issues } = composeRegulation(base, [
      definePlugin({ manifest: { id: 'old', version: '0.3.0', reglament: '^0.1.0' } }),
    ]);
    expect(issues[0]?.message).toBe('plugin "old" 0.3.0 needs Reglament plugin API ^0.1.0; this is 1.1.0');
  });

  it('should refuse duplicates of stages and fields the regulation has', () => {
    const { issues } = composeRegulation({ ...base, fields: { budget: { type: 'number' } } }, [
      plugin('dup', {
        stages: [{ before: 'won', stage: { key: 'proposal', title: 'Again' } }],
        fields: { budget: { type: 'number' } },
      }),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'plugin "dup" adds stage "proposal", which the regulation already has',
      'plugin "dup" adds field "budget", which the regulation already has',
    ]);
  });

  it('should namespace plugin rules by plugin id', () => {
    const { source } = composeRegulation(base, [
      plugin('p', {
        rules: {
          reminders: [
            { name: 'nudge', conditions: { all: [] }, event: { type: 'remind', params: { offsets: ['PT0S'] } } },
          ],
        },
      }),
    ]);
    expect(source.rules?.reminders?.map((r) => r.name)).toEqual(['p:nudge']);
  });
});

describe('the plugin host', () => {
  it('should load the shipped plugins and compose each shipped regulation with them', async () => {
    const host = await PluginHost.load(BUILTIN_PLUGINS);
    expect([...host.plugins.keys()]).toEqual(['windows', 'construction', 'b2b_wholesale', 'bank_cross_sell']);
    const windows = loadRegulation(
      readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/windows.yaml'), 'utf8'),
      'windows.yaml',
      { composer: host },
    );
    expect(windows.stages.map((s) => s.key)).toEqual([
      'call',
      'measurement',
      'calculation',
      'proposal',
      'invoice',
      'production',
      'installation',
      'won',
      'lost',
    ]);
    expect(windows.plugins).toEqual(['windows@1.0.0']);
  });

  it('should isolate a plugin that throws at load time and name it when a regulation asks for it', async () => {
    const lines: string[] = [];
    const host = await PluginHost.load(
      [...BUILTIN_PLUGINS, { id: 'faulty', load: () => import('../fixtures/plugins/faulty-at-load.js') }],
      (l) => lines.push(l),
    );
    expect(host.plugins.size).toBe(4);
    expect(host.failures.get('faulty')).toBe('cannot read licence file');
    expect(lines).toEqual(['plugin "faulty" failed to load and is disabled: cannot read licence file']);
    const text =
      'id: f\ntitle: F\nplugins: [faulty, windows]\nstages:\n  - { key: call, title: C, on: { GO: won } }\n  - { key: won, title: W, final: won }\n';
    let error: unknown;
    try {
      loadRegulation(text, 'f.yaml', { composer: host });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RegulationInvalidError);
    expect((error as RegulationInvalidError).issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pointer: '/plugins/0',
          line: 3,
          message: 'plugin "faulty" failed to load: cannot read licence file',
        }),
        expect.objectContaining({
          message: 'plugin "windows" requires stage "proposal", which the regulation does not have',
        }),
      ]),
    );
  });

  it('should refuse a plugin whose fact clashes with a loaded one, keeping the first', async () => {
    const host = await PluginHost.load([
      { id: 'a', load: () => plugin('a', { facts: [{ name: 'score', description: 's', kinds: ['assignment'] }] }) },
      { id: 'b', load: () => plugin('b', { facts: [{ name: 'score', description: 's', kinds: ['assignment'] }] }) },
    ]);
    expect([...host.plugins.keys()]).toEqual(['a']);
    expect(host.failures.get('b')).toBe('fact "score" is already registered');
  });

  it('should refuse a regulation version range the loaded plugin does not meet, and an unknown automation', async () => {
    expect.assertions(2);
    const host = await PluginHost.load(BUILTIN_PLUGINS);
    const text = readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/windows.yaml'), 'utf8');
    expect(() =>
      loadRegulation(text.replace('plugins: [windows]', 'plugins: [{ id: windows, version: "^2.0.0" }]'), 'w', {
        composer: host,
      }),
    ).toThrow(RegulationInvalidError);
    try {
      loadRegulation(
        text.replace('    title: First call\n', '    title: First call\n    onEnter: [{ run: windows.fly_to_moon }]\n'),
        'w',
        { composer: host },
      );
    } catch (e) {
      expect((e as RegulationInvalidError).issues.map((i) => i.message)).toEqual([
        'no loaded plugin provides activity "windows.fly_to_moon" (in the regulation composed with plugins windows)',
      ]);
    }
  });
});
