/**
 * The pipeline board's API (`GET /boards/{regulationId}`): a column per stage
 * with the regulation's titles, a card per active deal with its summary
 * fields, owner, next task and overdue mark; managers see their own deals,
 * heads their department's and the queue's (first in the column), directors
 * all; a move's title reaches the moves list; a moved deal changes column.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, createHarness, publish, type Harness } from '../support/harness.js';

const REGULATION = `
id: board_flow
title: Board flow
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
fields:
  amount: { title: Amount, type: number, summary: true }
  note: { title: Note, type: string }
stages:
  - key: lead
    title: Лид
    tasks:
      - { key: call, title: Call the client, due: PT2S, kind: call }
    on:
      QUALIFIED: { to: talk, title: Квалифицирован, enforce: false }
      LOST: { to: lost, enforce: false, title: Отказ }
  - key: talk
    title: Переговоры
    tasks:
      - { key: meet, title: Meet, due: P7D, kind: meeting }
    on:
      WON: won
  - { key: won, title: Выиграна, final: won }
  - { key: lost, title: Проиграна, final: lost }
`;

type Card = {
  id: string;
  owner: string;
  queue: boolean;
  summary: object;
  nextTask: { title: string } | null;
  overdue: boolean;
};
type Board = { columns: Array<{ stage: string; title: string; deals: Card[] }>; truncated: boolean };

describe('the pipeline board', () => {
  let h: Harness;
  const as = async (id: string) => ({ authorization: `Bearer ${await h.token(id)}` });
  const board = async (who: string, query = '') => {
    const res = await call<Board>(h, 'GET', `/boards/board_flow${query}`, undefined, await as(who));
    expect(res.status).toBe(200);
    return res.body;
  };
  const ids = (b: Board) => b.columns.flatMap((c) => c.deals.map((d) => d.id)).sort();
  const deals: Record<string, string> = {};

  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    for (const [id, role, department] of [
      ['bd-m1', 'manager', 'bd_a'],
      ['bd-m2', 'manager', 'bd_a'],
      ['bd-head', 'head', 'bd_a'],
      ['bd-m3', 'manager', 'bd_b'],
      ['bd-dir', 'director', null],
    ] as const)
      await call(h, 'PUT', `/managers/${id}`, { name: `Name ${id}`, role, department, timezone: 'UTC' });
    for (const [key, owner, amount] of [
      ['m1a', 'bd-m1', 100],
      ['m1b', 'bd-m1', undefined],
      ['m2', 'bd-m2', 200],
      ['m3', 'bd-m3', 300],
      ['queue', 'bd_queue', 400],
    ] as const) {
      const res = await call(h, 'POST', '/deals', {
        regulationId: 'board_flow',
        owner,
        client: { name: `Client ${key}` },
        ...(amount ? { fields: { amount, note: 'not on the card' } } : {}),
      });
      expect(res.status).toBe(201);
      deals[key] = res.body.id as string;
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('should give the stages as columns, with their titles, and the cards with summary, owner and next task', async () => {
    const b = await board('bd-dir');
    expect(b.columns.map((c) => [c.stage, c.title])).toEqual([
      ['lead', 'Лид'],
      ['talk', 'Переговоры'],
      ['won', 'Выиграна'],
      ['lost', 'Проиграна'],
    ]);
    expect(ids(b)).toEqual(Object.values(deals).sort());
    const card = b.columns[0]!.deals.find((d) => d.id === deals.m1a)!;
    expect(card).toMatchObject({
      client: 'Client m1a',
      owner: 'bd-m1',
      ownerName: 'Name bd-m1',
      queue: false,
      summary: { amount: 100 },
      nextTask: { title: 'Call the client', assignee: 'bd-m1' },
    });
    // The queue's deal waits first in its column.
    expect(b.columns[0]!.deals[0]).toMatchObject({ id: deals.queue, queue: true, ownerName: null });
  });

  it('should show managers their own deals, heads their department’s and the queue’s, and 404 another’s deal', async () => {
    expect(ids(await board('bd-m1'))).toEqual([deals.m1a, deals.m1b].sort());
    expect(ids(await board('bd-head'))).toEqual([deals.m1a, deals.m1b, deals.m2, deals.queue].sort());
    expect(ids(await board('bd-head', '?scope=mine'))).toEqual([]);
    expect(ids(await board('bd-head', '?owner=bd-m2'))).toEqual([deals.m2]);
    // An owner one may not see gives nothing, as an unknown one would.
    expect(ids(await board('bd-head', '?owner=bd-m3'))).toEqual([]);
    expect(ids(await board('bd-m1', '?owner=bd-m2'))).toEqual([]);
    const other = await call(h, 'GET', `/deals/${deals.m2}/moves`, undefined, await as('bd-m1'));
    expect(other.status).toBe(404);
  });

  it('should mark overdue deals and filter on them', async () => {
    // The call is due two seconds after the deal started: wait for the board to say so.
    const b = await vi.waitFor(
      async () => {
        const now = await board('bd-m1', '?overdue=true');
        expect(ids(now)).toEqual([deals.m1a, deals.m1b].sort());
        return now;
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(b.columns[0]!.deals.every((d) => d.overdue)).toBe(true);
  });

  it('should give a move its title and move the card to the next column', async () => {
    const moves = await call(h, 'GET', `/deals/${deals.m1a}/moves`, undefined, await as('bd-m1'));
    expect(moves.body.moves).toHaveLength(2);
    expect(moves.body.moves).toEqual(
      expect.arrayContaining([
        { event: 'QUALIFIED', to: 'talk', title: 'Квалифицирован', allowed: true, reasons: [] },
        { event: 'LOST', to: 'lost', title: 'Отказ', allowed: true, reasons: [] },
      ]),
    );
    const moved = await call(h, 'POST', `/deals/${deals.m1a}/events`, { type: 'QUALIFIED' }, await as('bd-m1'));
    expect(moved.status).toBe(200);
    const b = await vi.waitFor(
      async () => {
        const now = await board('bd-m1');
        expect(now.columns[1]!.deals.map((d) => [d.id, d.nextTask?.title])).toEqual([[deals.m1a, 'Meet']]);
        return now;
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(b.columns[0]!.deals.map((d) => d.id)).toEqual([deals.m1b]);
  });

  it('should answer a bad filter and an unknown regulation with problem+json naming them', async () => {
    const bad = await call(h, 'GET', '/boards/board_flow?scope=everyone', undefined, await as('bd-head'));
    // The API's answer to any request that breaks its schema.
    expect(bad.status).toBe(422);
    expect(bad.contentType).toMatch(/problem\+json/);
    expect(JSON.stringify(bad.body)).toMatch(/scope/);
    const unknown = await call(h, 'GET', '/boards/no_such_regulation', undefined, await as('bd-head'));
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/no_such_regulation/);
  });
});
