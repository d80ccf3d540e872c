/**
 * The mail drain: queued messages are handed to the SMTP server (nodemailer),
 * at least once, each with a stable Message-ID (`<messageId@replyDomain>`) so
 * a receiver de-duplicates a repeated delivery; a refused or failed attempt is
 * retried with exponential backoff, every attempt logged with the server's
 * answer; after the last one the message is `failed` and the deal's owner is
 * notified (`message.bounced`). Automated mail carries an unsubscribe link
 * and, when asked, an open-tracking pixel.
 *
 * @module
 */
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { mailBackoffMs, mailSettings, type MailSettings } from '../app/messages.js';
import type { MessageRepo, MessageRow } from '../storage/messages.repo.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The e-mail as it goes out: text, and HTML when opens are tracked. */
export function composeMail(m: MessageRow, settings: MailSettings): SendMailOptions {
  const unsubscribeUrl = `${settings.publicUrl}/m/${m.id}/unsubscribe`;
  const text = m.automated ? `${m.body}\n\n--\nTo receive no more such e-mails: ${unsubscribeUrl}\n` : m.body;
  const html = m.trackOpens
    ? `<div style="white-space: pre-wrap">${escapeHtml(m.body)}</div>` +
      (m.automated ? `<p style="font-size: small"><a href="${unsubscribeUrl}">Unsubscribe</a></p>` : '') +
      `<img src="${settings.publicUrl}/m/${m.id}/open.gif" width="1" height="1" alt="">`
    : undefined;
  return {
    from: m.mailFrom,
    to: m.toEmail,
    replyTo: `reply+${m.id}@${settings.replyDomain}`,
    subject: m.subject,
    messageId: `<${m.id}@${settings.replyDomain}>`,
    text,
    ...(html ? { html } : {}),
    headers: {
      'X-Reglament-Message': m.id,
      'X-Reglament-Deal': m.dealId,
      ...(m.automated ? { 'List-Unsubscribe': `<${unsubscribeUrl}>` } : {}),
    },
  };
}

export function createMailActivities(deps: { messages: MessageRepo; settings?: MailSettings }) {
  let transport: { url: string; transporter: Transporter } | undefined;
  const transporterFor = (url: string) => {
    if (transport?.url !== url) {
      transport?.transporter.close();
      transport = {
        url,
        transporter: nodemailer.createTransport(url, {
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        } as never),
      };
    }
    return transport.transporter;
  };
  return {
    /** Sends what is due; returns how many were attempted and sent. Without an SMTP server, messages wait. */
    async deliverMessages(input: { limit: number }): Promise<{ attempted: number; sent: number }> {
      // Read each time: `reglament start` points SMTP_URL at its catch-all after the worker is built.
      const settings = deps.settings ?? mailSettings();
      if (!settings.smtpUrl) return { attempted: 0, sent: 0 };
      const due = await deps.messages.claimDue(input.limit);
      let sent = 0;
      for (const m of due) {
        if (m.automated && (await deps.messages.isOptedOut(m.toEmail))) {
          await deps.messages.suppress(m);
          continue;
        }
        const attempt = m.attempts + 1;
        let ok = false;
        let response: string | null = null;
        try {
          const info = await transporterFor(settings.smtpUrl).sendMail(composeMail(m, settings));
          const rejected = (info.rejected ?? []) as unknown[];
          ok = rejected.length === 0;
          response = ok ? String(info.response ?? 'accepted') : `rejected: ${rejected.join(', ')}`;
        } catch (e) {
          const err = e as Error & { response?: string; responseCode?: number };
          response = err.response ?? err.message ?? String(e);
        }
        if (ok) sent++;
        await deps.messages.recordAttempt(m, {
          attempt,
          ok,
          response,
          final: attempt >= settings.maxAttempts,
          retryInMs: mailBackoffMs(settings, attempt),
        });
      }
      return { attempted: due.length, sent };
    },
  };
}
