/**
 * E-mail messages to clients and their outbox: a message is queued as a row
 * (with a `message.queued` fact on the deal's timeline), claimed by the mail
 * drainer with a short lease, and every attempt is logged with the server's
 * answer. A message sent is `message.sent` on the timeline; one that failed
 * after the last retry becomes a `message.bounced` notification for the
 * deal's owner. Opt-outs, the per-company `no_mail` flag and the local
 * catch-all mailbox live here too.
 *
 * @module
 */
import type { Sql } from './db.js';

export type MessageStatus = 'pending' | 'sent' | 'failed' | 'suppressed';

export interface MessageRow {
  id: string;
  dealId: string;
  automated: boolean;
  source: string;
  templateId: string | null;
  contactId: string | null;
  mailFrom: string;
  toEmail: string;
  subject: string;
  body: string;
  trackOpens: boolean;
  status: MessageStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastResponse: string | null;
  lastError: string | null;
  queuedBy: string;
  queuedAt: Date;
  sentAt: Date | null;
  openedAt: Date | null;
  repliedAt: Date | null;
}

export interface MessageAttempt {
  attempt: number;
  at: Date;
  ok: boolean;
  response: string | null;
}

export interface NewMessage {
  id: string;
  dealId: string;
  automated: boolean;
  source: string;
  templateId?: string | null;
  contactId?: string | null;
  mailFrom: string;
  toEmail: string;
  subject: string;
  body: string;
  trackOpens: boolean;
  /** `suppressed` when the recipient opted out (an automated message is kept, not sent). */
  status: 'pending' | 'suppressed';
  queuedBy: string;
}

/** Who a deal's mail may go to: the client's e-mail and the company's contacts with one. */
export interface DealRecipients {
  dealId: string;
  owner: string;
  ownerDepartment: string | null;
  companyNoMail: boolean;
  recipients: Array<{ email: string; contactId: string | null; name: string | null; optedOut: boolean }>;
}

export interface CaughtMail {
  id: string;
  receivedAt: Date;
  mailFrom: string | null;
  rcptTo: string[];
  messageId: string | null;
  subject: string | null;
  textBody: string | null;
}

/** Appends a fact to the deal's timeline at its current sequence, once per id. */
async function fact(sql: Sql, id: string, dealId: string, type: string, actor: string, data: object): Promise<void> {
  await sql`insert into events (id, deal_id, seq, ord, type, actor, at, data)
            select ${id}, ${dealId}, d.seq, 0, ${type}, ${actor}, now(), ${sql.json(data as never)}
            from deals d where d.id = ${dealId}
            on conflict (id) do nothing`;
}

