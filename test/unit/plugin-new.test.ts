import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PluginHost } from '../../plugins/host.js';
import { pluginSpecs } from '../../plugins/index.js';
import { loadRegulation } from '../../regulation/load.js';
import { PROJECT_ROOT } from '../../runtime/config.js';

const DIR = path.join(PROJECT_ROOT, '.cache', 'scaffold-test');

describe('npm run plugin:new', () => {
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it('should create a plugin that loads through REGLAMENT_PLUGINS and composes with a regulation', async () => {
    rmSync(DIR, { recursive: true, force: true });
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'cli/reglament.ts', 'plugin', 'new', 'tiles', '--dir', DIR],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const index = path.join(DIR, 'tiles', 'index.ts');
    expect(existsSync(index)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(DIR, 'tiles', 'package.json'), 'utf8')).name).toBe(
      'reglament-plugin-tiles',
    );

    const specs = pluginSpecs({ REGLAMENT_PLUGINS: index }).filter((s) => s.id === index);
    const host = await PluginHost.load(specs);
    expect(host.failures).toEqual(new Map());
    const regulation = loadRegulation(
      'id: t\ntitle: T\nplugins: [tiles]\nstages:\n  - { key: call, title: C, on: { GO: proposal } }\n  - { key: proposal, title: P, on: { OK: won } }\n  - { key: won, title: W, final: won }\n',
      't.yaml',
      { composer: host },
    );
    expect(regulation.stages.map((s) => s.key)).toEqual(['call', 'tiles_check', 'proposal', 'won']);
    expect(regulation.stages[1]!.onEnter).toEqual([{ run: 'tiles.announce', params: {} }]);
    expect(
      await host.activity('tiles.announce')!({
        deal: { id: 'd1', stage: 's', owner: 'o', client: {}, fields: {} },
        params: {},
      }),
    ).toEqual({
      message: 'deal d1 entered the industry check',
    });
  });

  it('should refuse a module that is not a plugin', async () => {
    const host = await PluginHost.load([{ id: 'not-a-plugin', load: () => ({ default: { hello: 'world' } }) }]);
    expect(host.failures.get('not-a-plugin')).toMatch(/does not export a Reglament plugin/);
  });
});
