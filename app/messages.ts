/**
 * E-mail to a deal's client: a message from the deal (a regulation template
 * rendered with the deal's data, editable before sending, or free text), an
 * automation's message (the b2b_wholesale thank-you), and what comes back
 * (opens through a tracking pixel, replies through a mail provider's webhook,
 * unsubscribes). Messages are queued in PostgreSQL (`messages`) and sent by
 * the mail drainer (`activities/mail.activities.ts`) at least once; a stable
 * id per message is its Message-ID, its reply-to address and its links.
 *
 * Configuration is the environment: `SMTP_URL`, `REGLAMENT_MAIL_FROM`,
 * `REGLAMENT_MAIL_FROM_<DEPARTMENT>`, `REGLAMENT_MAIL_REPLY_DOMAIN`,
 * `REGLAMENT_PUBLIC_URL`, `REGLAMENT_MAIL_ATTEMPTS`, `REGLAMENT_MAIL_BACKOFF_MS`.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '../regulation/errors.js';
import { renderTemplate } from '../rules/templates.js';
import type { MessageRepo, MessageRow, NewMessage } from '../storage/messages.repo.js';
import { visibleDeal, type Principal } from './access.js';
import { classifyReply } from './client-complaints.js';
import type { AppContext } from './context.js';
import { receiveEvent } from './intake.js';

export interface MailSettings {
  /** Where mail goes (`smtp://user:pass@host:587`, `smtps://…`); unset: nothing is sent, messages wait. */
  smtpUrl?: string;
  /** The default sender, e.g. `Sales <sales@example.com>`. */
  from: string;
  /** Senders by department (upper case, non-alphanumerics as `_`): `REGLAMENT_MAIL_FROM_WHOLESALE`. */
  fromByDepartment: Record<string, string>;
  /** Replies go to `reply+<messageId>@<replyDomain>`. */
  replyDomain: string;
  /** The API's address as clients reach it: the open pixel and the unsubscribe link. */
  publicUrl: string;
  /** Attempts before a message counts as bounced. */
  maxAttempts: number;
  /** The first retry's delay; each next one doubles, up to 30 minutes. */
  backoffMs: number;
}

const domainOf = (address: string) => address.match(/@([^>\s]+)>?\s*$/)?.[1] ?? 'reglament.local';

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const from = env.REGLAMENT_MAIL_FROM ?? 'Reglament <noreply@reglament.local>';
  const fromByDepartment: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const m = k.match(/^REGLAMENT_MAIL_FROM_(.+)$/);
    if (m && v) fromByDepartment[m[1]!] = v;
  }
  return {
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    from,
    fromByDepartment,
    replyDomain: env.REGLAMENT_MAIL_REPLY_DOMAIN ?? domainOf(from),
    publicUrl: (env.REGLAMENT_PUBLIC_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    maxAttempts: Math.max(1, Number(env.REGLAMENT_MAIL_ATTEMPTS ?? 10) || 10),
    backoffMs: Math.max(1, Number(env.REGLAMENT_MAIL_BACKOFF_MS ?? 500) || 500),
  };
}

/** The sender of a department's mail: its own when configured, the default otherwise. */
export function senderFor(settings: MailSettings, department: string | null | undefined): string {
  const key = department ? department.toUpperCase().replace(/[^A-Z0-9]+/g, '_') : undefined;
  return (key && settings.fromByDepartment[key]) || settings.from;
}

/** The delay before the attempt after `attempts` failed ones. */
export function mailBackoffMs(settings: Pick<MailSettings, 'backoffMs'>, attempts: number): number {
  return Math.min(30 * 60_000, settings.backoffMs * 2 ** Math.max(0, attempts - 1));
}

