/**
 * A PBX adapter is something a plugin adds: the host collects a plugin's
 * `pbx` adapters, telephony finds them beside the built-in ones, and a name
 * that is taken (by a built-in adapter or another plugin's) refuses the
 * plugin at load with a message naming both, leaving nothing of it behind.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPbxNames, findPbxAdapter } from '../../app/telephony.js';
import { checkPlugin } from '../../cli/plugin-check.js';
import { PluginHost, type PluginSpec } from '../../plugins/host.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import type { PbxAdapter, ReglamentPlugin } from '../../sdk/plugin.js';
import sipuniPlugin, { sipuni } from '../fixtures/plugins/sipuni-pbx.js';

const adapter = (name: string): PbxAdapter => ({ name, documentation: 'https://example.test', parse: () => [] });

const plugin = (id: string, pbx: PbxAdapter[], extra: Partial<ReglamentPlugin> = {}): PluginSpec => ({
  id,
  load: () => ({ manifest: { id, version: '0.1.0', reglament: '^1.1.0' }, pbx, ...extra }),
});

const load = (specs: PluginSpec[]) => PluginHost.load(specs, () => {}, { builtinPbx: builtinPbxNames() });

describe('PBX adapters from plugins', () => {
  it('should find a plugin’s adapter by name, beside the built-in ones', async () => {
    const host = await load([{ id: 'sipuni_pbx', load: () => sipuniPlugin }]);
    expect(host.failures).toEqual(new Map());
    expect(findPbxAdapter(host, 'sipuni')).toBe(sipuni);
    expect(host.pbxAdapter('sipuni')?.plugin).toBe('sipuni_pbx');
    expect(host.pbxNames()).toEqual(['sipuni']);
    expect(findPbxAdapter(host, 'zadarma')?.name).toBe('zadarma');
    expect(findPbxAdapter(host, 'mango-office')?.name).toBe('mango-office');
    expect(findPbxAdapter(host, 'nobody')).toBeUndefined();
  });

  it('should refuse at load a plugin whose adapter takes a built-in adapter’s name, and keep none of it', async () => {
    const log: string[] = [];
    const host = await PluginHost.load(
      [
        plugin('fake_zadarma', [adapter('zadarma')], {
          facts: [{ name: 'fake_fact', description: 'never registered', kinds: ['assignment'] }],
        }),
      ],
      (line) => log.push(line),
      { builtinPbx: builtinPbxNames() },
    );
    expect(host.plugins.has('fake_zadarma')).toBe(false);
    expect(host.failures.get('fake_zadarma')).toBe(
      'plugin "fake_zadarma": the PBX adapter name "zadarma" is taken by a built-in adapter',
    );
    expect(log.join('\n')).toContain('plugin "fake_zadarma" failed to load');
    expect(host.registry.factsFor('assignment')).not.toContain('fake_fact');
    // The built-in one answers.
    expect(findPbxAdapter(host, 'zadarma')?.documentation).not.toBe('https://example.test');
  });

  it('should refuse the second of two plugins bringing one adapter name, naming the first', async () => {
    const host = await load([plugin('first', [adapter('acme')]), plugin('second', [adapter('acme')])]);
    expect(host.plugins.has('first')).toBe(true);
    expect(host.failures.get('second')).toBe('plugin "second": the PBX adapter name "acme" is taken by plugin "first"');
    expect(host.pbxAdapter('acme')?.plugin).toBe('first');
  });

  it('should refuse an adapter named twice by one plugin, or unfit for a URL, or without parse', async () => {
    const host = await load([
      plugin('twice', [adapter('acme'), adapter('acme')]),
      plugin('slash', [adapter('acme/../x')]),
      {
        id: 'no_parse',
        load: () => ({ manifest: { id: 'no_parse', version: '1.0.0', reglament: '^1.1.0' }, pbx: [{ name: 'np' }] }),
      },
      {
        id: 'not_list',
        load: () => ({ manifest: { id: 'not_list', version: '1.0.0', reglament: '^1.1.0' }, pbx: adapter('x') }),
      },
    ]);
    expect(host.plugins.size).toBe(0);
    expect(host.failures.get('twice')).toMatch(/"acme" is taken by another of its own adapters/);
    expect(host.failures.get('slash')).toMatch(/pbx\[0\] needs a name of a-z, 0-9 and "-"/);
    expect(host.failures.get('no_parse')).toMatch(/pbx\[0\] needs a name .* and a parse function/);
    expect(host.failures.get('not_list')).toBe('plugin "not_list": pbx must be a list of adapters');
    expect(host.pbxNames()).toEqual([]);
  });

  it('should read the test plugin’s vendor format as call events', () => {
    const events = sipuni.parse({
      path: '',
      query: {},
      fields: {
        event: '2',
        call_id: 'sp-1',
        src_type: '1',
        src_num: '74951234567',
        dst_type: '2',
        dst_num: '201',
        timestamp: '1765202465',
        status: 'ANSWER',
        call_start_timestamp: '1765202400',
        call_answer_timestamp: '1765202405',
        call_record_link: 'https://sipuni.example/rec/sp-1.mp3',
      },
    });
    expect(events).toEqual([
      {
        type: 'call.finished',
        callId: 'sp-1',
        at: '2025-12-08T14:01:05.000Z',
        status: 'answered',
        durationSec: 60,
        recordingUrl: 'https://sipuni.example/rec/sp-1.mp3',
        direction: 'in',
        from: '74951234567',
        to: '201',
        extension: '201',
      },
    ]);
    expect(sipuni.reply?.({ path: '', query: {}, fields: {} })).toBe('{"success":true}');
  });

  it('should list the adapters in `reglament plugin check`, which loads the plugin as start-up does', async () => {
    const report = await checkPlugin(path.join(PROJECT_ROOT, 'test/fixtures/plugins/sipuni-pbx.ts'));
    expect(report.problems).toEqual([]);
    expect(report.adds).toContain('PBX adapters: sipuni');
  });
});
