/**
 * What the workspace asks the API beyond the card: the moves a stage allows
 * with the reasons each is refused now (the workflow's validator, before a
 * click), the suggested templates rendered with the deal's data as it is now,
 * an assignment decision's parts, a head starting deals for their department
 * only, and `reglament password` printing a link that sets a password.
 */
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../runtime/ports.js';
import { call, createHarness, publish, reglament, type Harness } from '../support/harness.js';

const REGULATION = `
id: wsapi_flow
title: Workspace API flow
calendar: { timezone: UTC, workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }
fields:
  decision_maker: { title: Decision maker, type: string }
stages:
  - key: talk
    title: Talk
    tasks:
      - { key: agree, title: Agree on terms, due: P1D, kind: meeting }
      - { key: note, title: Take notes, due: P1D, kind: email, required: false }
    requiredFields: [decision_maker]
    on:
      WON: won
      LOST: { to: lost, enforce: false }
  - { key: won, title: Won, final: won }
  - { key: lost, title: Lost, final: lost }
lostReasons: [price, competitor]
rules:
  assignment:
    - name: skilled
      conditions: { all: [{ fact: client, path: industry, operator: equal, value: wsapi_skill }] }
      event: { type: assign, params: { strategy: by_expertise, skill: wsapi_skill, department: wsapi } }
  templates:
    - name: letter
      conditions: { all: [{ fact: task, path: key, operator: equal, value: agree }] }
      event: { type: suggest_templates, params: { kind: email } }
templates:
  - id: wsapi_letter
    kind: email
    title: Follow-up letter
    stages: [talk]
    subject: 'Terms for {{client.name}}'
    body: 'Dear {{fields.decision_maker}}, here are the terms for {{client.name}}.'
`;

