/**
 * Bulk jobs from the command line: follow one by polling `GET /jobs/{id}`
 * (a single updating line on a terminal, a line every few seconds otherwise)
 * and print its report.
 *
 * @module
 */
import type { components, ReglamentClient } from '../client/index.js';
import { c } from './output.js';
import { answer } from './remote.js';

export type Job = components['schemas']['Job'];
type MigrationReport = components['schemas']['MigrationReport'];
type Deactivation = components['schemas']['Deactivation'];

const POLL_MS = 500;
/** Off a terminal, progress is printed at most this often. */
const LOG_EVERY_MS = 5_000;

export async function getJob(api: ReglamentClient, id: string): Promise<Job> {
  return answer(await api.GET('/jobs/{id}', { params: { path: { id } } }));
}

function progressLine(job: Job): string {
  const verb = job.kind === 'migration' ? 'migrating' : 'reassigning';
  const failed = job.failed > 0 ? c.bad(`, ${job.failed} failed`) : '';
  return `  ${verb} ${job.done + job.failed}/${job.total}${failed}`;
}

/** Polls the job until it ends, showing done/total; resolves with the ended job. */
export async function followJob(
  api: ReglamentClient,
  id: string,
  out: NodeJS.WriteStream = process.stdout,
): Promise<Job> {
  const tty = Boolean(out.isTTY);
  // Interrupting only stops following: the job goes on in its workflow.
  const onInterrupt = () => {
    if (tty) out.write('\n');
    console.log(c.warn(`stopped following; the job goes on: npx reglament job ${id} --watch`));
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  let shown = '';
  let loggedAt = 0;
  try {
    for (;;) {
      const job = await getJob(api, id);
      const line = progressLine(job);
      // `shown` is the last line written: off a terminal a line held back by the throttle is still
      // written when the job ends, so the last progress line is always the final count.
      if (tty) {
        if (line !== shown) out.write(`\r${line}\x1b[K`);
        shown = line;
      } else if (line !== shown && (Date.now() - loggedAt >= LOG_EVERY_MS || job.status !== 'running')) {
        out.write(`${line}\n`);
        loggedAt = Date.now();
        shown = line;
      }
      if (job.status !== 'running') {
        if (tty) out.write('\n');
        return job;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** The job's header: what, by whom, where it stands. */
export function printJobHeader(job: Job): void {
  const status = job.status === 'done' ? c.ok('done') : job.status === 'failed' ? c.bad('failed') : c.info('running');
  console.log(c.bold(`job ${job.id}: ${job.kind} of ${job.subject}, requested by ${job.requestedBy}`));
  console.log(
    `  ${status}  ${job.done}/${job.total} done, ${job.failed} failed  (started ${when(job.createdAt)}, finished ${when(job.finishedAt)})`,
  );
  if (job.error) console.log(c.bad(`  ✗ ${job.error}`));
}

/** The ended job's report: what moved (or who took what), what failed, what was left. */
export function printJobReport(job: Job): void {
  if (!job.report) return;
  if (job.kind === 'migration') {
    const r = job.report as MigrationReport;
    console.log(
      `${job.status === 'done' ? c.ok('✓') : c.bad('✗')} ${r.migrated.length} migrated, ${r.failed.length} failed, ${r.unmapped.length} left (migration ${r.migrationId})`,
    );
    for (const m of r.migrated) console.log(c.dim(`  ${m.dealId} → ${m.stage}`));
    for (const f of r.failed) console.log(c.bad(`  ✗ ${f.dealId}: ${f.error}`));
    for (const u of r.unmapped) console.log(c.warn(`  ${u.dealId}  stays: ${u.reason}`));
  } else {
    const r = job.report as Deactivation;
    console.log(
      `${job.status === 'done' ? c.ok('✓') : c.bad('✗')} ${r.manager} deactivated: ${r.reassigned.length} deal(s) reassigned, ${r.failed.length} failed`,
    );
    for (const m of r.reassigned) console.log(c.dim(`  ${m.dealId} → ${m.owner}`));
    for (const f of r.failed) console.log(c.bad(`  ✗ ${f.dealId}: ${f.error}`));
  }
}

/** 0 when the job ended with every deal acted on (or is still running), 1 otherwise. */
export function exitCodeOf(job: Job): number {
  return job.status === 'failed' || job.failed > 0 ? 1 : 0;
}
