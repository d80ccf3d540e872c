/**
 * E-mail to clients through a real SMTP server (smtp-server in the test):
 * the b2b_wholesale thank-you after "invoice paid" is delivered exactly once
 * even when the server refuses the first two attempts; a template sent from
 * the deal arrives with the deal's data; a reply posted to the inbound
 * endpoint completes the deal's "wait for the answer" task (`completedBy:
 * EMAIL_REPLIED`) and moves it on; a message every attempt of which is refused
 * fails and tells the owner it bounced; the unsubscribe link and an opted-out
 * contact get no automated mail. That nothing more arrives is shown by a
 * marker message queued afterwards arriving, never by waiting a while.
 *
 * @module
 */
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

interface Received {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  replyTo: string;
}

const received: Received[] = [];
/** Recipients whose first attempts the server refuses, with how many refusals are left. */
const refuse = new Map<string, number>();

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, _session, callback) {
    const left = refuse.get(address.address) ?? 0;
    if (left > 0) {
      refuse.set(address.address, left - 1);
      return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
    }
    callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((m) => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: m.messageId ?? '',
          subject: m.subject ?? '',
          text: m.text ?? '',
          replyTo: m.replyTo?.value[0]?.address ?? '',
        });
        callback();
      })
      .catch(callback);
  },
});

const run = randomUUID().slice(0, 8);

const WHOLESALE = `
id: mail_wholesale
title: Mail wholesale
plugins: [b2b_wholesale]
fields:
  invoice_number: { type: string, title: Invoice number }
stages:
  - key: invoice
    title: Invoice
    tasks: [{ key: issue_invoice, title: Issue the invoice, due: PT4H }]
    requiredFields: [invoice_number]
    advance: won
  - { key: won, title: Shipped, final: won }
  - { key: lost, title: Lost, final: lost }
`;

const ANSWER = `
id: mail_answer
title: Wait for the answer
fields:
  product: { type: string, title: Product }
stages:
  - key: wait
    title: Offer sent, waiting for the answer
    tasks: [{ key: wait_reply, title: Wait for the client's answer, due: P3D, completedBy: EMAIL_REPLIED }]
    on: { EMAIL_REPLIED: { to: talk, enforce: false }, LOST: { to: lost, enforce: false } }
  - key: talk
    title: Talk it over
    tasks: [{ key: call_back, title: Call back, due: P1D }]
    advance: won
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
templates:
  - id: offer
    kind: email
    title: Our offer
    language: en
    subject: '{{client.name}}: our offer for {{fields.product}}'
    body: |
      Dear {{client.name}},
      here is our offer for {{fields.product}}.
      {{manager.name}}
`;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Returns once the drainer has attempted everything due before this call: it
 * sends one by one in the order messages are due, so a message queued now
 * (from a deal of its own, to an address of its own) arriving proves it.
 */
async function drainedSince(h: Harness): Promise<void> {
  const email = `marker-${randomUUID().slice(0, 8)}@marker.example`;
  const deal = (
    await call(h, 'POST', '/deals', {
      regulationId: 'mail_answer',
      owner: `mail-${run}`,
      client: { name: `Marker ${run}`, email },
      fields: { product: 'a marker' },
    })
  ).body as { id: string };
  const sent = await call(h, 'POST', `/deals/${deal.id}/messages`, { templateId: 'offer' });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  await until('a marker queued afterwards to arrive', async () => received.find((m) => m.to.includes(email)));
}

async function completeOpen(h: Harness, dealId: string, fields: Record<string, unknown> = {}) {
  let last: Record<string, any> | undefined;
  const open = (await call(h, 'GET', `/tasks?dealId=${dealId}&status=open`)).body.tasks as Array<{ id: string }>;
  for (const t of open) {
    const r = await call(h, 'POST', `/tasks/${t.id}/complete`, { outcome: 'done', fields });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    last = r.body;
  }
  return last;
}

