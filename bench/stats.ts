import { readFileSync, readdirSync } from 'node:fs';

export interface Summary {
  n: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), p99: at(0.99), max: s.at(-1) ?? NaN };
}

/** Runs `task(i)` for i in [0, n) with at most `concurrency` in flight. */
export async function pool(
  n: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
  onProgress?: (done: number) => void,
) {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++;
        await task(i);
        onProgress?.(++done);
      }
    }),
  );
}

/** Milliseconds, or microseconds below one millisecond. */
export const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(1)} ms`);

/**
 * CPU seconds (user + system) used so far by this process and by the
 * processes it started (Linux: /proc), grouped by `groups` on their command
 * line: the embedded PostgreSQL and Temporal server, whatever else runs on
 * the machine. A bench can then say what one operation costs each part.
 */
export function cpuSeconds(groups: Record<string, RegExp>): Record<string, number> {
  const self = process.cpuUsage();
  const out: Record<string, number> = { 'this process': (self.user + self.system) / 1e6 };
  for (const name of Object.keys(groups)) out[name] = 0;
  const procs = new Map<number, { ppid: number; cmd: string; cpu: number }>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return out; // not Linux: this process only
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command's closing parenthesis: state, ppid, ..., utime (12th), stime (13th); in ticks of 1/100 s.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      procs.set(Number(pid), { ppid: Number(f[1]), cmd, cpu: (Number(f[11]) + Number(f[12])) / 100 });
    } catch {
      // ended meanwhile
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p; p = procs.get(p)?.ppid) if (p === process.pid) return true;
    return false;
  };
  for (const [pid, { cmd, cpu }] of procs) {
    const name = pid !== process.pid && Object.keys(groups).find((k) => groups[k]!.test(cmd));
    if (name && ours(pid)) out[name]! += cpu;
  }
  return out;
}

/** What each part used between two `cpuSeconds` readings, per operation, in ms. */
export function cpuPerOperation(before: Record<string, number>, after: Record<string, number>, operations: number) {
  return Object.fromEntries(Object.keys(after).map((k) => [k, ((after[k]! - (before[k] ?? 0)) * 1000) / operations]));
}
