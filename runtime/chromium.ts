/**
 * The browser the workspace's tests drive: Debian's Chromium, never a
 * download. `CHROMIUM_PATH` names another; when neither is there and this
 * machine can install packages (root with apt-get), Debian's package is
 * installed once.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { ensureDebianPackage } from './debian-packages.js';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The path of a Chromium to drive, installing Debian's package when it is missing and that is possible. */
export function ensureChromium(log: (line: string) => void): string {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH ${process.env.CHROMIUM_PATH} does not exist`);
    return process.env.CHROMIUM_PATH;
  }
  ensureDebianPackage(
    { package: 'chromium', present: () => existsSync(DEBIAN_CHROMIUM), why: "the workspace's browser tests" },
    log,
  );
  return DEBIAN_CHROMIUM;
}
