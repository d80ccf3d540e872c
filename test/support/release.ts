/**
 * An earlier release's source tree for the upgrade test: taken out of git
 * with `git archive`, run on this checkout's node_modules (after checking
 * that the release's pinned dependencies are the ones installed), and its
 * database made ready by its own code (release-prepare.ts).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';
import { PROJECT_ROOT } from '../../runtime/config.js';

const run = promisify(execFile);

export interface ReleaseTree {
  commit: string;
  root: string;
  close(): void;
}

/** Fails with what to do when `commit` is not in this clone (a shallow clone, most often). */
async function ensureCommit(commit: string): Promise<void> {
  const present = await run('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: PROJECT_ROOT }).then(
    () => true,
    () => false,
  );
  if (present) return;
  const { stdout } = await run('git', ['rev-parse', '--is-shallow-repository'], { cwd: PROJECT_ROOT });
  throw new Error(
    `the release baseline ${commit} is not in this clone${stdout.trim() === 'true' ? ' (a shallow clone: run git fetch --unshallow)' : ' (fetch it from the main repository)'}; ` +
      'the upgrade test runs that release and cannot do without it',
  );
}

/** `git archive <commit> | tar -x -C <dir>`, each side's failure reported with its stderr. */
function archive(commit: string, dir: string): Promise<void> {
  const git = spawn('git', ['archive', commit], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
  git.stdout.pipe(tar.stdin);
  const done = (child: typeof git | typeof tar, what: string) =>
    new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr!.on('data', (d: Buffer) => (err += d));
      child.once('error', reject);
      child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited ${code}: ${err}`))));
    });
  return Promise.all([done(git, `git archive ${commit}`), done(tar, 'tar -x')]).then(() => {});
}

/**
 * The release's dependencies that node_modules does not satisfy: the old
 * code must run on what it pinned, or the test would prove nothing about it.
 */
export function unmetDependencies(root: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
  const unmet: string[] = [];
  for (const [name, range] of Object.entries(wanted)) {
    const file = path.join(PROJECT_ROOT, 'node_modules', name, 'package.json');
    const installed = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '';
    if (!installed || !semver.satisfies(installed, range, { includePrerelease: true }))
      unmet.push(`${name}@${range} (installed: ${installed || 'none'})`);
  }
  return unmet;
}

export async function extractRelease(commit: string): Promise<ReleaseTree> {
  await ensureCommit(commit);
  const root = mkdtempSync(path.join(tmpdir(), 'reglament-release-'));
  const close = () => rmSync(root, { recursive: true, force: true });
  try {
    await archive(commit, root);
    symlinkSync(realpathSync(path.join(PROJECT_ROOT, 'node_modules')), path.join(root, 'node_modules'), 'dir');
    const unmet = unmetDependencies(root);
    if (unmet.length > 0)
      throw new Error(
        `release ${commit} pins dependencies this checkout's node_modules does not have: ${unmet.join(', ')}; ` +
          'install them beside the current ones (an npm alias) or move the baseline',
      );
    return { commit, root, close };
  } catch (error) {
    close();
    throw error;
  }
}

/**
 * The release's own code migrates the database, adds `director`, and bundles
 * its workflow code into `bundle` (release-prepare.ts, run in its tree).
 * Answers what it printed.
 */
export async function prepareRelease(
  release: ReleaseTree,
  env: { DATABASE_URL: string; DIRECTOR: string; WORKFLOW_BUNDLE: string },
): Promise<string> {
  const script = path.join(PROJECT_ROOT, 'test', 'support', 'release-prepare.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
    cwd: release.root,
    env: { ...process.env, ...env, RELEASE_ROOT: release.root },
  });
  if (!stdout.includes('ready')) throw new Error(`release-prepare.ts ended without "ready":\n${stdout}`);
  return stdout;
}
