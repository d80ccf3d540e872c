/**
 * Processes by pid, for the servers Reglament starts itself: whether a pid is
 * alive, which command it runs and when it started (so a pid the system has
 * since given to another program is told apart), ending one with a ladder of
 * signals, and tying a child's life to this process's.
 *
 * Tying: on Linux the child is started through `setpriv --pdeathsig <signal>`
 * (util-linux), which asks the kernel to send it `signal` when its parent
 * ends, by any means, SIGKILL included. The kernel sends it when the *thread*
 * that forked the child ends: Node.js forks from the thread that runs
 * JavaScript, the main thread, which lives as long as the process; from a
 * worker thread, or without a working `setpriv` (macOS, minimal images), a
 * watchdog is used instead: a `sh` whose stdin is a pipe from this process.
 * When this process ends, however it ends, the kernel closes the pipe, `read`
 * sees end of file and the watchdog sends the signal.
 *
 * @module
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const LINUX = process.platform === 'linux';

export interface ProcStat {
  /** R, S, D, Z (zombie: ended, not yet collected by its parent), … */
  state: string;
  ppid: number;
  pgid: number;
  /** When the process started, in clock ticks after boot: a pid given to another program has another. */
  startTime: number;
}

/** /proc/<pid>/stat, or undefined when there is no such process (or no /proc). */
export function procStat(pid: number): ProcStat | undefined {
  if (!LINUX) return undefined;
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is the command name in parentheses, which may itself hold spaces and parentheses.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      state: fields[0]!,
      ppid: Number(fields[1]),
      pgid: Number(fields[2]),
      startTime: Number(fields[19]),
    };
  } catch {
    return undefined;
  }
}

export function startTimeOf(pid: number): number | undefined {
  return procStat(pid)?.startTime;
}

/** True while `pid` runs (a zombie counts as ended; so does a pid that now started at another time). */
export function isAlive(pid: number, startTime?: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!LINUX) return true;
  const stat = procStat(pid);
  if (!stat || stat.state === 'Z') return false;
  return startTime === undefined || stat.startTime === startTime;
}

/** The argument vector `pid` runs with (/proc/<pid>/cmdline; `ps` where there is no /proc). */
export function commandLine(pid: number): string[] | undefined {
  if (LINUX) {
    try {
      const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (raw === '') return undefined; // a zombie, or a kernel thread
      return raw.replace(/\0$/, '').split('\0');
    } catch {
      return undefined;
    }
  }
  const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
  const text = ps.status === 0 ? ps.stdout.trim() : '';
  return text ? [text] : undefined;
}

/** Whether `pid` runs exactly `command` (on systems without /proc: the same words, space-joined). */
export function runsCommand(pid: number, command: readonly string[]): boolean {
  const actual = commandLine(pid);
  if (!actual) return false;
  if (!LINUX) return actual.join(' ') === command.join(' ');
  return actual.length === command.length && actual.every((arg, i) => arg === command[i]);
}

/** Resolves true once `pid` has ended, false if it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number, startTime?: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid, startTime)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * Ends `pid` by sending each signal of `ladder` in turn and waiting its time
 * for the process to go. True when it is gone.
 */
export async function stopProcess(
  pid: number,
  ladder: ReadonlyArray<readonly [NodeJS.Signals, number]>,
  startTime?: number,
): Promise<boolean> {
  for (const [signal, waitMs] of ladder) {
    if (!isAlive(pid, startTime)) return true;
    try {
      process.kill(pid, signal);
    } catch {
      return !isAlive(pid, startTime);
    }
    if (await waitForExit(pid, waitMs, startTime)) return true;
  }
  return !isAlive(pid, startTime);
}

/** Ends a child of ours: SIGTERM, then SIGKILL if it is still there after `graceMs`; resolves once it has exited. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

let setprivWorks: boolean | undefined;

/** `setpriv --pdeathsig` works here, and a child forked now would be tied to a thread that lives as long as the process. */
export function parentDeathSignalAvailable(): boolean {
  if (!LINUX || !isMainThread) return false;
  setprivWorks ??=
    spawnSync('setpriv', ['--pdeathsig', 'SIGTERM', '--', 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0;
  return setprivWorks;
}

export interface TiedChild {
  child: ChildProcess;
  /** What the child runs once started (what /proc/<pid>/cmdline will show): `setpriv` execs the command in place. */
  command: string[];
  /** How it is tied to this process. */
  tie: 'pdeathsig' | 'watchdog';
  /** The watchdog's process, when there is one. */
  watchdog?: ChildProcess;
}

/**
 * `spawn(command, args, options)`, with the child sent `signal` when this
 * process ends, even by SIGKILL: through the kernel's parent-death signal
 * (`setpriv --pdeathsig`) where it works, else through a watchdog.
 */
export function spawnTied(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
  signal: NodeJS.Signals,
): TiedChild {
  const full = [command, ...args];
  if (parentDeathSignalAvailable()) {
    const child = spawn('setpriv', ['--pdeathsig', signal, '--', ...full], options);
    return { child, command: full, tie: 'pdeathsig' };
  }
  const child = spawn(command, args, options);
  const watchdog = child.pid ? watchdogFor(child.pid, signal) : undefined;
  if (watchdog) child.once('exit', () => watchdog.kill('SIGKILL'));
  return { child, command: full, tie: 'watchdog', ...(watchdog ? { watchdog } : {}) };
}

/**
 * A watchdog that sends `signal` to `pid` once this process has ended: a
 * `sh` reading a pipe that only this process writes to. Kill the watchdog
 * (SIGKILL) before ending `pid` some other way, so that it never signals a
 * pid the system has handed on.
 */
export function watchdogFor(pid: number, signal: NodeJS.Signals): ChildProcess {
  const dog = spawn(
    '/bin/sh',
    ['-c', 'read _; kill -s "$1" "$2" 2>/dev/null', 'reglament-watchdog', signal.replace(/^SIG/, ''), String(pid)],
    { stdio: ['pipe', 'ignore', 'ignore'] },
  );
  dog.on('error', () => {});
  dog.stdin!.on('error', () => {});
  // Neither the watchdog nor its pipe keeps this process alive.
  dog.unref();
  (dog.stdin as unknown as { unref?: () => void }).unref?.();
  return dog;
}
