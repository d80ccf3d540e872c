/**
 * A plugin developer's whole journey, in a temporary folder outside the
 * repository: pack Reglament, scaffold a plugin, install the tarball, run the
 * plugin's own test, add a stage and a rule, see `plugin check` report them,
 * then run the plugin in a Reglament and walk a deal through the new stage over
 * the HTTP API.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pluginSpecs, PluginHost } from '../../plugins/index.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'reglament-journey-'));
const PLUGIN = path.join(TMP, 'tiles');
const timings: Record<string, number> = {};

/** Runs a command as a developer would: none of this test runner's variables leak into the plugin's own vitest. */
function run(command: string, args: string[], cwd: string, label = `${command} ${args[0]}`) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|npm_|NODE_OPTIONS$|TSX)/i.test(k)),
  );
  const started = Date.now();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1', CI: '1' } });
  timings[label] = Date.now() - started;
  return r;
}
const cli = (args: string[], cwd = PROJECT_ROOT) =>
  run(process.execPath, [path.join(PROJECT_ROOT, 'cli/bin.js'), ...args], cwd, `reglament ${args[0]} ${args[1]}`);

describe('a plugin developer, from scaffold to a deal in a running Reglament', () => {
  let h: Harness | undefined;
  afterAll(async () => {
    await h?.close();
    rmSync(TMP, { recursive: true, force: true });
    console.log(`plugin journey timings (ms): ${JSON.stringify(timings)}`);
  });

  it('should scaffold, install the packed SDK, pass its own test, and report an added stage and rule', async () => {
    const pack = run('npm', ['pack', '--pack-destination', TMP, '--silent'], PROJECT_ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = path.join(TMP, pack.stdout.trim().split('\n').at(-1)!);

    const started = Date.now();
    const scaffold = cli(['plugin', 'new', 'tiles', '--dir', TMP]);
    expect(scaffold.status, scaffold.stderr).toBe(0);
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '-D', tarball], PLUGIN);
    expect(install.status, install.stderr).toBe(0);
    const typecheck = run('npx', ['tsc', '--noEmit'], PLUGIN);
    expect(typecheck.status, typecheck.stdout).toBe(0);
    const test = run('npm', ['test'], PLUGIN);
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toMatch(/2 passed/);
    timings['scaffold → green test'] = Date.now() - started;

    // The developer adds a stage after the check and a reminder for its task.
    const index = path.join(PLUGIN, 'src', 'index.ts');
    writeFileSync(
      index,
      readFileSync(index, 'utf8')
        .replace(
          '  ],\n  fields:',
          `    {
      after: 'tiles_check',
      stage: { key: 'tiles_survey', title: 'Survey the floor', tasks: [{ key: 'survey', title: 'Measure the floor', due: 'P1D' }] },
    },
  ],
  fields:`,
        )
        .replace(
          '    reminders: [\n',
          `    reminders: [
      {
        name: 'survey_reminder',
        conditions: { all: [{ fact: 'task', path: 'key', operator: 'equal', value: 'survey' }] },
        event: { type: 'remind', params: { offsets: ['-PT2H'], to: 'assignee' } },
      },
`,
        ),
    );
    // The installed package's own command, as the scaffold's README says.
    const check = run('npm', ['run', '--silent', 'check', '--', '--json'], PLUGIN, 'npm run check');
    expect(check.status, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.adds).toContain('stage "tiles_survey" after "tiles_check" (survey)');
    expect(report.adds).toContain('reminders rules: survey_reminder, check_reminder');
    expect(report.examples).toContainEqual(expect.objectContaining({ example: 'b2b-basic', ok: true, stages: 9 }));
  });

  it('should walk a deal through the new stage in a Reglament that loads the plugin from its folder', async () => {
    const plugins = await PluginHost.load(pluginSpecs({ REGLAMENT_PLUGINS: path.join(PLUGIN, 'src', 'index.ts') }));
    expect(plugins.failures).toEqual(new Map());
    h = await createHarness({ plugins });
    const base = readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/b2b-basic.yaml'), 'utf8');
    await publish(h, base.replace(/^id: .*$/m, 'id: tiles_journey\nplugins: [tiles]'));
    await h.startWorker();

    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'tiles_journey',
        owner: 'tiles-1',
        client: { name: 'OOO Plitka' },
      })
    ).body;
    const stages = [deal.stage];
    const completeOpen = async (fields: Record<string, unknown> = {}) => {
      let stage: string | undefined;
      for (const t of (await call(h!, 'GET', `/tasks?dealId=${deal.id}&status=open`)).body.tasks as Array<{
        id: string;
      }>) {
        const r = await call(h!, 'POST', `/tasks/${t.id}/complete`, { outcome: 'done', fields });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        stage = r.body.stage;
      }
      return stage;
    };
    await completeOpen({ decision_maker: 'Petrov' });
    stages.push((await call(h, 'POST', `/deals/${deal.id}/events`, { type: 'QUALIFIED' })).body.stage);
    stages.push(await completeOpen());
    stages.push(await completeOpen());
    const timers = (await call(h, 'GET', `/deals/${deal.id}/timers`)).body.timers as Array<{
      kind: string;
      taskId: string;
    }>;
    expect(timers.some((t) => t.kind === 'reminder' && t.taskId.endsWith(':survey'))).toBe(true);
    stages.push(await completeOpen());
    expect(stages).toEqual(['cold_call', 'presentation', 'tiles_check', 'tiles_survey', 'proposal']);
  });
});
