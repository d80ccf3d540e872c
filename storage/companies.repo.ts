/**
 * Companies, their contacts and holdings. Matching a deal's client to a
 * company runs in one transaction under advisory locks on the INN and the
 * normalised name, and the insert falls back on the INN's unique index
 * ("on conflict"), so two intakes of the same company, however close, make
 * one company.
 *
 * @module
 */
import type { CompanyStatus } from '../domain/company.js';
import { normalisePhone } from '../domain/phone.js';
import type { ManagerFacts } from '../rules/assignment.js';
import type { Sql } from './db.js';
import { likeEscape } from './deal-search.repo.js';
import { managerFacts } from './managers.repo.js';

export interface CompanyRow {
  id: string;
  name: string;
  normalizedName: string;
  inn: string | null;
  region: string | null;
  industry: string | null;
  holdingId: string | null;
  status: CompanyStatus;
  manager: string | null;
  competitor: boolean;
  becameClientAt: Date | null;
  /** The company's own number as written and in E.164 (migration 00017). */
  phone?: string | null;
  phoneE164?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContactRow {
  id: string;
  companyId: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  /** The phone in E.164, derived when the phone is written (migration 00017). */
  phoneE164?: string | null;
  isClient: boolean;
  optedOut: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface HoldingRow {
  id: string;
  name: string;
  createdAt: Date;
}

/** What a company is written with; `normalizedName` comes from `normaliseCompanyName`. */
export interface CompanyInput {
  name: string;
  normalizedName: string;
  inn?: string | null;
  region?: string | null;
  industry?: string | null;
  holdingId?: string | null;
  status?: CompanyStatus;
  manager?: string | null;
  competitor?: boolean;
  /** The company's own number as written; its E.164 is derived (`phone_e164`). */
  phone?: string | null;
}

export type ContactInput = Partial<Pick<ContactRow, 'role' | 'email' | 'phone' | 'isClient' | 'optedOut'>> & {
  name: string;
};

/** How a client was matched: by its INN, by its normalised name, or not at all (a new lead). */
export type MatchedBy = 'inn' | 'name' | 'created';

const COLUMNS = {
  name: 'name',
  normalizedName: 'normalized_name',
  inn: 'inn',
  region: 'region',
  industry: 'industry',
  holdingId: 'holding_id',
  status: 'status',
  manager: 'manager',
  competitor: 'competitor',
  phone: 'phone',
} as const;

const CONTACT_COLUMNS = {
  name: 'name',
  role: 'role',
  email: 'email',
  phone: 'phone',
  isClient: 'is_client',
  optedOut: 'opted_out',
} as const;

/** A company's columns, with the E.164 of its phone when the phone is written. */
const companyColumns = (c: Partial<CompanyInput>) => {
  const set = assignments(COLUMNS, c);
  return c.phone === undefined ? set : { ...set, phone_e164: normalisePhone(c.phone)?.e164 ?? null };
};

/** A contact's columns, with the E.164 of its phone beside the phone as written (what calls are matched by). */
const contactColumns = (c: Partial<ContactInput>) => {
  const set = assignments(CONTACT_COLUMNS, c);
  return c.phone === undefined ? set : { ...set, phone_e164: normalisePhone(c.phone)?.e164 ?? null };
};

/** The columns of `patch` that are set (undefined leaves a column alone). */
function assignments<K extends string>(columns: Record<K, string>, patch: { readonly [P in NoInfer<K>]?: unknown }) {
  return Object.fromEntries(
    Object.entries(columns)
      .filter(([k]) => patch[k as K] !== undefined)
      .map(([k, column]) => [column as string, patch[k as K]]),
  );
}

/** Companies whose manager is one of `owners`, or with a deal one of them owns. */
const seenBy = (sql: Sql, owners: string[] | undefined) =>
  owners
    ? sql`and (c.manager = any(${owners}) or exists (
            select 1 from deals d where d.company_id = c.id and d.owner = any(${owners})))`
    : sql``;

/** A company whose own number or a contact's is `e164`. */
const phoneMatch = (sql: Sql, e164: string | undefined) =>
  e164
    ? sql`or c.phone_e164 = ${e164} or exists (select 1 from contacts k where k.company_id = c.id and k.phone_e164 = ${e164})`
    : sql``;

/** Companies with a contact of this e-mail or phone digits (the expression of the index in 00020_workspace_day). */
const contactMatch = (sql: Sql, s: { email?: string; digits?: string | undefined }) =>
  s.email || s.digits
    ? sql`or c.id in (select k.company_id from contacts k where lower(k.email) = ${s.email ?? ''}
            ${s.digits ? sql`or regexp_replace(coalesce(k.phone, ''), '[^0-9]', '', 'g') like ${'%' + s.digits + '%'}` : sql``})`
    : sql``;

export function createCompanyRepo(sql: Sql) {
  return {
    /**
     * The company a deal's client is: the one with its INN, else the oldest
     * with its normalised name (when the client brings an INN, only one that
     * has none, which then takes it), else a new lead. A contact the client
     * names (by e-mail, phone or name) is added unless the company has it.
     */
    async matchOrCreate(
      client: { id: string; input: CompanyInput },
      contact?: ContactInput & { id: string },
    ): Promise<{ company: CompanyRow; matchedBy: MatchedBy }> {
      const c = client.input;
      const inn = c.inn ?? null;
      return sql.begin(async (t) => {
        const tx = t as unknown as Sql;
        // INN first, name second, in every transaction: no two wait on each other the other way round.
        if (inn) await tx`select pg_advisory_xact_lock(hashtextextended(${`company:inn:${inn}`}, 0))`;
        await tx`select pg_advisory_xact_lock(hashtextextended(${`company:name:${c.normalizedName}`}, 0))`;
        let matchedBy: MatchedBy = 'inn';
        let [row] = inn ? await tx`select * from companies where inn = ${inn}` : [];
        if (!row) {
          matchedBy = 'name';
          [row] = await tx`
            select * from companies where normalized_name = ${c.normalizedName} ${inn ? tx`and inn is null` : tx``}
            order by created_at, id limit 1`;
        }
        if (row) {
          [row] = await tx`
            update companies set inn = coalesce(inn, ${inn}), region = coalesce(region, ${c.region ?? null}),
                   industry = coalesce(industry, ${c.industry ?? null}), updated_at = now()
            where id = ${row.id as string} returning *`;
        } else {
          matchedBy = 'created';
          [row] = await tx`
            insert into companies ${tx({ id: client.id, ...assignments(COLUMNS, { ...c, status: c.status ?? 'lead' }) })}
            on conflict (inn) where inn is not null do nothing returning *`;
          // Written by a path that took no lock (a company created or edited by hand meanwhile).
          if (!row) [row] = await tx`select * from companies where inn = ${inn}`;
        }
        const company = row as unknown as CompanyRow;
        if (contact) {
          // The company's row is locked by the update above (or new in this transaction):
          // two intakes cannot both find the contact missing.
          const email = contact.email ?? null;
          const phone = contact.phone ?? null;
          // One number however it is written: «8 (495) …» and «+7 495 …» are the same contact.
          const e164 = normalisePhone(phone)?.e164 ?? null;
          const [known] = await tx`
            select 1 from contacts where company_id = ${company.id} and (
              lower(email) = lower(${email}::text) or phone = ${phone}::text or phone_e164 = ${e164}::text
              or (${email}::text is null and ${phone}::text is null and name = ${contact.name}))`;
          if (!known) {
            await tx`insert into contacts ${tx({ ...contactColumns(contact), id: contact.id, company_id: company.id })}`;
          }
        }
        return { company, matchedBy };
      });
    },

    /** A new company; undefined when its INN is taken (the unique index decides). */
    async create(id: string, c: CompanyInput): Promise<CompanyRow | undefined> {
      const [row] = await sql`
        insert into companies ${sql({ id, ...companyColumns(c) })}
        on conflict (inn) where inn is not null do nothing returning *`;
      return row as CompanyRow | undefined;
    },

    async byInn(inn: string): Promise<CompanyRow | undefined> {
      const [row] = await sql`select * from companies where inn = ${inn}`;
      return row as CompanyRow | undefined;
    },

    async update(id: string, patch: Partial<CompanyInput>): Promise<CompanyRow | undefined> {
      const set = companyColumns(patch);
      const [row] = await sql`
        update companies set ${sql({ ...set, updated_at: new Date() })} where id = ${id} returning *`;
      return row as CompanyRow | undefined;
    },

    async get(id: string): Promise<CompanyRow | undefined> {
      const [row] = await sql`select * from companies where id = ${id}`;
      return row as CompanyRow | undefined;
    },

    /** The company if one of `owners` may see it (all when `owners` is undefined). */
    async visible(id: string, owners: string[] | undefined): Promise<CompanyRow | undefined> {
      const [row] = await sql`select c.* from companies c where c.id = ${id} ${seenBy(sql, owners)}`;
      return row as CompanyRow | undefined;
    },

    async list(filter: {
      owners?: string[] | undefined;
      status?: CompanyStatus | undefined;
      holdingId?: string | undefined;
      manager?: string | undefined;
      /** Part of the normalised name, the INN, a phone number of the company or a contact (E.164), a contact's e-mail, or part of a contact's phone digits. */
      search?:
        | { normalized: string; inn: string; phone?: string | undefined; email?: string; digits?: string | undefined }
        | undefined;
      limit?: number | undefined;
    }): Promise<CompanyRow[]> {
      const s = filter.search;
      return (await sql`
        select c.* from companies c where true ${seenBy(sql, filter.owners)}
          ${filter.status ? sql`and c.status = ${filter.status}` : sql``}
          ${filter.holdingId ? sql`and c.holding_id = ${filter.holdingId}` : sql``}
          ${filter.manager ? sql`and c.manager = ${filter.manager}` : sql``}
          ${s ? sql`and (c.normalized_name like ${'%' + likeEscape(s.normalized) + '%'} or c.inn = ${s.inn} ${phoneMatch(sql, s.phone)} ${contactMatch(sql, s)})` : sql``}
        order by c.name, c.id limit ${filter.limit ?? 100}`) as unknown as CompanyRow[];
    },

    /** The other companies of a holding, oldest first. */
    async inHolding(holdingId: string, except?: string): Promise<CompanyRow[]> {
      return (await sql`
        select * from companies where holding_id = ${holdingId} ${except ? sql`and id <> ${except}` : sql``}
        order by created_at, id`) as unknown as CompanyRow[];
    },

    async contacts(companyId: string): Promise<ContactRow[]> {
      return (await sql`
        select * from contacts where company_id = ${companyId} order by created_at, id`) as unknown as ContactRow[];
    },

    async addContact(id: string, companyId: string, c: ContactInput): Promise<ContactRow> {
      const [row] = await sql`
        insert into contacts ${sql({ ...contactColumns(c), id, company_id: companyId })} returning *`;
      return row as ContactRow;
    },

    async updateContact(companyId: string, id: string, patch: Partial<ContactInput>): Promise<ContactRow | undefined> {
      const [row] = await sql`
        update contacts set ${sql({ ...contactColumns(patch), updated_at: new Date() })}
        where id = ${id} and company_id = ${companyId} returning *`;
      return row as ContactRow | undefined;
    },

    async createHolding(id: string, name: string): Promise<HoldingRow> {
      const [row] = await sql`insert into holdings (id, name) values (${id}, ${name}) returning *`;
      return row as HoldingRow;
    },

    async holding(id: string): Promise<HoldingRow | undefined> {
      const [row] = await sql`select * from holdings where id = ${id}`;
      return row as HoldingRow | undefined;
    },

    async holdings(): Promise<HoldingRow[]> {
      return (await sql`select * from holdings order by name, id limit 1000`) as unknown as HoldingRow[];
    },

    /** The companies a person manages (whose client base goes with them unless handed over). */
    async managedBy(manager: string): Promise<CompanyRow[]> {
      return (await sql`
        select * from companies where manager = ${manager} order by created_at, id`) as unknown as CompanyRow[];
    },

    /** Every person with their open tasks and deals: who may take a company over. */
    candidates(): Promise<ManagerFacts[]> {
      return managerFacts(sql);
    },

    /** The regulation of the company's newest deal, whose default owner takes it when no manager can. */
    async newestRegulation(companyId: string): Promise<string | undefined> {
      const [row] = await sql`
        select regulation_id from deals where company_id = ${companyId} order by created_at desc, id limit 1`;
      return row?.regulationId as string | undefined;
    },

    /**
     * Hands a company from one manager to another, with its audit entry, in
     * one transaction; false (nothing written) when it is no longer `from`'s,
     * so a repeated hand-over does nothing.
     */
    async handOver(
      companyId: string,
      from: string,
      to: string | null,
      audit: { actor: string; data: Record<string, unknown> },
    ): Promise<boolean> {
      return sql.begin(async (t) => {
        const tx = t as unknown as Sql;
        const moved = await tx`
          update companies set manager = ${to}, updated_at = now() where id = ${companyId} and manager = ${from}`;
        if (moved.count === 0) return false;
        await tx`insert into audit_log (actor, action, subject, data)
                 values (${audit.actor}, 'company.handed_over', ${`company:${companyId}`},
                         ${tx.json({ from, to, ...audit.data } as never)})`;
        return true;
      });
    },
  };
}

export type CompanyRepo = ReturnType<typeof createCompanyRepo>;