/** A stable message id from what makes the message (an automation's visit, an idempotency key). */
export function messageIdFor(key: string, recipient: string): string {
  return `m${createHash('sha256').update(`${key}\n${recipient.toLowerCase()}`).digest('hex').slice(0, 24)}`;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
/** `Name <a@b.c>` or `a@b.c` → `a@b.c`. */
export const addressOf = (s: string) => (s.match(/<([^>]+)>/)?.[1] ?? s).trim();

/** A message to send from a deal. */
export interface DealMessageRequest {
  /** A template of the deal's regulation, rendered with the deal's data. */
  templateId?: string;
  /** Overrides the template's subject, or the subject of a free-text message. */
  subject?: string;
  /** Overrides the template's body, or the text of a free-text message. */
  body?: string;
  /** Addresses; by default the client's e-mail and the company's contacts who did not opt out. */
  to?: string[];
  /** Adds an open-tracking pixel. */
  trackOpens?: boolean;
}

/** What a template sees: the client, the fields, the deal and its manager. */
export async function templateData(
  ctx: AppContext,
  deal: { id: string; stage: string; owner: string } & Record<string, any>,
) {
  const manager = await ctx.managers.get(deal.owner);
  return {
    client: deal.client,
    fields: deal.fields,
    deal: { id: deal.id, stage: deal.stage, owner: deal.owner },
    manager: { id: deal.owner, name: manager?.name ?? deal.owner },
    owner: deal.owner,
  };
}

/** Queues a message from the deal to its contacts (or the given addresses); one message per recipient. */
export async function sendDealMessage(
  ctx: AppContext,
  me: Principal,
  dealId: string,
  req: DealMessageRequest,
  options: { idempotencyKey?: string | undefined; settings?: MailSettings } = {},
): Promise<MessageRow[]> {
  const deal = await visibleDeal(ctx, me, dealId);
  let subject = req.subject;
  let body = req.body;
  if (req.templateId) {
    const pinned = await ctx.regulations.get(deal.regulationId, deal.regulationVersion);
    const template = pinned?.regulation.templates.find((t) => t.id === req.templateId);
    if (!template)
      throw new DomainError('NOT_FOUND', `regulation "${deal.regulationId}" has no template "${req.templateId}"`);
    const rendered = renderTemplate(template, await templateData(ctx, deal));
    subject ??= rendered.subject ?? template.title;
    body ??= rendered.body;
  }
  if (!subject || !body)
    throw new DomainError('VALIDATION_FAILED', 'a message needs a templateId, or a subject and a body');
  const who = await ctx.messages.recipientsOf(deal.id);
  let recipients: Array<{ email: string; contactId: string | null }>;
  if (req.to && req.to.length > 0) {
    const bad = req.to.filter((a) => !EMAIL.test(addressOf(a)));
    if (bad.length) throw new DomainError('VALIDATION_FAILED', `not an e-mail address: ${bad.join(', ')}`);
    recipients = req.to.map((a) => {
      const email = addressOf(a);
      return {
        email,
        contactId: who?.recipients.find((r) => r.email.toLowerCase() === email.toLowerCase())?.contactId ?? null,
      };
    });
  } else {
    recipients = (who?.recipients ?? []).filter((r) => !r.optedOut && EMAIL.test(r.email));
    if (recipients.length === 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        'the deal has no contact with an e-mail address who accepts mail: give "to"',
      );
  }
  const settings = options.settings ?? mailSettings();
  const key = options.idempotencyKey ? `deal:${deal.id}:${options.idempotencyKey}` : randomUUID();
  const messages: NewMessage[] = recipients.map((r) => ({
    id: messageIdFor(key, r.email),
    dealId: deal.id,
    automated: false,
    source: req.templateId ? `template:${req.templateId}` : 'text',
    templateId: req.templateId ?? null,
    contactId: r.contactId,
    mailFrom: senderFor(settings, who?.ownerDepartment),
    toEmail: r.email,
    subject: subject!,
    body: body!,
    trackOpens: req.trackOpens ?? false,
    status: 'pending',
    queuedBy: me.id,
  }));
  await ctx.messages.queue(messages);
  return Promise.all(messages.map(async (m) => (await ctx.messages.get(m.id))!));
}

/** What an automation (a plugin activity) may return to have an e-mail sent. */
export interface AutomationEmail {
  /** An address; by default the client's e-mail and the company's contacts. */
  to?: string;
  subject: string;
  body: string;
}

/** Reads `{ email: { to?, subject, body } }` (or the older `{ channel: 'email', to, subject, body }`) from a result. */
export function automationEmail(result: Record<string, unknown>): AutomationEmail | undefined {
  const e = (result.email ?? (result.channel === 'email' ? result : undefined)) as Record<string, unknown> | undefined;
  if (!e || typeof e.subject !== 'string' || typeof e.body !== 'string') return undefined;
  return { ...(typeof e.to === 'string' ? { to: e.to } : {}), subject: e.subject, body: e.body };
}

/**
 * Queues an automation's e-mail once (the ids derive from `key`): to the
 * address given when it is one, else to the deal's contacts. A recipient who
 * opted out, or a company that wants no mail, gets nothing: the message is
 * kept as `suppressed` on the timeline.
 */
export async function queueAutomationEmail(
  repo: MessageRepo,
  input: { dealId: string; key: string; source: string; actor: string; email: AutomationEmail },
  settings: MailSettings = mailSettings(),
): Promise<string[]> {
  const who = await repo.recipientsOf(input.dealId);
  if (!who) return [];
  const given = input.email.to && EMAIL.test(addressOf(input.email.to)) ? addressOf(input.email.to) : undefined;
  const recipients = given
    ? [
        who.recipients.find((r) => r.email.toLowerCase() === given.toLowerCase()) ?? {
          email: given,
          contactId: null,
          optedOut: false,
        },
      ]
    : who.recipients.filter((r) => EMAIL.test(r.email));
  const messages: NewMessage[] = [];
  for (const r of recipients) {
    const optedOut = r.optedOut || who.companyNoMail || (await repo.isOptedOut(r.email));
    messages.push({
      id: messageIdFor(input.key, r.email),
      dealId: input.dealId,
      automated: true,
      source: input.source,
      contactId: r.contactId,
      mailFrom: senderFor(settings, who.ownerDepartment),
      toEmail: r.email,
      subject: input.email.subject,
      body: input.email.body,
      trackOpens: true,
      status: optedOut ? 'suppressed' : 'pending',
      queuedBy: input.actor,
    });
  }
  return repo.queue(messages);
}

export async function dealMessages(ctx: AppContext, me: Principal, dealId: string) {
  const deal = await visibleDeal(ctx, me, dealId);
  return ctx.messages.listForDeal(deal.id);
}

/** An inbound e-mail as a mail provider's webhook posts it (the fields providers have in common). */
export interface InboundEmail {
  from?: string;
  to?: string | string[];
  subject?: string;
  text?: string;
  /** The reply's own Message-ID: a repeated delivery of it counts once. */
  messageId?: string;
  inReplyTo?: string;
  references?: string | string[];
}

/** The message a reply answers: `reply+<id>@…` among the recipients, else the `In-Reply-To`/`References` ids. */
export function repliedMessageId(e: InboundEmail): string | undefined {
  const to = Array.isArray(e.to) ? e.to : e.to ? [e.to] : [];
  for (const a of to) {
    const m = a.match(/reply\+([A-Za-z0-9_-]+)@/);
    if (m) return m[1];
  }
  const refs = [e.inReplyTo ?? '', ...(Array.isArray(e.references) ? e.references : [e.references ?? ''])].join(' ');
  for (const m of refs.matchAll(/<?([A-Za-z0-9_-]+)@[^>\s]+>?/g)) return m[1];
  return undefined;
}

/** A reply comes in: an `email.replied` event for the deal through the intake (which may move the deal). */
export async function receiveInboundEmail(ctx: AppContext, e: InboundEmail, actor: string) {
  const id = repliedMessageId(e);
  const message = id ? await ctx.messages.get(id) : undefined;
  if (!message)
    throw new DomainError('NOT_FOUND', 'the e-mail answers no message of ours (no reply+<id>@ address or In-Reply-To)');
  await ctx.messages.markReplied(message.id);
  const key = `email.replied:${e.messageId ?? createHash('sha256').update(JSON.stringify(e)).digest('hex')}`;
  const received = await receiveEvent(
    ctx,
    {
      type: 'email.replied',
      data: {
        dealId: message.dealId,
        messageId: message.id,
        ...(e.from ? { from: e.from } : {}),
        ...(e.subject ? { subject: e.subject.slice(0, 1000) } : {}),
        ...(e.text ? { text: e.text.slice(0, 20_000) } : {}),
      },
    },
    { key, actor },
  );
  // The regulation's complaints.match may make the reply a client's complaint (app/client-complaints.ts).
  const complaintId = await classifyReply(
    ctx,
    { dealId: message.dealId, key, subject: e.subject, text: e.text },
    actor,
  );
  return complaintId ? { ...received, complaintId } : received;
}

/** The tracking pixel was loaded: `email.opened` for the deal, once per message. */
export async function recordOpen(ctx: AppContext, messageId: string): Promise<boolean> {
  const message = await ctx.messages.get(messageId);
  if (!message) return false;
  await ctx.messages.markOpened(message.id);
  await receiveEvent(
    ctx,
    { type: 'email.opened', data: { dealId: message.dealId, messageId: message.id } },
    { key: `email.opened:${message.id}`, actor: 'mail:open' },
  );
  return true;
}

/** The unsubscribe link: the address gets no automated mail any more. */
export async function unsubscribe(ctx: AppContext, messageId: string): Promise<string | undefined> {
  return (await ctx.messages.optOut(messageId))?.toEmail;
}

export function caughtMail(ctx: AppContext, limit?: number) {
  return ctx.messages.caughtMail(limit);
}
