/**
 * The `reglament` command line.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { RegulationInvalidError } from '../regulation/errors.js';
import { formatIssue } from '../regulation/issues.js';
import { addedPlugins, loadPlugins } from '../plugins/index.js';
import { loadRegulation } from '../regulation/load.js';
import { loadConfig } from '../runtime/config.js';
import { ensureTemporalCli } from '../runtime/temporal-cli.js';
import { ensureTemporalServer } from '../runtime/temporal-cluster.js';
import { c, step } from './output.js';
import { exitCodeOf, followJob, getJob, printJobHeader, printJobReport } from './jobs.js';
import { answer, apiOption, remote } from './remote.js';
import { scaffoldPlugin } from './plugin-new.js';

const program = new Command()
  .name('reglament')
  .description('Sales regulations as configuration, run as durable deal workflows.')
  .showHelpAfterError();

program
  .command('validate')
  .description('check regulation files; prints every problem with its line and JSON pointer')
  .argument('<files...>', 'regulation YAML or JSON files')
  .action(async (files: string[]) => {
    const plugins = await loadPlugins((line) => console.error(c.warn(line)));
    let failed = 0;
    for (const file of files) {
      try {
        const regulation = loadRegulation(readFileSync(file, 'utf8'), file, { composer: plugins });
        const tasks = regulation.stages.reduce((n, s) => n + s.tasks.length, 0);
        const withPlugins = regulation.plugins.length ? ` (with ${regulation.plugins.join(', ')})` : '';
        console.log(
          `${c.ok('✓')} ${file}: ${regulation.id}, ${regulation.stages.length} stages, ${tasks} tasks${withPlugins}`,
        );
      } catch (error) {
        failed++;
        if (!(error instanceof RegulationInvalidError)) {
          console.error(`${c.bad('✗')} ${file}: ${(error as Error).message}`);
          continue;
        }
        printIssues(file, error);
      }
    }
    process.exit(failed > 0 ? 1 : 0);
  });

/** Every problem of a refused regulation file: file:line:col, pointer, message. */
function printIssues(file: string, error: RegulationInvalidError) {
  console.error(`${c.bad('✗')} ${file}: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}`);
  for (const issue of error.issues) console.error(`  ${formatIssue(issue, file)}`);
}

/** Loads one regulation file with the plugins, or prints its problems and exits 1. */
async function regulationFrom(file: string) {
  const plugins = await loadPlugins((line) => console.error(c.warn(line)));
  try {
    return loadRegulation(readFileSync(file, 'utf8'), file, { composer: plugins });
  } catch (error) {
    if (!(error instanceof RegulationInvalidError)) throw error;
    printIssues(file, error);
    process.exit(1);
  }
}

program
  .command('graph')
  .description('draw a regulation: Mermaid text, Graphviz DOT or an SVG picture')
  .argument('<file>', 'regulation YAML or JSON')
  .option('-f, --format <format>', 'mermaid | dot | svg', 'mermaid')
  .option('-o, --out <file>', 'write to a file instead of the terminal')
  .action(async (file: string, opts: { format: string; out?: string }) => {
    const regulation = await regulationFrom(file);
    const { toDot, toMermaid } = await import('../regulation/graph.js');
    let output: string;
    if (opts.format === 'mermaid') output = toMermaid(regulation);
    else if (opts.format === 'dot') output = toDot(regulation);
    else if (opts.format === 'svg') output = await (await import('../regulation/svg.js')).renderSvg(toDot(regulation));
    else {
      console.error(c.bad(`unknown format "${opts.format}": use mermaid, dot or svg`));
      process.exit(2);
    }
    if (opts.out) {
      writeFileSync(opts.out, output);
      console.log(`${c.ok('✓')} ${opts.out} (${opts.format}, ${regulation.stages.length} stages)`);
    } else process.stdout.write(output);
  });

