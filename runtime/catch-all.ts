/**
 * The local catch-all mailbox for `reglament start` without `SMTP_URL`: an
 * in-process SMTP server on a free local port that accepts every message and
 * keeps it in PostgreSQL (`mail_catch_all`), readable through
 * `GET /mail/catch-all`, so a newcomer sees what would have been sent.
 *
 * @module
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Sql } from '../storage/db.js';
import { createMessageRepo } from '../storage/messages.repo.js';

export async function startCatchAll(
  sql: Sql,
  options: { port?: number; onError?: (error: unknown) => void } = {},
): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const repo = createMessageRepo(sql);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          await repo.catchMail({
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            messageId: parsed.messageId ?? null,
            subject: parsed.subject ?? null,
            textBody: parsed.text ?? null,
            raw: raw.toString('utf8'),
          });
          callback();
        } catch (error) {
          options.onError?.(error);
          callback(Object.assign(new Error('could not keep the message'), { responseCode: 451 }));
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', (error) => options.onError?.(error));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
