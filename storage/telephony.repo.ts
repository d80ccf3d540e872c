/**
 * Telephony's rows: calls (one per PBX call id, merged from events that may
 * come twice or out of order), extensions, call-backs and the director's
 * telephony rules. Every write is idempotent on its key.
 *
 * @module
 */
import type { CallDirection, CallOutcome } from '../domain/call.js';
import type { RuleDefinition } from '../rules/types.js';
import type { Sql } from './db.js';

export interface CallRow {
  id: string;
  pbx: string;
  pbxCallId: string;
  direction: CallDirection | null;
  fromNumber: string | null;
  toNumber: string | null;
  clientNumber: string | null;
  extension: string | null;
  manager: string | null;
  status: 'ringing' | 'answered' | 'finished';
  outcome: CallOutcome | null;
  durationSec: number | null;
  recordingUrl: string | null;
  dealId: string | null;
  companyId: string | null;
  effect: Record<string, unknown> | null;
  startedAt: Date | null;
  answeredAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What one event adds to a call; a field left undefined keeps what an earlier event wrote. */
export interface CallPatch {
  id: string;
  pbx: string;
  pbxCallId: string;
  status: CallRow['status'];
  direction?: CallDirection;
  fromNumber?: string;
  toNumber?: string;
  clientNumber?: string;
  extension?: string;
  manager?: string;
  outcome?: CallOutcome;
  durationSec?: number;
  recordingUrl?: string;
  startedAt?: Date;
  answeredAt?: Date;
  finishedAt?: Date;
}

export interface CallBackRow {
  id: string;
  callId: string;
  clientNumber: string;
  dealId: string | null;
  assignee: string;
  status: 'open' | 'done';
  dueAt: Date;
  doneByCall: string | null;
  createdAt: Date;
  closedAt: Date | null;
}

/** The deal a number belongs to: the newest active deal of the company whose number (or a contact's) it is. */
export interface NumberOwner {
  companyId: string;
  dealId: string | null;
  owner: string | null;
  manager: string | null;
}

/** The order a call's status moves in: a late "started" never takes a finished call back. */
const RANK = { ringing: 0, answered: 1, finished: 2 } as const;

export function createTelephonyRepo(sql: Sql) {
  return {
    /**
     * Merges one event into its call: fields already written stay unless this
     * event knows them; the status only moves forward (a "started" that comes
     * after "finished" does not reopen it). Returns the merged row.
     */
    async mergeCall(p: CallPatch): Promise<CallRow> {
      const v = (x: unknown) => (x === undefined ? null : x);
      const [row] = await sql`
        insert into calls (id, pbx, pbx_call_id, status, direction, from_number, to_number, client_number, extension,
                           manager, outcome, duration_sec, recording_url, started_at, answered_at, finished_at)
        values (${p.id}, ${p.pbx}, ${p.pbxCallId}, ${p.status}, ${v(p.direction)}, ${v(p.fromNumber)}, ${v(p.toNumber)},
                ${v(p.clientNumber)}, ${v(p.extension)}, ${v(p.manager)}, ${v(p.outcome)}, ${v(p.durationSec)},
                ${v(p.recordingUrl)}, ${v(p.startedAt)}, ${v(p.answeredAt)}, ${v(p.finishedAt)})
        on conflict (id) do update set
          status = case when ${RANK[p.status]}::int > (case calls.status when 'ringing' then 0 when 'answered' then 1 else 2 end)
                        then excluded.status else calls.status end,
          direction = coalesce(calls.direction, excluded.direction),
          from_number = coalesce(calls.from_number, excluded.from_number),
          to_number = coalesce(calls.to_number, excluded.to_number),
          client_number = coalesce(calls.client_number, excluded.client_number),
          extension = coalesce(excluded.extension, calls.extension),
          manager = coalesce(excluded.manager, calls.manager),
          outcome = coalesce(calls.outcome, excluded.outcome),
          duration_sec = coalesce(calls.duration_sec, excluded.duration_sec),
          recording_url = coalesce(excluded.recording_url, calls.recording_url),
          started_at = coalesce(calls.started_at, excluded.started_at),
          answered_at = coalesce(calls.answered_at, excluded.answered_at),
          finished_at = coalesce(calls.finished_at, excluded.finished_at),
          updated_at = now()
        returning *`;
      return row as unknown as CallRow;
    },

    /** Records what the finished call did, once: false when another delivery recorded it first. */
    async setEffect(
      id: string,
      effect: Record<string, unknown>,
      link: { dealId?: string | undefined; companyId?: string | undefined },
    ): Promise<boolean> {
      const r = await sql`
        update calls set effect = ${sql.json(effect as never)}, deal_id = coalesce(${link.dealId ?? null}, deal_id),
               company_id = coalesce(${link.companyId ?? null}, company_id), updated_at = now()
        where id = ${id} and effect is null`;
      return r.count > 0;
    },

    async setRecording(id: string, url: string): Promise<void> {
      await sql`update calls set recording_url = ${url}, updated_at = now() where id = ${id}`;
    },

    async getCall(id: string): Promise<CallRow | undefined> {
      const [row] = await sql`select * from calls where id = ${id}`;
      return row as CallRow | undefined;
    },

    /** Calls, newest first; `owners` limits them to deals those people own (a manager's own). */
    async listCalls(f: {
      dealId?: string | undefined;
      owners?: string[] | undefined;
      limit?: number;
    }): Promise<CallRow[]> {
      return (await sql`
        select c.* from calls c left join deals d on d.id = c.deal_id where true
          ${f.dealId ? sql`and c.deal_id = ${f.dealId}` : sql``}
          ${f.owners ? sql`and (d.owner = any(${f.owners}) or (c.deal_id is null and c.manager = any(${f.owners})))` : sql``}
        order by coalesce(c.started_at, c.created_at) desc, c.id limit ${f.limit ?? 100}`) as unknown as CallRow[];
    },

    /** The company (and its newest active deal) whose number, or a contact's, is `e164`. */
    async ownerOfNumber(e164: string): Promise<NumberOwner | undefined> {
      const [row] = await sql`
        with company as (
          select c.id, c.manager, c.created_at from companies c
          where c.phone_e164 = ${e164}
             or exists (select 1 from contacts k where k.company_id = c.id and k.phone_e164 = ${e164})
          order by c.created_at, c.id limit 1)
        select company.id as company_id, company.manager, d.id as deal_id, d.owner
        from company left join lateral (
          select id, owner from deals where company_id = company.id and status = 'active'
          order by created_at desc, id limit 1) d on true`;
      return row as NumberOwner | undefined;
    },

    /**
     * The call whose lead an unknown number's calls share: this one when no
     * claim stands (or the claimed deal is no longer active and the claim
     * older than a minute), else the call that claimed it first.
     */
    async claimLead(clientNumber: string, callId: string, dealId: string): Promise<string> {
      const [won] = await sql`
        insert into phone_leads as p (client_number, call_id, deal_id) values (${clientNumber}, ${callId}, ${dealId})
        on conflict (client_number) do update set call_id = excluded.call_id, deal_id = excluded.deal_id, claimed_at = now()
          where p.claimed_at < now() - interval '1 minute'
            and not exists (select 1 from deals d where d.id = p.deal_id and d.status = 'active')
        returning call_id`;
      if (won) return won.callId as string;
      const [held] = await sql`select call_id from phone_leads where client_number = ${clientNumber}`;
      return (held?.callId as string | undefined) ?? callId;
    },

    async setExtension(extension: string, manager: string): Promise<void> {
      await sql`
        insert into phone_extensions (extension, manager) values (${extension}, ${manager})
        on conflict (extension) do update set manager = excluded.manager, updated_at = now()`;
    },

    async removeExtension(extension: string): Promise<boolean> {
      return (await sql`delete from phone_extensions where extension = ${extension}`).count > 0;
    },

    async extensions(): Promise<Array<{ extension: string; manager: string }>> {
      return (await sql`
        select extension, manager from phone_extensions order by extension limit 1000`) as unknown as Array<{
        extension: string;
        manager: string;
      }>;
    },

    async managerOf(extension: string): Promise<string | undefined> {
      const [row] = await sql`select manager from phone_extensions where extension = ${extension}`;
      return row?.manager as string | undefined;
    },

    async extensionOf(manager: string): Promise<string | undefined> {
      const [row] = await sql`
        select extension from phone_extensions where manager = ${manager} order by extension limit 1`;
      return row?.extension as string | undefined;
    },

    /** A call-back for a missed call; one per call, so a repeated webhook adds none. */
    async addCallBack(c: Omit<CallBackRow, 'status' | 'doneByCall' | 'createdAt' | 'closedAt'>): Promise<CallBackRow> {
      await sql`
        insert into call_backs (id, call_id, client_number, deal_id, assignee, due_at)
        values (${c.id}, ${c.callId}, ${c.clientNumber}, ${c.dealId}, ${c.assignee}, ${c.dueAt})
        on conflict (id) do nothing`;
      const [row] = await sql`select * from call_backs where id = ${c.id}`;
      return row as CallBackRow;
    },

    /** Completes the open call-backs of a number by an answered call; returns their ids. */
    async completeCallBacks(clientNumber: string, callId: string): Promise<string[]> {
      const rows = await sql`
        update call_backs set status = 'done', done_by_call = ${callId}, closed_at = now()
        where client_number = ${clientNumber} and status = 'open' and call_id <> ${callId}
        returning id`;
      return rows.map((r) => r.id as string);
    },

    async callBacks(f: {
      assignees?: string[] | undefined;
      status?: 'open' | 'done' | undefined;
      dealId?: string | undefined;
    }): Promise<CallBackRow[]> {
      return (await sql`
        select * from call_backs where true
          ${f.assignees ? sql`and assignee = any(${f.assignees})` : sql``}
          ${f.status ? sql`and status = ${f.status}` : sql``}
          ${f.dealId ? sql`and deal_id = ${f.dealId}` : sql``}
        order by due_at, id limit 200`) as unknown as CallBackRow[];
    },

    async rules(): Promise<{ rules: RuleDefinition[]; updatedBy: string; updatedAt: Date } | undefined> {
      const [row] = await sql`select rules, updated_by, updated_at from telephony_rules where id = 1`;
      return row as { rules: RuleDefinition[]; updatedBy: string; updatedAt: Date } | undefined;
    },

    async setRules(rules: RuleDefinition[], actor: string): Promise<void> {
      await sql`
        insert into telephony_rules (id, rules, updated_by) values (1, ${sql.json(rules as never)}, ${actor})
        on conflict (id) do update set rules = excluded.rules, updated_by = excluded.updated_by, updated_at = now()`;
    },
  };
}

export type TelephonyRepo = ReturnType<typeof createTelephonyRepo>;