describe('e-mail to clients', () => {
  let h: Harness;
  const drainerId = `mail-test-${run}`;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    process.env.REGLAMENT_MAIL_BACKOFF_MS = '200';
    process.env.REGLAMENT_MAIL_ATTEMPTS = '5';
    process.env.REGLAMENT_MAIL_REPLY_DOMAIN = 'mail.reglament.test';
    h = await createHarness();
    await publish(h, WHOLESALE);
    await publish(h, ANSWER);
    await h.startWorker();
    await h.client.workflow.start('mailWorkflow', {
      workflowId: drainerId,
      taskQueue: h.taskQueue,
      args: [{ idleMs: 100 }],
    });
  });
  afterAll(async () => {
    await h?.client.workflow
      .getHandle(drainerId)
      .terminate()
      .catch(() => {});
    await h?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** A wholesale deal paid: the thank-you automation runs on entering shipment. */
  async function paidDeal(client: Record<string, unknown>) {
    const deal = (await call(h, 'POST', '/deals', { regulationId: 'mail_wholesale', owner: `mail-${run}`, client }))
      .body;
    expect((await completeOpen(h, deal.id, { invoice_number: `INV-${run}` }))!.stage).toBe('payment');
    const paid = await call(h, 'POST', '/events', {
      type: 'invoice.paid',
      eventId: `paid-${deal.id}`,
      data: { dealId: deal.id, invoiceNumber: `INV-${run}` },
    });
    expect(paid.body, JSON.stringify(paid.body)).toMatchObject({ applied: true, moved: true, stage: 'shipment' });
    return deal as { id: string };
  }

  it('invoice paid: exactly one thank-you is delivered, with the rendered body, though the server refuses twice', async () => {
    const email = `buy-${run}@metiz.example`;
    refuse.set(email, 2);
    const deal = await paidDeal({ name: `Metiz Trade ${run}`, email });
    const message = await until('the thank-you to be sent', async () => {
      const list = (await call(h, 'GET', `/deals/${deal.id}/messages`)).body.messages as Array<Record<string, any>>;
      return list.find((m) => m.status === 'sent');
    });
    expect(message).toMatchObject({ automated: true, toEmail: email, attempts: 3 });
    expect(message.log.map((a: { ok: boolean }) => a.ok)).toEqual([false, false, true]);
    expect(message.log[0].response).toMatch(/451/);
    // Nothing more goes out: a message queued after it is sent, and the thank-you is still there once.
    await drainedSince(h);
    const mine = received.filter((m) => m.to.includes(email));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe(`Thank you for your payment, Metiz Trade ${run}`);
    expect(mine[0]!.text).toContain(`thank you for paying invoice INV-${run}`);
    expect(mine[0]!.text).toContain(`/m/${message.id}/unsubscribe`);
    expect(mine[0]!.messageId).toBe(`<${message.id}@mail.reglament.test>`);
    expect(mine[0]!.replyTo).toBe(`reply+${message.id}@mail.reglament.test`);
    const events = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{ type: string }>;
    expect(events.filter((e) => e.type === 'message.queued')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'message.sent')).toHaveLength(1);
    // The open pixel needs no sign-in and records email.opened.
    const pixel = await h.app.request(`/m/${message.id}/open.gif`);
    expect(pixel.status).toBe(200);
    expect(pixel.headers.get('content-type')).toBe('image/gif');
    const after = (await call(h, 'GET', `/deals/${deal.id}/events`)).body.events as Array<{ type: string }>;
    expect(after.map((e) => e.type)).toContain('external.email.opened');
  });

  it('a template sent from the deal arrives with the deal’s data; a reply completes the waiting task and moves the deal', async () => {
    const email = `olga-${run}@stroy.example`;
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'mail_answer',
        owner: `mail-${run}`,
        client: { name: `Stroy ${run}`, email },
        fields: { product: 'rebar A500' },
      })
    ).body as { id: string };
    const sent = await call(h, 'POST', `/deals/${deal.id}/messages`, { templateId: 'offer', trackOpens: true });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const [queued] = sent.body.messages as Array<Record<string, any>>;
    expect(queued).toMatchObject({
      toEmail: email,
      subject: `Stroy ${run}: our offer for rebar A500`,
      status: 'pending',
    });
    const mail = await until('the offer to arrive', async () => received.find((m) => m.to.includes(email)));
    expect(mail.subject).toBe(`Stroy ${run}: our offer for rebar A500`);
    expect(mail.text).toContain(`Dear Stroy ${run},\nhere is our offer for rebar A500.`);

    const reply = await call(h, 'POST', '/inbound/email', {
      from: email,
      to: [mail.replyTo],
      subject: `Re: ${mail.subject}`,
      text: 'Interesting, call me tomorrow.',
      messageId: `<reply-${run}@stroy.example>`,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(202);
    expect(reply.body).toMatchObject({ applied: true, moved: true, stage: 'talk' });
    const tasks = (await call(h, 'GET', `/tasks?dealId=${deal.id}`)).body.tasks as Array<Record<string, any>>;
    // The reply completes the waiting task (not cancels it), then moves the deal.
    expect(tasks.find((t) => t.key === 'wait_reply')).toMatchObject({ status: 'done', outcome: 'replied' });
    expect(reply.body.completedTasks).toEqual(['wait_reply']);
    expect(tasks.find((t) => t.key === 'call_back')?.status).toBe('open');
    // The same reply delivered again changes nothing.
    const again = await call(h, 'POST', '/inbound/email', {
      from: email,
      to: [mail.replyTo],
      messageId: `<reply-${run}@stroy.example>`,
    });
    expect(again.body).toMatchObject({ duplicate: true });
  });

  it('a message every attempt of which is refused ends failed, and the deal’s owner is told it bounced', async () => {
    const email = `nobody-${run}@gone.example`;
    refuse.set(email, 1_000);
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'mail_answer',
        owner: `mail-${run}`,
        client: { name: `Gone ${run}`, email },
        fields: { product: 'nails' },
      })
    ).body as { id: string };
    const sent = await call(h, 'POST', `/deals/${deal.id}/messages`, { templateId: 'offer' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    // REGLAMENT_MAIL_ATTEMPTS=5, REGLAMENT_MAIL_BACKOFF_MS=200 (set above): about 3 s of retries.
    const failed = await until('the message to fail', async () => {
      const list = (await call(h, 'GET', `/deals/${deal.id}/messages`)).body.messages as Array<Record<string, any>>;
      return list.find((m) => m.status === 'failed');
    });
    expect(failed).toMatchObject({ toEmail: email, attempts: 5 });
    expect(failed.log.map((a: { ok: boolean }) => a.ok)).toEqual([false, false, false, false, false]);
    const notes = (await call(h, 'GET', `/notifications?dealId=${deal.id}&kind=message.bounced`)).body
      .notifications as Array<Record<string, any>>;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      recipient: `mail-${run}`,
      kind: 'message.bounced',
      title: `The message "Gone ${run}: our offer for nails" to ${email} bounced`,
    });
    expect(notes[0]!.data).toMatchObject({ messageId: failed.id, to: email, attempts: 5 });
    expect(received.filter((m) => m.to.includes(email))).toHaveLength(0);
  });

  it('the unsubscribe link opts the address out: later automated mail to it is suppressed', async () => {
    const email = `unsub-${run}@bored.example`;
    const first = await paidDeal({ name: `Bored ${run}`, email });
    const message = await until('the thank-you to be sent', async () => {
      const list = (await call(h, 'GET', `/deals/${first.id}/messages`)).body.messages as Array<Record<string, any>>;
      return list.find((m) => m.status === 'sent');
    });
    const mail = await until('the thank-you to arrive', async () => received.find((m) => m.to.includes(email)));
    expect(mail.text).toContain(`/m/${message.id}/unsubscribe`);
    // No sign-in: the client follows the link from the mail.
    const page = await h.app.request(`/m/${message.id}/unsubscribe`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(email);
    expect((await h.app.request(`/m/no-such-message-${run}/unsubscribe`)).status).toBe(404);

    const second = await paidDeal({ name: `Bored ${run}`, email });
    const kept = await until('the second thank-you to be kept', async () => {
      const list = (await call(h, 'GET', `/deals/${second.id}/messages`)).body.messages as Array<Record<string, any>>;
      return list[0];
    });
    expect(kept).toMatchObject({ toEmail: email, automated: true, status: 'suppressed' });
    await drainedSince(h);
    expect(received.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it('an opted-out contact gets no automated mail', async () => {
    const email = `out-${run}@quiet.example`;
    const deal = (
      await call(h, 'POST', '/deals', {
        regulationId: 'mail_wholesale',
        owner: `mail-${run}`,
        client: { name: `Quiet ${run}`, email },
      })
    ).body as { id: string; companyId: string };
    const company = (await call(h, 'GET', `/deals/${deal.id}`)).body.companyId as string;
    const contact = await call(h, 'POST', `/companies/${company}/contacts`, { name: 'Quiet', email, optedOut: true });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    expect((await completeOpen(h, deal.id, { invoice_number: `INV-Q-${run}` }))!.stage).toBe('payment');
    await call(h, 'POST', '/events', {
      type: 'invoice.paid',
      eventId: `paid-${deal.id}`,
      data: { dealId: deal.id, invoiceNumber: `INV-Q-${run}` },
    });
    const message = await until('the thank-you to be kept', async () => {
      const list = (await call(h, 'GET', `/deals/${deal.id}/messages`)).body.messages as Array<Record<string, any>>;
      return list[0];
    });
    expect(message.status).toBe('suppressed');
    await drainedSince(h);
    expect(received.filter((m) => m.to.includes(email))).toHaveLength(0);
  });
});
