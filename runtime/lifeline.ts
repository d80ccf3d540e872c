/**
 * `npm start` is a chain: npm → sh → tsx → node, and only the last one runs
 * Reglament (and is the parent of the servers it starts). Killing one of the
 * outer processes (SIGKILL, or SIGTERM to npm, which passes it to the `sh`
 * only) would leave the inner one running with nobody in front of it. Their
 * launchers are therefore watched: the Node.js processes above this one in its
 * own process group (npm, npx, tsx, the `reglament` launcher, or any other Node
 * program that ran this one in the same job). When one of them ends, however it
 * ends, `onGone` is called, and Reglament stops as it does on Ctrl+C.
 *
 * Only the process group is followed (a job a shell starts is a group of its
 * own), so a shell that started Reglament in the background and exits, or
 * `nohup`, does not stop it. Linux only (it reads /proc); elsewhere nothing is
 * watched.
 *
 * @module
 */
import { readlinkSync } from 'node:fs';
import path from 'node:path';
import { commandLine, isAlive, procStat } from './processes.js';

export interface Launcher {
  pid: number;
  startTime: number;
  command: string;
}

/** The Node.js processes above this one in its process group, nearest first. */
export function launchers(): Launcher[] {
  const own = procStat(process.pid);
  if (!own) return [];
  const found: Launcher[] = [];
  for (let pid = own.ppid; pid > 1; ) {
    const stat = procStat(pid);
    if (!stat || stat.pgid !== own.pgid) break;
    if (runsNode(pid))
      found.push({
        pid,
        startTime: stat.startTime,
        command: (commandLine(pid)?.join(' ') ?? '?').replace(/\s+/g, ' ').trim(),
      });
    pid = stat.ppid;
  }
  return found;
}

function runsNode(pid: number): boolean {
  try {
    const exe = path.basename(readlinkSync(`/proc/${pid}/exe`));
    return exe === path.basename(process.execPath) || /^node(js)?\d*$/.test(exe);
  } catch {
    return false;
  }
}

/**
 * Calls `onGone` once, when one of this process's launchers has ended (looked
 * at every `everyMs`). The launchers are the ones present now: call it early.
 * Returns a function that stops watching.
 */
export function followLaunchers(onGone: (launcher: Launcher) => void, everyMs = 1000): () => void {
  const watched = launchers();
  if (watched.length === 0) return () => {};
  const timer = setInterval(() => {
    const gone = watched.find((launcher) => !isAlive(launcher.pid, launcher.startTime));
    if (!gone) return;
    clearInterval(timer);
    onGone(gone);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
