/**
 * What the companies tests share: a small regulation whose assignment reads
 * the `company` fact, fresh valid INNs, and a webhook receiver on loopback.
 */
import { randomInt } from 'node:crypto';

/** talk → won | lost; a deal of a company that is a client goes to `keyAccount`. */
export const companiesRegulation = (id: string, keyAccount: string) => `
id: ${id}
title: Companies test funnel
defaultOwner: queue:${id}
assignment: { fallback: queue:${id} }
stages:
  - key: talk
    title: Talk
    tasks: [{ key: call, title: Call the company, due: PT4H }]
    on:
      WON: { to: won, enforce: false }
      LOST: { to: lost, enforce: false }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
rules:
  assignment:
    - name: clients_to_key_account
      conditions: { all: [{ fact: company, path: status, operator: equal, value: client }] }
      event: { type: assign, params: { strategy: manager, managerId: ${keyAccount} } }
`;

/** A 10-digit INN (an organisation) with a valid control digit, different on every call. */
export function validInn(): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const d = Array.from({ length: 9 }, (_, i) => (i === 0 ? 1 + randomInt(9) : randomInt(10)));
  d.push((weights.reduce((s, w, i) => s + w * d[i]!, 0) % 11) % 10);
  return d.join('');
}

/** The same INN with its control digit changed: invalid. */
export const broken = (inn: string) => inn.slice(0, 9) + String((Number(inn[9]) + 1) % 10);

export { webhookReceiver } from './webhook.js';

export async function until<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