program
  .command('diff')
  .description('what changed between two regulations: files, or two published versions with --regulation')
  .argument('[old]', 'the earlier regulation file')
  .argument('[new]', 'the later regulation file')
  .option('--regulation <id>', 'compare published versions of this regulation (through the API)')
  .option('--from <version>', 'earlier version (default: the one before --to)')
  .option('--to <version>', 'later version (default: the newest)')
  .option(...apiOption)
  .option('--exit-code', 'exit 1 when there are changes, as git diff does')
  .action(
    async (
      oldFile: string | undefined,
      newFile: string | undefined,
      opts: { regulation?: string; from?: string; to?: string; api: string; exitCode?: boolean },
    ) => {
      const { diffRegulations, formatChange } = await import('../regulation/diff.js');
      let lines: string[];
      if (opts.regulation) {
        const api = await remote(opts.api);
        const d = answer(
          await api.GET('/regulations/{id}/diff', {
            params: {
              path: { id: opts.regulation },
              query: { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) },
            },
          }),
        );
        console.log(c.bold(`${opts.regulation}: version ${d.from} → ${d.to}`));
        lines = d.text;
      } else {
        if (!oldFile || !newFile) {
          console.error(c.bad('give two files, or --regulation <id>'));
          process.exit(2);
        }
        lines = diffRegulations(await regulationFrom(oldFile), await regulationFrom(newFile)).map(formatChange);
      }
      for (const line of lines)
        console.log(line.startsWith('+') ? c.ok(line) : line.startsWith('-') ? c.bad(line) : c.warn(line));
      if (lines.length === 0) console.log(c.dim('no changes'));
      process.exit(opts.exitCode && lines.length > 0 ? 1 : 0);
    },
  );

program
  .command('publish')
  .description('publish a regulation file as a new version (through the API)')
  .argument('<file>', 'regulation YAML')
  .option('-m, --comment <text>', 'why this version: shown in the version list')
  .option(...apiOption)
  .action(async (file: string, opts: { comment?: string; api: string }) => {
    const regulation = await regulationFrom(file);
    const text = readFileSync(file, 'utf8');
    const api = await remote(opts.api);
    const r = answer(
      await api.PUT('/regulations/{id}', {
        params: { path: { id: regulation.id }, query: opts.comment ? { comment: opts.comment } : {} },
        // The YAML as written, so problems come back with its lines.
        body: text as never,
        bodySerializer: (body: unknown) => String(body),
        headers: { 'content-type': 'application/yaml' },
      }),
    );
    console.log(
      r.created
        ? `${c.ok('✓')} ${regulation.id} version ${r.version} published`
        : `${c.dim('=')} ${regulation.id} version ${r.version} already has this content`,
    );
  });

