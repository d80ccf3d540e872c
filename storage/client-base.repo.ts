/**
 * The client base as a manager searches it: companies and contacts by name,
 * INN, e-mail or phone digits (trigram indexes, `00020_workspace_day`), and
 * what a company's or a contact's card lists besides its record: the e-mail
 * and the logged calls of its deals.
 *
 * Who sees what is the caller's `owners` (as `companies.repo.ts` has it): the
 * companies one manages or has a deal with; a card's messages and calls are
 * those of the deals one may see.
 *
 * @module
 */
import type { ContactRow } from './companies.repo.js';
import type { Sql } from './db.js';
import { likeEscape } from './deal-search.repo.js';

/** The phone digits of a contact, as the index has them (the same expression, or the index is not used). */
const PHONE_DIGITS = "regexp_replace(coalesce(k.phone, ''), '[^0-9]', '', 'g')";

/** Companies whose manager is one of `owners`, or with a deal one of them owns. */
const seenBy = (sql: Sql, owners: string[] | undefined, alias: string) =>
  owners
    ? sql`and (${sql.unsafe(alias)}.manager = any(${owners}) or exists (
            select 1 from deals d where d.company_id = ${sql.unsafe(alias)}.id and d.owner = any(${owners})))`
    : sql``;

export interface ClientSearch {
  owners: string[] | undefined;
  /** Part of the normalised name. */
  name: string;
  /** The text as typed (an INN, an e-mail). */
  exact: string;
  /** Its digits, when it looks like a phone (5+ digits). */
  digits: string | undefined;
  limit: number;
}

export interface ActivityRow {
  kind: 'message' | 'call';
  id: string;
  dealId: string;
  at: Date;
  /** A message's subject, or a call's direction and outcome. */
  title: string;
  /** A message's status (sent, failed…) or a call's outcome. */
  status: string | null;
  contactId: string | null;
  data: Record<string, unknown>;
}

export function createClientBaseRepo(sql: Sql) {
  const phoneDigits = sql.unsafe(PHONE_DIGITS);
  return {
    async searchContacts(s: ClientSearch): Promise<Array<ContactRow & { companyName: string }>> {
      return (await sql`
        select k.*, c.name as company_name from contacts k join companies c on c.id = k.company_id
        where true ${seenBy(sql, s.owners, 'c')}
          and (lower(k.name) like ${'%' + likeEscape(s.exact.toLowerCase()) + '%'} or lower(k.email) = ${s.exact.toLowerCase()}
               ${s.digits ? sql`or ${phoneDigits} like ${'%' + s.digits + '%'}` : sql``})
        order by k.name, k.id limit ${s.limit}`) as unknown as Array<ContactRow & { companyName: string }>;
    },

    /** The contact if one of `owners` may see its company. */
    async contact(id: string, owners: string[] | undefined): Promise<ContactRow | undefined> {
      const [row] = await sql`
        select k.* from contacts k join companies c on c.id = k.company_id where k.id = ${id} ${seenBy(sql, owners, 'c')}`;
      return row as ContactRow | undefined;
    },

    /**
     * E-mail and logged calls of a company's deals that `owners` may see,
     * newest first; with `contact`, only what went to (or came from) it.
     */
    async activity(
      companyId: string,
      owners: string[] | undefined,
      limit: number,
      contact?: { id: string; email: string | null },
    ): Promise<ActivityRow[]> {
      const deals = sql`select d.id from deals d where d.company_id = ${companyId}
                          ${owners ? sql`and d.owner = any(${owners})` : sql``}`;
      const rows = await sql`
        (select 'message' as kind, m.id, m.deal_id, coalesce(m.sent_at, m.queued_at) as at, m.subject as title,
                m.status, m.contact_id,
                jsonb_build_object('to', m.to_email, 'from', m.mail_from, 'openedAt', m.opened_at,
                                   'repliedAt', m.replied_at, 'automated', m.automated) as data
         from messages m where m.deal_id in (${deals})
           ${contact ? sql`and (m.contact_id = ${contact.id} or lower(m.to_email) = lower(${contact.email}::text))` : sql``})
        union all
        (select 'call', e.id, e.deal_id, e.at,
                'call ' || coalesce(e.data->>'direction', ''), e.data->>'outcome', e.data->>'contactId', e.data
         from events e where e.type = 'external.call.logged' and e.deal_id in (${deals})
           ${contact ? sql`and e.data->>'contactId' = ${contact.id}` : sql``})
        order by at desc, id desc limit ${limit}`;
      return rows as unknown as ActivityRow[];
    },
  };
}

export type ClientBaseRepo = ReturnType<typeof createClientBaseRepo>;
