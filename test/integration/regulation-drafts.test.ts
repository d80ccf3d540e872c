/**
 * The studio's draft calls: validating a draft in place (problems with line
 * and column, composed stages and the diagram), its diff against the
 * published version, a dry run on a draft, the published text, and revert.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { call, createHarness, type Harness } from '../support/harness.js';

const V1 = `id: draft_flow
title: Draft flow
calendar: { timezone: Europe/Moscow }
stages:
  - key: call
    title: Call
    tasks: [{ key: ring, title: Ring the client, due: PT4H }]
    on: { NEXT: won }
  - { key: won, title: Won, final: won }
`;
const V2 = V1.replace('on: { NEXT: won }', 'on: { NEXT: offer }').replace(
  '  - { key: won',
  '  - key: offer\n    title: Offer\n    tasks: [{ key: send, title: Send the offer, due: P1D }]\n    on: { AGREED: won }\n  - { key: won',
);

const publishYaml = (h: Harness, text: string, comment: string) =>
  h.request(`/regulations/draft_flow?comment=${encodeURIComponent(comment)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/yaml' },
    body: text,
  });

describe('drafts of a regulation (the studio)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    expect((await publishYaml(h, V1, 'first')).status).toBe(201);
  });
  afterAll(() => h?.close());

  it('should report every problem of a draft at its line and column, and publish nothing', async () => {
    const broken = V1.replace('on: { NEXT: won }', 'on: { NEXT: nowhere }').replace('due: PT4H', 'due: four hours');
    const res = await call(h, 'POST', '/regulations/validate', { source: broken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: false, id: 'draft_flow', svg: null, stages: [] });
    const problems = res.body.problems as Array<{ pointer: string; line: number; message: string }>;
    expect(problems.find((p) => p.pointer === '/stages/0/tasks/0/due')).toMatchObject({ line: 7 });
    expect(problems.some((p) => p.line === 8 && /nowhere/.test(p.message))).toBe(true);
    expect((await call(h, 'GET', '/regulations/draft_flow/versions')).body.versions).toHaveLength(1);

    const syntax = await call(h, 'POST', '/regulations/validate', { source: 'id: x\nstages: [\n' });
    expect(syntax.body.valid).toBe(false);
    expect(syntax.body.problems[0].line).toBeGreaterThan(0);
  });

  it('should draw a valid draft and mark the stages a plugin adds', async () => {
    const valid = await call(h, 'POST', '/regulations/validate', { source: V2 });
    expect(valid.body).toMatchObject({ valid: true, id: 'draft_flow', timezone: 'Europe/Moscow', problems: [] });
    expect(valid.body.svg).toMatch(/<svg[\s\S]*<title>offer<\/title>/);

    const windows = readFileSync(path.join(PROJECT_ROOT, 'examples/regulations/windows.yaml'), 'utf8');
    const composed = await call(h, 'POST', '/regulations/validate', { source: windows, diagram: false });
    expect(composed.body.valid).toBe(true);
    expect(composed.body.svg).toBeNull();
    expect(composed.body.stages).toContainEqual({
      key: 'measurement',
      title: 'Measurement visit',
      tasks: ['schedule_visit', 'measure'],
      plugin: 'windows',
    });
    expect(composed.body.stages.find((s: { key: string }) => s.key === 'proposal').plugin).toBeUndefined();
  });

  it('should diff a draft against the published version and dry-run it before publishing', async () => {
    const diff = await call(h, 'POST', '/regulations/draft_flow/diff', { source: V2 });
    expect(diff.status).toBe(200);
    expect(diff.body.from).toBe(1);
    expect(diff.body.text).toContain('+ stage offer');
    // The same text as published: no change (not the key order of a stored regulation).
    expect((await call(h, 'POST', '/regulations/draft_flow/diff', { source: V1 })).body.text).toEqual([]);

    const sim = await call(h, 'POST', '/regulations/draft_flow/simulate', {
      source: V2,
      scenario: {
        start: '2026-03-02T10:00:00+03:00',
        deal: { client: { name: 'Acme' } },
        steps: [{ after: 'PT1H', complete: 'ring' }, { event: 'NEXT' }],
      },
    });
    expect(sim.status).toBe(200);
    expect(sim.body.outcome.stage).toBe('offer');

    const invalid = await call(h, 'POST', '/regulations/draft_flow/diff', { source: 'id: draft_flow\n' });
    expect(invalid.status).toBe(422);
  });

  it('should give the published text back, and revert by publishing an older version again', async () => {
    expect((await publishYaml(h, V2, 'add the offer')).status).toBe(201);
    const text = await call(h, 'GET', '/regulations/draft_flow/source?version=1');
    expect(text.body).toEqual({ id: 'draft_flow', version: 1, text: V1 });

    const reverted = await call(h, 'POST', '/regulations/draft_flow/revert', {
      version: 1,
      comment: 'offer too early',
    });
    expect(reverted.status).toBe(201);
    expect(reverted.body.version).toBe(3);
    expect(reverted.body.regulation.stages.map((s: { key: string }) => s.key)).toEqual(['call', 'won']);
    const versions = (await call(h, 'GET', '/regulations/draft_flow/versions')).body.versions;
    expect(versions.map((v: { comment: string }) => v.comment)).toEqual(['first', 'add the offer', 'offer too early']);
    expect(versions[2].publishedBy).toBe('test-director');
    expect((await call(h, 'GET', '/regulations/draft_flow/source')).body.text).toBe(V1);

    const again = await call(h, 'POST', '/regulations/draft_flow/revert', { version: 1 });
    expect(again.status).toBe(200);
    expect((await call(h, 'POST', '/regulations/draft_flow/revert', { version: 9 })).status).toBe(404);
    const list = (await call(h, 'GET', '/regulations')).body.regulations;
    expect(list.find((r: { id: string }) => r.id === 'draft_flow')).toMatchObject({
      version: 3,
      publishedBy: 'test-director',
    });
  });
});
