/**
 * The browser the workspace's tests drive: Debian's Chromium, never a
 * download. `CHROMIUM_PATH` names another; when neither is there and this
 * machine can install packages (root with apt-get), Debian's package is
 * installed once.
 *
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The path of a Chromium to drive, installing Debian's package when it is missing and that is possible. */
export function ensureChromium(log: (line: string) => void): string {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH ${process.env.CHROMIUM_PATH} does not exist`);
    return process.env.CHROMIUM_PATH;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    throw new Error(
      `no Chromium for the browser tests: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  log('installing Debian’s chromium for the browser tests (once)');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return DEBIAN_CHROMIUM;
}
