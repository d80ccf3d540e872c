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
