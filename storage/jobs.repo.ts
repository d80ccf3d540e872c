/**
 * Bulk jobs (migrating running deals, reassigning a deactivated person's
 * deals): the job with its progress and final report, and the deals it acts
 * on, each recorded once. The job's workflow writes here through activities;
 * the API reads here, without Temporal.
 *
 * A job is `running` until its workflow stores the report (`done`) or gives
 * up (`failed`, with the error). Its deals are listed once (`prepared_at`),
 * then each goes `pending` → `done` | `failed` exactly once, and the job's
 * counters move in the same transaction.
 *
 * @module
 */
import type { Sql } from './db.js';

export type JobKind = 'migration' | 'deactivation';
export type JobStatus = 'running' | 'done' | 'failed';
export type JobDealStatus = 'pending' | 'done' | 'failed' | 'unmapped';

export interface JobRow {
  id: string;
  kind: JobKind;
  /** `regulation:<id>` or `user:<id>`. */
  subject: string;
  requestedBy: string;
  params: Record<string, unknown>;
  status: JobStatus;
  total: number;
  done: number;
  failed: number;
  report: Record<string, unknown> | null;
  error: string | null;
  createdAt: Date;
  preparedAt: Date | null;
  finishedAt: Date | null;
}

export interface JobDealRow {
  jobId: string;
  dealId: string;
  position: number;
  status: JobDealStatus;
  plan: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: string | null;
  finishedAt: Date | null;
}

export interface JobProgress {
  status: JobStatus;
  total: number;
  done: number;
  failed: number;
}

export interface NewJob {
  id: string;
  kind: JobKind;
  subject: string;
  requestedBy: string;
  params: Record<string, unknown>;
  /** How many deals the job is expected to act on; fixed when its deals are listed. */
  total: number;
}

export type JobDealOutcome =
  | { status: 'done'; result: Record<string, unknown> }
  | { status: 'failed'; error: string; result?: Record<string, unknown> };

const progressOf = (row: Record<string, unknown>): JobProgress => ({
  status: row.status as JobStatus,
  total: row.total as number,
  done: row.done as number,
  failed: row.failed as number,
});

export function createJobRepo(sql: Sql) {
  async function progress(tx: Sql, id: string): Promise<JobProgress> {
    const [row] = await tx`select status, total, done, failed from jobs where id = ${id}`;
    if (!row) throw new Error(`job ${id} is not stored`);
    return progressOf(row);
  }

  return {
    /** Stores a new job; a job stored before under the same id is left as it is (false). */
    async create(job: NewJob): Promise<boolean> {
      const r = await sql`
        insert into jobs (id, kind, subject, requested_by, params, total)
        values (${job.id}, ${job.kind}, ${job.subject}, ${job.requestedBy}, ${sql.json(job.params as never)}, ${job.total})
        on conflict (id) do nothing`;
      return r.count > 0;
    },

    async get(id: string): Promise<JobRow | undefined> {
      const [row] = await sql`select * from jobs where id = ${id}`;
      return row as JobRow | undefined;
    },

    async progress(id: string): Promise<JobProgress> {
      return progress(sql, id);
    },

    /**
     * Lists the job's deals, once: a repeated call (a retried activity) keeps
     * the first listing. `total` becomes the number of deals to act on.
     */
    async prepare(
      id: string,
      deals: Array<{ dealId: string; status: 'pending' | 'unmapped'; plan: Record<string, unknown> }>,
    ): Promise<JobProgress> {
      return sql.begin(async (t) => {
        const tx = t as unknown as Sql;
        const [job] = await tx`select prepared_at from jobs where id = ${id} for update`;
        if (!job) throw new Error(`job ${id} is not stored`);
        if (job.preparedAt) return progress(tx, id);
        const rows = deals.map((d, position) => ({
          job_id: id,
          deal_id: d.dealId,
          position,
          status: d.status,
          plan: tx.json(d.plan as never),
        }));
        for (let i = 0; i < rows.length; i += 1000) {
          await tx`insert into job_deals ${tx(rows.slice(i, i + 1000))} on conflict do nothing`;
        }
        const total = deals.filter((d) => d.status === 'pending').length;
        await tx`update jobs set total = ${total}, prepared_at = now() where id = ${id}`;
        return progress(tx, id);
      });
    },

    /** The next deals still to act on, in listing order. */
    async pendingDeals(id: string, limit: number): Promise<string[]> {
      const rows = await sql`
        select deal_id from job_deals where job_id = ${id} and status = 'pending' order by position limit ${limit}`;
      return rows.map((r) => r.dealId as string);
    },

    async deal(id: string, dealId: string): Promise<JobDealRow | undefined> {
      const [row] = await sql`select * from job_deals where job_id = ${id} and deal_id = ${dealId}`;
      return row as JobDealRow | undefined;
    },

    /** Records one deal's outcome and counts it, once: a repeated record changes nothing. */
    async record(id: string, dealId: string, outcome: JobDealOutcome): Promise<JobProgress> {
      return sql.begin(async (t) => {
        const tx = t as unknown as Sql;
        const changed = await tx`
          update job_deals set status = ${outcome.status}, result = ${outcome.result ? tx.json(outcome.result as never) : null},
                 error = ${outcome.status === 'failed' ? outcome.error : null}, finished_at = now()
          where job_id = ${id} and deal_id = ${dealId} and status = 'pending'`;
        if (changed.count > 0) {
          await tx`update jobs set ${outcome.status === 'done' ? tx`done = done + 1` : tx`failed = failed + 1`} where id = ${id}`;
        }
        return progress(tx, id);
      });
    },

    /** Every deal of the job, in listing order. */
    async deals(id: string): Promise<JobDealRow[]> {
      return [...(await sql`select * from job_deals where job_id = ${id} order by position`)] as JobDealRow[];
    },

    /**
     * Ends a running job with its report (and, for a failed one, the error);
     * the audit entry is written in the same transaction, so it is written
     * once. False when the job had already ended.
     */
    async finish(
      id: string,
      end: { status: 'done' | 'failed'; report: object; error?: string },
      audit?: { actor: string; action: string; subject: string; data: object },
    ): Promise<boolean> {
      return sql.begin(async (t) => {
        const tx = t as unknown as Sql;
        const r = await tx`
          update jobs set status = ${end.status}, report = ${tx.json(end.report as never)}, error = ${end.error ?? null},
                 finished_at = now()
          where id = ${id} and status = 'running'`;
        if (r.count === 0) return false;
        if (audit) {
          await tx`insert into audit_log (actor, action, subject, data)
                   values (${audit.actor}, ${audit.action}, ${audit.subject}, ${tx.json(audit.data as never)})`;
        }
        return true;
      });
    },

    /** How many active deals a job would act on: a regulation version's in some stages, or one owner's. */
    async countActiveDeals(
      filter: { regulationId: string; version: number; stages: string[] } | { owner: string },
    ): Promise<number> {
      const [row] =
        'owner' in filter
          ? await sql`select count(*)::int as n from deals where owner = ${filter.owner} and status = 'active'`
          : await sql`
              select count(*)::int as n from deals
              where regulation_id = ${filter.regulationId} and regulation_version = ${filter.version}
                and status = 'active' and stage = any(${filter.stages})`;
      return (row?.n as number | undefined) ?? 0;
    },
  };
}

export type JobRepo = ReturnType<typeof createJobRepo>;
