/**
 * The CLI's commands that talk to a running API (publish, diff of published
 * versions, migrate, job) go through the typed client, against a real server.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../runtime/ports.js';
import { call, createHarness, EXAMPLE, reglament, type Harness } from '../support/harness.js';

describe('the CLI against a running API', () => {
  let h: Harness;
  let server: ServerType;
  let env: Record<string, string>;
  let dir: string;
  const id = `cli_${Date.now()}`;

  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
    const port = await freePort();
    server = serve({ fetch: h.app.fetch, port, hostname: '127.0.0.1' });
    env = { REGLAMENT_API: `http://127.0.0.1:${port}`, REGLAMENT_TOKEN: h.directorToken };
    dir = await mkdtemp(path.join(tmpdir(), 'reglament-cli-'));
  });
  afterAll(async () => {
    server?.close();
    await h?.close();
  });

  it('should publish versions, diff them and plan a migration through the API', async () => {
    const v1 = path.join(dir, 'v1.yaml');
    const v2 = path.join(dir, 'v2.yaml');
    const text = readFileSync(EXAMPLE, 'utf8').replace(/^id: .*$/m, `id: ${id}`);
    await writeFile(v1, text);
    await writeFile(v2, text.replace('title: Call the client', 'title: Call the client today'));

    const first = await reglament(['publish', v1, '-m', 'first'], env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain(`${id} version 1 published`);
    expect((await reglament(['publish', v1], env)).out).toContain(`${id} version 1 already has this content`);
    expect((await reglament(['publish', v2, '-m', 'sooner'], env)).out).toContain(`${id} version 2 published`);

    const diff = await reglament(['diff', '--regulation', id], env);
    expect(diff.code).toBe(0);
    expect(diff.out).toContain(`${id}: version 1 → 2`);
    expect(diff.out).toMatch(/Call the client today/);

    const versions = await call(h, 'GET', `/regulations/${id}/versions`);
    expect(versions.body.versions.map((v: { comment: string | null }) => v.comment)).toEqual(['first', 'sooner']);

    const plan = await reglament(
      ['migrate', '--regulation', id, '--from', '1', '--to', '2', '--map', 'cold_call=cold_call'],
      env,
    );
    expect(plan.code).toBe(0);
    expect(plan.out).toContain(`${id}: version 1 → 2, 0 deal(s) to move`);
    expect(plan.out).toContain('dry run: nothing changed');
  });

  it('should apply a migration as a job, following its progress, and show the job again', async () => {
    const mid = `${id}_apply`;
    const text = readFileSync(EXAMPLE, 'utf8').replace(/^id: .*$/m, `id: ${mid}`);
    const v1 = path.join(dir, 'apply-v1.yaml');
    const v2 = path.join(dir, 'apply-v2.yaml');
    await writeFile(v1, text);
    await writeFile(v2, text.replace('title: Call the client', 'title: Call the client today'));
    expect((await reglament(['publish', v1], env)).code).toBe(0);
    const deals: string[] = [];
    for (const name of ['Apply A', 'Apply B']) {
      deals.push((await call(h, 'POST', '/deals', { regulationId: mid, owner: 'cli-m', client: { name } })).body.id);
    }
    expect((await reglament(['publish', v2], env)).code).toBe(0);

    const applied = await reglament(
      ['migrate', '--regulation', mid, '--from', '1', '--to', '2', '--map', 'cold_call=cold_call', '--apply'],
      env,
    );
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    const jobId = /job ([0-9a-f-]{36}): 2 deal\(s\) to move/.exec(applied.out)?.[1];
    expect(jobId).toBeDefined();
    expect(applied.out).toContain('migrating 2/2');
    expect(applied.out).toContain(`✓ 2 migrated, 0 failed, 0 left (migration ${jobId})`);
    for (const d of deals) expect((await call(h, 'GET', `/deals/${d}`)).body.regulationVersion).toBe(2);

    const shown = await reglament(['job', jobId!], env);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`job ${jobId}: migration of regulation:${mid}`);
    expect(shown.out).toContain('done  2/2 done, 0 failed');
    expect(shown.out).toContain('2 migrated, 0 failed, 0 left');
    expect((await reglament(['job', 'no-such-job'], env)).err).toContain('job "no-such-job" not found');
  });

  it('should refuse a broken file with its line, and publish nothing', async () => {
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, `id: ${id}\ntitle: Bad\nstages:\n  - key: a\n    title: A\n    on: { GO: nowhere }\n`);
    const r = await reglament(['publish', bad], env);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/bad\.yaml:6:\d+ .*nowhere/);
    const versions = await call(h, 'GET', `/regulations/${id}/versions`);
    expect(versions.body.versions).toHaveLength(2);
  });
});
