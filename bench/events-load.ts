/**
 * The events bench's load generator, run as a process of its own so the
 * server's CPU and event loop are not shared with its clients. Reads its
 * task as JSON from the environment (BENCH_LOAD), posts for the given
 * seconds, and prints one JSON line: latencies, ids sent, repeats, errors.
 */
export interface LoadTask {
  base: string;
  key: string;
  deals: string[];
  clients: number;
  seconds: number;
}

export interface LoadResult {
  latencies: number[];
  sent: string[];
  repeats: number;
  repeatsSeenAsDuplicate: number;
  errors: number;
  seconds: number;
  /** CPU seconds this process used while posting. */
  cpuSeconds: number;
}

async function run(task: LoadTask): Promise<LoadResult> {
  const latencies: number[] = [];
  const sent: string[] = [];
  let repeats = 0;
  let repeatsSeenAsDuplicate = 0;
  let errors = 0;
  const end = Date.now() + task.seconds * 1000;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: task.clients }, async (_, client) => {
      for (let n = 0; Date.now() < end; n++) {
        // One in ten is a repeated delivery of the client's previous event.
        const repeat = n > 0 && n % 10 === 0;
        const id = repeat ? `c${client}-e${n - 1}` : `c${client}-e${n}`;
        const s = performance.now();
        const res = await fetch(`${task.base}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': task.key, 'idempotency-key': id },
          body: JSON.stringify({
            type: 'call.logged',
            data: { dealId: task.deals[client % task.deals.length], direction: 'in', durationSec: n },
          }),
        });
        const body = (await res.json()) as { duplicate?: boolean };
        latencies.push(performance.now() - s);
        if (!res.ok) errors++;
        else if (repeat) {
          repeats++;
          if (body.duplicate) repeatsSeenAsDuplicate++;
        } else sent.push(id);
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  return {
    latencies,
    sent,
    repeats,
    repeatsSeenAsDuplicate,
    errors,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

const task = JSON.parse(process.env.BENCH_LOAD ?? '') as LoadTask;
process.stdout.write(`${JSON.stringify(await run(task))}\n`);