export function createMessageRepo(sql: Sql) {
  const row = (r: Record<string, unknown>) => r as unknown as MessageRow;
  return {
    /**
     * Queues messages (one per recipient) and their `message.queued` facts in
     * one transaction; an id already queued is left as it is. Returns the ids
     * that were new.
     */
    async queue(messages: NewMessage[]): Promise<string[]> {
      return sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        const fresh: string[] = [];
        for (const m of messages) {
          const inserted = await t`
            insert into messages (id, deal_id, automated, source, template_id, contact_id, mail_from, to_email,
                                  subject, body, track_opens, status, queued_by)
            values (${m.id}, ${m.dealId}, ${m.automated}, ${m.source}, ${m.templateId ?? null}, ${m.contactId ?? null},
                    ${m.mailFrom}, ${m.toEmail}, ${m.subject}, ${m.body}, ${m.trackOpens}, ${m.status}, ${m.queuedBy})
            on conflict (id) do nothing returning id`;
          if (inserted.length === 0) continue;
          fresh.push(m.id);
          await fact(t, `message.queued:${m.id}`, m.dealId, 'message.queued', m.queuedBy, {
            messageId: m.id,
            to: m.toEmail,
            subject: m.subject,
            source: m.source,
            ...(m.status === 'suppressed' ? { suppressed: 'the recipient opted out of automated mail' } : {}),
          });
        }
        return fresh;
      });
    },

    async get(id: string): Promise<MessageRow | undefined> {
      const [r] = await sql`select * from messages where id = ${id}`;
      return r ? row(r) : undefined;
    },

    async listForDeal(dealId: string): Promise<Array<MessageRow & { log: MessageAttempt[] }>> {
      const rows = await sql`
        select m.*, coalesce((select jsonb_agg(jsonb_build_object('attempt', a.attempt, 'at', a.at, 'ok', a.ok,
                                                                 'response', a.response) order by a.attempt)
                              from message_attempts a where a.message_id = m.id), '[]') as log
        from messages m where m.deal_id = ${dealId} order by m.queued_at, m.id`;
      return rows.map((r) => ({ ...row(r), log: r.log as MessageAttempt[] }));
    },

    /** The deal's owner (and department) and everyone its mail may go to. */
    async recipientsOf(dealId: string): Promise<DealRecipients | undefined> {
      const [d] = await sql`
        select d.id, d.owner, m.department, coalesce(c.no_mail, false) as no_mail, d.client ->> 'email' as client_email,
               d.client ->> 'name' as client_name, d.company_id
        from deals d left join managers m on m.id = d.owner left join companies c on c.id = d.company_id
        where d.id = ${dealId}`;
      if (!d) return undefined;
      const contacts = d.companyId
        ? await sql`select id, name, email, opted_out from contacts
                    where company_id = ${d.companyId} and email is not null and email <> '' order by created_at, id`
        : [];
      const emails = [d.clientEmail, ...contacts.map((c) => c.email)]
        .filter(Boolean)
        .map((e) => String(e).toLowerCase());
      const optOuts = new Set(
        emails.length
          ? (await sql`select email from mail_opt_outs where email = any(${emails})`).map((r) => r.email as string)
          : [],
      );
      const recipients: DealRecipients['recipients'] = [];
      const add = (email: string, contactId: string | null, name: string | null, optedOut: boolean) => {
        const key = email.toLowerCase();
        const known = recipients.find((r) => r.email.toLowerCase() === key);
        if (known) {
          known.optedOut ||= optedOut;
          known.contactId ??= contactId;
          return;
        }
        recipients.push({ email, contactId, name, optedOut: optedOut || optOuts.has(key) });
      };
      if (d.clientEmail) add(String(d.clientEmail), null, d.clientName ?? null, false);
      for (const c of contacts) add(String(c.email), c.id, c.name, Boolean(c.optedOut));
      return {
        dealId: d.id,
        owner: d.owner,
        ownerDepartment: d.department ?? null,
        companyNoMail: Boolean(d.noMail),
        recipients,
      };
    },

    async isOptedOut(email: string): Promise<boolean> {
      const key = email.toLowerCase();
      const rows = await sql`
        select 1 from mail_opt_outs where email = ${key}
        union all select 1 from contacts where lower(email) = ${key} and opted_out`;
      return rows.length > 0;
    },

    /** Whether the deal's company wants no automated mail. */
    async companyNoMail(dealId: string): Promise<boolean> {
      const [r] =
        await sql`select c.no_mail from deals d join companies c on c.id = d.company_id where d.id = ${dealId}`;
      return Boolean(r?.noMail);
    },

    /** The recipient of the message opts out: no automated mail to that address any more, nor to its contacts. */
    async optOut(messageId: string): Promise<MessageRow | undefined> {
      return sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        const [m] = await t`select * from messages where id = ${messageId}`;
        if (!m) return undefined;
        const email = String(m.toEmail).toLowerCase();
        await t`insert into mail_opt_outs (email, message_id) values (${email}, ${messageId}) on conflict (email) do nothing`;
        await t`update contacts set opted_out = true, updated_at = now() where lower(email) = ${email} and not opted_out`;
        await fact(t, `message.unsubscribed:${email}`, m.dealId, 'message.unsubscribed', 'mail:unsubscribe', {
          messageId,
          email,
        });
        return row(m);
      });
    },

    /** An automated message whose recipient opted out after it was queued: kept, never sent. */
    async suppress(m: Pick<MessageRow, 'id' | 'dealId' | 'toEmail'>): Promise<void> {
      await sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        await t`update messages set status = 'suppressed' where id = ${m.id} and status = 'pending'`;
        await fact(t, `message.suppressed:${m.id}`, m.dealId, 'message.suppressed', 'mail', {
          messageId: m.id,
          to: m.toEmail,
          reason: 'the recipient opted out of automated mail',
        });
      });
    },

    async markOpened(id: string): Promise<void> {
      await sql`update messages set opened_at = coalesce(opened_at, now()) where id = ${id}`;
    },

    async markReplied(id: string): Promise<void> {
      await sql`update messages set replied_at = coalesce(replied_at, now()) where id = ${id}`;
    },

    /** Claims due messages with a lease, so two drains never send the same message at once. */
    async claimDue(limit: number, leaseMs = 60_000): Promise<MessageRow[]> {
      const rows = await sql`
        with pick as (
          select id from messages where status = 'pending' and next_attempt_at <= now()
          order by next_attempt_at limit ${limit} for update skip locked
        )
        update messages m set next_attempt_at = now() + ${`${leaseMs} milliseconds`}::interval
        from pick where m.id = pick.id returning m.*`;
      return rows.map(row);
    },

    /**
     * Records one attempt: sent (with a `message.sent` fact), retried later,
     * or failed for good, which notifies the deal's owner (`message.bounced`).
     */
    async recordAttempt(
      m: Pick<MessageRow, 'id' | 'dealId' | 'toEmail' | 'subject' | 'source'>,
      a: { attempt: number; ok: boolean; response: string | null; final: boolean; retryInMs: number },
    ): Promise<void> {
      await sql.begin(async (tx) => {
        const t = tx as unknown as Sql;
        await t`insert into message_attempts (message_id, attempt, ok, response)
                values (${m.id}, ${a.attempt}, ${a.ok}, ${a.response}) on conflict do nothing`;
        const status: MessageStatus = a.ok ? 'sent' : a.final ? 'failed' : 'pending';
        await t`update messages set attempts = ${a.attempt}, status = ${status},
                  last_response = ${a.ok ? a.response : null}, last_error = ${a.ok ? null : a.response},
                  sent_at = ${a.ok ? new Date() : null},
                  next_attempt_at = now() + ${`${a.retryInMs} milliseconds`}::interval
                where id = ${m.id}`;
        if (a.ok) {
          await fact(t, `message.sent:${m.id}`, m.dealId, 'message.sent', 'mail', {
            messageId: m.id,
            to: m.toEmail,
            subject: m.subject,
            attempts: a.attempt,
            response: a.response,
          });
        } else if (a.final) {
          await fact(t, `message.failed:${m.id}`, m.dealId, 'message.failed', 'mail', {
            messageId: m.id,
            to: m.toEmail,
            subject: m.subject,
            attempts: a.attempt,
            error: a.response,
          });
          await t`
            insert into notifications (id, deal_id, recipient, kind, task_id, title, data, created_at)
            select ${`bounce:${m.id}`}, d.id, d.owner, 'message.bounced', null,
                   ${`The message "${m.subject}" to ${m.toEmail} bounced`},
                   ${t.json({ messageId: m.id, to: m.toEmail, subject: m.subject, source: m.source, error: a.response, attempts: a.attempt } as never)},
                   now()
            from deals d where d.id = ${m.dealId}
            on conflict (id) do nothing`;
        }
      });
    },

    /** Keeps what the local catch-all SMTP server received. */
    async catchMail(m: {
      mailFrom: string | null;
      rcptTo: string[];
      messageId: string | null;
      subject: string | null;
      textBody: string | null;
      raw: string;
    }): Promise<void> {
      await sql`insert into mail_catch_all (mail_from, rcpt_to, message_id, subject, text_body, raw)
                values (${m.mailFrom}, ${m.rcptTo}, ${m.messageId}, ${m.subject}, ${m.textBody}, ${m.raw})`;
    },

    async caughtMail(limit = 100): Promise<CaughtMail[]> {
      const rows = await sql`
        select id::text as id, received_at, mail_from, rcpt_to, message_id, subject, text_body
        from mail_catch_all order by id desc limit ${limit}`;
      return rows as unknown as CaughtMail[];
    },
  };
}

export type MessageRepo = ReturnType<typeof createMessageRepo>;
