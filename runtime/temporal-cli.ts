/**
 * Finds the `temporal` CLI: $TEMPORAL_CLI, then PATH, then the project's own
 * cache; builds it from Go modules into that cache when none is found. The
 * build happens once per machine and prints its progress.
 *
 * @module
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

export const CLI_CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'bin');

function works(executable: string): boolean {
  const r = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return r.status === 0 && /temporal version/.test(r.stdout);
}

export function findTemporalCli(): string | undefined {
  const candidates = [process.env.TEMPORAL_CLI, 'temporal', path.join(CLI_CACHE_DIR, 'temporal')].filter(
    (c): c is string => Boolean(c),
  );
  return candidates.find(works);
}

/** Returns a working CLI path, building `github.com/temporalio/cli` at `version` if needed. */
export async function ensureTemporalCli(version: string, log: (line: string) => void): Promise<string> {
  const found = findTemporalCli();
  if (found) return found;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.status !== 0) {
    throw new Error(
      'no Temporal CLI found (TEMPORAL_CLI, PATH, .cache/bin) and no Go toolchain to build one; install Go or set TEMPORAL_CLI',
    );
  }
  mkdirSync(CLI_CACHE_DIR, { recursive: true });
  log(
    `building the Temporal CLI ${version} from Go modules into ${path.relative(process.cwd(), CLI_CACHE_DIR) || CLI_CACHE_DIR} (once; a few minutes)`,
  );
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('go', ['install', `github.com/temporalio/cli/cmd/temporal@${version}`], {
      env: { ...process.env, GOBIN: CLI_CACHE_DIR, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let downloads = 0;
    let tail = '';
    const ticker = setInterval(
      () => log(`  … still building (${Math.round((Date.now() - started) / 1000)} s, ${downloads} modules fetched)`),
      15_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      downloads += (text.match(/go: downloading/g) ?? []).length;
      tail = (tail + text).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`go install of the Temporal CLI failed (exit ${code}):\n${tail}`));
    });
  });
  const built = path.join(CLI_CACHE_DIR, 'temporal');
  if (!existsSync(built) || !works(built)) throw new Error(`the Temporal CLI built at ${built} does not run`);
  log(`Temporal CLI ready in ${Math.round((Date.now() - started) / 1000)} s: ${built}`);
  return built;
}
