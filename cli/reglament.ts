/**
 * The `reglament` command line.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { RegulationInvalidError } from '../regulation/errors.js';
import { formatIssue } from '../regulation/issues.js';
import { loadPlugins } from '../plugins/index.js';
import { loadRegulation } from '../regulation/load.js';
import { loadConfig } from '../runtime/config.js';
import { ensureTemporalCli } from '../runtime/temporal-cli.js';
import { c, step } from './output.js';
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
        console.error(`${c.bad('✗')} ${file}: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}`);
        for (const issue of error.issues) console.error(`  ${formatIssue(issue, file)}`);
      }
    }
    process.exit(failed > 0 ? 1 : 0);
  });

program
  .command('plugin')
  .description('plugin tools')
  .command('new')
  .description('create a plugin folder to start from')
  .argument('<id>', 'plugin id, lower_snake_case')
  .option('--dir <dir>', 'where to create it', 'plugins')
  .action((id: string, opts: { dir: string }) => {
    for (const file of scaffoldPlugin(id, opts.dir)) console.log(`${c.ok('created')} ${file}`);
    console.log(
      `next: name it in a regulation (plugins: [${id}]) and load it with REGLAMENT_PLUGINS=./${opts.dir}/${id.replace(/_/g, '-')}/index.ts`,
    );
  });

program
  .command('setup')
  .description('prepare this machine: the Temporal CLI (built once from Go modules) and the embedded PostgreSQL')
  .option('--temporal-only', 'only make sure the Temporal CLI is there')
  .action(async (opts: { temporalOnly?: boolean }) => {
    const config = loadConfig();
    if (config.temporal.address) step(`TEMPORAL_ADDRESS is set (${config.temporal.address}): no dev server needed`);
    else step(`Temporal CLI: ${await ensureTemporalCli(config.temporal.devServer.cliVersion, step)}`);
    if (!opts.temporalOnly)
      step(
        config.databaseUrl
          ? 'DATABASE_URL is set: no embedded PostgreSQL needed'
          : 'PostgreSQL: embedded (installed with npm packages)',
      );
  });

program
  .command('start')
  .description('start Temporal, PostgreSQL, the worker and the API; load the example regulations')
  .option('-p, --port <port>', 'API port', (v) => Number(v))
  .option('--no-examples', 'do not publish the example regulations')
  .action(async (opts: { port?: number; examples: boolean }) => {
    // Loaded on demand: the server's modules install exit hooks that other commands must not inherit.
    const { startReglament } = await import('./serve.js');
    await startReglament(opts);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(c.bad('error: ') + (error instanceof Error ? error.message : String(error)));
  process.exit(2);
});