describe('the workspace’s API: moves, templates, decisions, starting, password links', () => {
  let h: Harness;
  let server: ServerType | undefined;
  let port: number;
  const as = async (id: string) => ({ authorization: `Bearer ${await h.token(id)}` });

  beforeAll(async () => {
    h = await createHarness();
    await publish(h, REGULATION);
    await h.startWorker();
    for (const [id, role, department, skills] of [
      ['wsapi-m1', 'manager', 'wsapi', []],
      ['wsapi-anna', 'manager', 'wsapi', ['wsapi_skill']],
      ['wsapi-head', 'head', 'wsapi', []],
      ['wsapi-other', 'manager', 'wsapi_elsewhere', []],
    ] as const) {
      await call(h, 'PUT', `/managers/${id}`, {
        name: id === 'wsapi-anna' ? 'Anna' : id,
        role,
        department,
        timezone: 'UTC',
        skills,
        email: `${id}@example.com`,
      });
    }
    port = await freePort();
    server = serve({ fetch: h.app.fetch, port, hostname: '127.0.0.1' });
  });
  afterAll(async () => {
    server?.close();
    await h?.close();
  });

  it('should list the moves with why each is refused now, and allow one once its field is filled', async () => {
    const deal = await call(h, 'POST', '/deals', {
      regulationId: 'wsapi_flow',
      owner: 'wsapi-m1',
      client: { name: 'Moves Ltd' },
    });
    expect(deal.status).toBe(201);
    const id = deal.body.id as string;
    const moves = async () => (await call(h, 'GET', `/deals/${id}/moves`, undefined, await as('wsapi-m1'))).body.moves;

    expect(await moves()).toEqual([
      {
        event: 'WON',
        to: 'won',
        allowed: false,
        reasons: [
          { code: 'EXIT_BLOCKED', field: 'decision_maker', message: 'field "decision_maker" is required' },
          { code: 'EXIT_BLOCKED', task: 'agree', message: 'task "agree" is not done' },
        ],
      },
      {
        event: 'LOST',
        to: 'lost',
        allowed: true,
        reasons: [],
      },
    ]);

    // What the page says before the click is what the workflow answers after it.
    const refused = await call(h, 'POST', `/deals/${id}/events`, { type: 'WON' }, await as('wsapi-m1'));
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatch(/decision_maker/);

    await call(h, 'POST', `/deals/${id}/events`, { type: 'FIELDS_UPDATED', fields: { decision_maker: 'Olga' } });
    const agree = deal.body.tasks.find((t: { key: string }) => t.key === 'agree');
    expect((await call(h, 'POST', `/tasks/${agree.id}/complete`, {}, await as('wsapi-m1'))).status).toBe(200);
    expect((await moves())[0]).toEqual({ event: 'WON', to: 'won', allowed: true, reasons: [] });

    // Another person's deal is not there, as if it did not exist.
    expect((await call(h, 'GET', `/deals/${id}/moves`, undefined, await as('wsapi-other'))).status).toBe(404);
    const won = await call(h, 'POST', `/deals/${id}/events`, { type: 'WON' }, await as('wsapi-m1'));
    expect(won.body).toMatchObject({ stage: 'won', status: 'won' });
    expect(await moves()).toEqual([]);
  });

  it('should render the suggested templates with the deal’s data as it is now, and explain the assignment', async () => {
    const deal = await call(h, 'POST', '/deals', {
      regulationId: 'wsapi_flow',
      client: { name: 'Letters LLC', industry: 'wsapi_skill' },
    });
    const id = deal.body.id as string;
    expect(deal.body.owner).toBe('wsapi-anna');
    const templates = async () => (await call(h, 'GET', `/deals/${id}/templates`)).body.templates;
    expect(await templates()).toEqual([
      {
        id: 'wsapi_letter',
        kind: 'email',
        title: 'Follow-up letter',
        subject: 'Terms for Letters LLC',
        body: 'Dear , here are the terms for Letters LLC.',
        task: 'agree',
      },
    ]);
    await call(h, 'POST', `/deals/${id}/events`, { type: 'FIELDS_UPDATED', fields: { decision_maker: 'Olga' } });
    expect((await templates())[0].body).toBe('Dear Olga, here are the terms for Letters LLC.');

    const decisions = (await call(h, 'GET', `/deals/${id}/decisions`)).body.decisions;
    const assignment = decisions.find((d: { kind: string }) => d.kind === 'assignment');
    expect(assignment).toMatchObject({
      rule: 'skilled',
      outcome: { owner: 'wsapi-anna', strategy: 'by_expertise', skill: 'wsapi_skill' },
    });
  });

  it('should let a head start deals for their department’s people only, and a manager for themselves only', async () => {
    const start = async (who: string, owner: string) =>
      call(
        h,
        'POST',
        '/deals',
        { regulationId: 'wsapi_flow', owner, client: { name: `Start ${owner}` } },
        await as(who),
      );
    expect((await start('wsapi-head', 'wsapi-m1')).status).toBe(201);
    const outside = await start('wsapi-head', 'wsapi-other');
    expect(outside.status).toBe(403);
    expect(outside.body.detail).toMatch(/department/);
    expect((await start('wsapi-m1', 'wsapi-anna')).status).toBe(403);
  });

  it('should print a link that sets a person’s password, found by id or e-mail', async () => {
    const env = { REGLAMENT_API: `http://127.0.0.1:${port}`, REGLAMENT_TOKEN: h.directorToken };
    const byMail = await reglament(['password', 'wsapi-m1@example.com'], env);
    expect(byMail.err).toBe('');
    expect(byMail.code).toBe(0);
    expect(byMail.out).toContain('wsapi-m1: open this link to set the password');
    const url = byMail.out.match(/http:\/\/\S+\/accept\?token=(\S+)/);
    expect(url).not.toBeNull();
    const accepted = await call(
      h,
      'POST',
      '/auth/accept',
      { token: decodeURIComponent(url![1]!), password: 'a long enough password' },
      { authorization: 'none' },
    );
    expect(accepted.body).toEqual({ userId: 'wsapi-m1' });
    const login = await call(
      h,
      'POST',
      '/auth/login',
      { login: 'wsapi-m1', password: 'a long enough password' },
      { authorization: 'none' },
    );
    expect(login.status).toBe(200);

    const unknown = await reglament(['password', 'nobody-wsapi'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/not found/);
  });
});
