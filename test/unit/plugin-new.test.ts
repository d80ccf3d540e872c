import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlugin } from '../../cli/plugin-check.js';
import { PluginHost } from '../../plugins/host.js';
import { addedPlugins, pluginSpecs } from '../../plugins/index.js';
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
    const index = path.join(DIR, 'tiles', 'src', 'index.ts');
    for (const file of ['tsconfig.json', 'test/plugin.test.ts', 'README.md']) {
      expect(existsSync(path.join(DIR, 'tiles', file)), file).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(path.join(DIR, 'tiles', 'package.json'), 'utf8'));
    expect(pkg.name).toBe('reglament-plugin-tiles');
    const ours = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.peerDependencies.reglament).toBe(`^${ours.version}`);
    expect(pkg.devDependencies.vitest).toBe(ours.devDependencies.vitest);
    // Self-contained: only the public entry points, no path into this checkout.
    for (const file of ['src/index.ts', 'test/plugin.test.ts', 'README.md', 'package.json']) {
      const text = readFileSync(path.join(DIR, 'tiles', file), 'utf8');
      expect(text, file).not.toContain(PROJECT_ROOT);
      expect(
        [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((m) => m!.startsWith('..')),
        file,
      ).toEqual(file.startsWith('test') ? ['../src/index.js'] : []);
    }

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

  it('should report what the plugin adds to each example regulation and a range that excludes this API', async () => {
    const index = path.join(DIR, 'tiles', 'src', 'index.ts');
    const report = await checkPlugin(index);
    expect(report.problems).toEqual([]);
    expect(report.adds).toContain('stage "tiles_check" before "proposal" (check)');
    expect(report.examples.find((e) => e.example === 'b2b-basic')).toMatchObject({ ok: true, stages: 8 });
    // windows inserts before "proposal" too: a clash worth showing, not a failure, since windows.yaml does not name tiles.
    expect(report.examples.find((e) => e.example === 'windows')).toMatchObject({ ok: false, named: false });
    expect(report.ok).toBe(true);

    writeFileSync(index, readFileSync(index, 'utf8').replace("reglament: '^1.0.0'", "reglament: '^2.0.0'"));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/reglament.ts', 'plugin', 'check', index], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('needs Reglament plugin API ^2.0.0; this Reglament offers 1.1.0');
  });

  it('should add start --plugin paths to REGLAMENT_PLUGINS as absolute paths, keeping package names', () => {
    expect(addedPlugins('reglament-plugin-a', ['./src/index.ts', 'reglament-plugin-b'])).toBe(
      `reglament-plugin-a,${path.resolve('src/index.ts')},reglament-plugin-b`,
    );
    expect(addedPlugins(undefined, [])).toBeUndefined();
  });

  it('should refuse a module that is not a plugin', async () => {
    const host = await PluginHost.load([{ id: 'not-a-plugin', load: () => ({ default: { hello: 'world' } }) }]);
    expect(host.failures.get('not-a-plugin')).toMatch(/does not export a Reglament plugin/);
  });
});
