/**
 * Programs the test command needs from Debian's packages (never a download of
 * their own): when one is missing and this machine can install packages (root
 * with apt-get), its package is installed once, with the package manager's
 * own progress.
 *
 * @example
 * ensureDebianPackage({ package: 'chromium', present: () => existsSync('/usr/bin/chromium'), why: 'the browser tests' }, log);
 *
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';

export interface DebianNeed {
  /** The package that brings what is missing. */
  package: string;
  /** Whether what the package would bring is already there. */
  present: () => boolean;
  /** What needs it, for the messages. */
  why: string;
}

let updated = false;

/** Installs `need.package` unless `need.present()`; throws a clear error where it cannot. */
export function ensureDebianPackage(need: DebianNeed, log: (line: string) => void): void {
  if (need.present()) return;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall)
    throw new Error(`${need.why} need Debian's package ${need.package}: apt-get install ${need.package}`);
  log(`installing Debian’s ${need.package} for ${need.why} (once)`);
  if (!updated) execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  updated = true;
  execFileSync('apt-get', ['install', '-y', need.package], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!need.present()) throw new Error(`Debian's ${need.package} was installed but ${need.why} still miss it`);
}