program
  .command('simulate')
  .description('dry-run a scenario through the regulation on a simulated clock: no server, nothing written')
  .argument('<regulation>', 'regulation YAML')
  .argument('<scenario>', 'scenario YAML (see examples/scenarios)')
  .option('--json', 'print the timeline as JSON')
  .action(async (file: string, scenarioFile: string, opts: { json?: boolean }) => {
    const regulation = await regulationFrom(file);
    const { parse } = await import('yaml');
    const { simulate } = await import('../simulation/simulator.js');
    const { formatTimeline } = await import('../simulation/format.js');
    const plugins = await loadPlugins();
    const scenario = parse(readFileSync(scenarioFile, 'utf8'));
    const result = await simulate(regulation, scenario, { registry: plugins.registry });
    if (opts.json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    console.log(c.bold(`${regulation.title}: ${scenarioFile}`));
    for (const line of formatTimeline(result.timeline, regulation.calendar.timezone, c)) console.log(`  ${line}`);
    const end = result.outcome;
    console.log(
      `${end.status === 'active' ? c.warn('still open') : end.status === 'won' ? c.ok('won') : c.bad('lost')} in stage ${end.stage}, owner ${end.owner ?? '—'}`,
    );
  });

program
  .command('migrate')
  .description('move running deals of a regulation version to a newer one (a dry run unless --apply)')
  .requiredOption('--regulation <id>', 'regulation id')
  .requiredOption('--from <version>', 'version the deals are on', (v) => Number(v))
  .requiredOption('--to <version>', 'version to move them to', (v) => Number(v))
  .option('--map <old=new...>', 'stage mapping, e.g. --map offer=proposal call=call', [])
  .option('--apply', 'migrate; without it, only show what would happen')
  .option(...apiOption)
  .action(
    async (opts: { regulation: string; from: number; to: number; map: string[]; apply?: boolean; api: string }) => {
      const stageMap = Object.fromEntries(opts.map.map((m) => m.split('=', 2) as [string, string]));
      const body = { from: opts.from, to: opts.to, stageMap };
      const api = await remote(opts.api);
      const id = { path: { id: opts.regulation } };
      const plan = answer(await api.POST('/regulations/{id}/migrations/plan', { params: id, body }));
      console.log(
        c.bold(
          `${opts.regulation}: version ${opts.from} → ${opts.to}, ${plan.moves.length} deal(s) to move, ${plan.unmapped.length} left as they are`,
        ),
      );
      for (const m of plan.moves) {
        console.log(`  ${m.dealId}  ${m.fromStage} → ${c.ok(m.toStage)}  (${m.owner})`);
        for (const t of m.cancelTasks) console.log(c.dim(`      - cancel: ${t}`));
        for (const t of m.createTasks) console.log(c.dim(`      + create: ${t}`));
      }
      for (const u of plan.unmapped) console.log(c.warn(`  ${u.dealId}  stays: ${u.reason}`));
      if (!opts.apply) {
        console.log(c.dim('dry run: nothing changed; add --apply to migrate'));
        return;
      }
      // A durable job: it goes on if this command (or the API) stops; `reglament job <id>` shows it again.
      const started = answer(await api.POST('/regulations/{id}/migrations', { params: id, body }));
      console.log(c.dim(`job ${started.jobId}: ${started.total} deal(s) to move`));
      const job = await followJob(api, started.jobId);
      printJobHeader(job);
      printJobReport(job);
      process.exit(exitCodeOf(job));
    },
  );

program
  .command('job')
  .description('show a bulk job (a migration, a deactivation): progress, and the report once it has ended')
  .argument('<id>', 'job id, as migrate --apply or POST /managers/:id/deactivate gave it')
  .option('--watch', 'follow the job until it ends')
  .option(...apiOption)
  .action(async (jobId: string, opts: { watch?: boolean; api: string }) => {
    const api = await remote(opts.api);
    const job = opts.watch ? await followJob(api, jobId) : await getJob(api, jobId);
    printJobHeader(job);
    printJobReport(job);
    process.exit(exitCodeOf(job));
  });

const plugin = program.command('plugin').description('plugin tools');
plugin
  .command('new')
  .description('create a plugin package to start from (builds and tests on its own, anywhere)')
  .argument('<id>', 'plugin id, lower_snake_case')
  .option('--dir <dir>', 'where to create it', '.')
  .action((id: string, opts: { dir: string }) => {
    const files = scaffoldPlugin(id, opts.dir);
    for (const file of files) console.log(`${c.ok('created')} ${file}`);
    console.log(`next: cd ${path.dirname(files[0]!)} && npm install && npm test`);
  });
plugin
  .command('check')
  .description('load a plugin as the host does; report conflicts and what it adds to each example regulation')
  .argument('<path>', "the plugin's module, e.g. ./src/index.ts")
  .option('--json', 'print the report as JSON')
  .action(async (file: string, opts: { json?: boolean }) => {
    const { checkPlugin } = await import('./plugin-check.js');
    const report = await checkPlugin(file);
    if (opts.json) console.log(JSON.stringify(report, null, 2));
    else {
      const p = report.plugin;
      console.log(c.bold(p ? `${p.id} ${p.version} (plugin API ${p.reglament})` : file));
      for (const problem of report.problems) console.log(`  ${c.bad('✗')} ${problem}`);
      for (const line of report.adds) console.log(`  adds ${line}`);
      for (const e of report.examples) {
        console.log(
          `  ${e.ok ? c.ok('✓') : e.named ? c.bad('✗') : c.warn('!')} ${e.example}: ${e.stages} stages${e.named ? '' : ' (has the stages it requires; does not name it)'}`,
        );
        for (const problem of e.problems) console.log(`      ${problem}`);
      }
    }
    process.exit(report.ok ? 0 : 1);
  });

program
  .command('token')
  .description("print a signed API token for a user (signed with REGLAMENT_JWT_SECRET or this machine's secret)")
  .argument('<user>', 'user id, e.g. director')
  .option('--ttl <hours>', 'lifetime in hours', (v) => Number(v), 8)
  .action(async (user: string, opts: { ttl: number }) => {
    const { issueToken } = await import('../api/auth.js');
    const { jwtSecret } = await import('../runtime/secret.js');
    console.log(await issueToken(jwtSecret(loadConfig()), user, Math.round(opts.ttl * 3600)));
  });

program
  .command('password')
  .description('print a one-time link that sets a person’s password in the workspace (valid for 7 days)')
  .argument('<login>', 'user id or e-mail, e.g. director')
  .option(...apiOption)
  .action(async (login: string, opts: { api: string }) => {
    const { passwordLink } = await import('./password.js');
    const link = await passwordLink(await remote(opts.api), login);
    console.log(`${c.bold(link.userId)}: open this link to set the password (until ${link.expiresAt})`);
    console.log(link.url);
  });

program
  .command('setup')
  .description('prepare this machine: the Temporal CLI (built once from Go modules) and the embedded PostgreSQL')
  .option('--temporal-only', 'only make sure the Temporal CLI is there')
  .option('--browser', "also make sure a Chromium is there for the workspace's browser tests")
  .option('--pg-tools', "also make sure PostgreSQL's programs are there for the backup test (pg_dump and its server)")
  .action(async (opts: { temporalOnly?: boolean; browser?: boolean; pgTools?: boolean }) => {
    const config = loadConfig();
    if (config.temporal.address) step(`TEMPORAL_ADDRESS is set (${config.temporal.address}): no dev server needed`);
    else step(`Temporal CLI: ${await ensureTemporalCli(config.temporal.devServer.cliVersion, step)}`);
    // The full Temporal server on PostgreSQL (docs/DEPLOYMENT.md), for the cluster test and bench: seconds after the CLI.
    if (!config.temporal.address)
      step(
        `Temporal server: ${await ensureTemporalServer(step).catch((e: Error) => c.warn(`not built: ${e.message}`))}`,
      );
    if (opts.browser) step(`Chromium: ${(await import('../runtime/chromium.js')).ensureChromium(step)}`);
    if (opts.pgTools) step(`PostgreSQL programs: ${(await import('../runtime/pg-tools.js')).ensurePgTools(step)}`);
    if (!opts.temporalOnly)
      step(
        config.databaseUrl
          ? 'DATABASE_URL is set: no embedded PostgreSQL needed'
          : 'PostgreSQL: embedded (installed with npm packages)',
      );
  });

program
  .command('backup')
  .description("save Reglament's PostgreSQL database (DATABASE_URL, or the embedded one) to a file with pg_dump")
  .argument('<file>', 'the backup to write (pg_dump custom format)')
  .action(async (file: string) => {
    const { backup } = await import('./backup.js');
    await backup(file);
  });

program
  .command('restore')
  .description('put a backup back into the database; refuses one that holds data unless --force')
  .argument('<file>', 'a backup written by reglament backup')
  .option('--force', 'replace the data of a database that has some (everything in schema public goes)')
  .action(async (file: string, opts: { force?: boolean }) => {
    const { restore } = await import('./backup.js');
    await restore(file, opts);
  });

program
  .command('start')
  .description('start Temporal, PostgreSQL, the worker and the API; load the example regulations')
  .option('-p, --port <port>', 'API port', (v) => Number(v))
  .option('--no-examples', 'do not publish the example regulations')
  .option('--plugin <path...>', 'also load these plugins (a module path or package name; adds to REGLAMENT_PLUGINS)')
  .addOption(
    new Option('--role <role>', 'run both halves, only the HTTP API, or only the Temporal worker')
      .choices(['all', 'api', 'worker'])
      .default('all'),
  )
  .action(async (opts: { port?: number; examples: boolean; role: 'all' | 'api' | 'worker'; plugin?: string[] }) => {
    // Through the environment, so the worker and the API (and any process they start) load the same plugins.
    const plugins = addedPlugins(process.env.REGLAMENT_PLUGINS, opts.plugin ?? []);
    if (plugins) process.env.REGLAMENT_PLUGINS = plugins;
    // Loaded on demand: the server's modules install exit hooks that other commands must not inherit.
    const { startReglament } = await import('./serve.js');
    await startReglament(opts);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(c.bad('error: ') + (error instanceof Error ? error.message : String(error)));
  process.exit(2);
});
