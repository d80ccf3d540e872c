/**
 * Bad input gets a clear refusal and writes nothing: a body over the limit,
 * a YAML alias bomb, values larger than a deal can hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, publish, type Harness } from '../support/harness.js';
import { aliasBomb } from '../support/regulations.js';

describe('limits', () => {
  let h: Harness;
  // What these requests would have written (other test files write deals and regulations of their own meanwhile).
  const counts = async () =>
    (
      await h.sql`select (select count(*) from deals where client->>'name' = 'Big')::int as deals,
                         (select count(*) from regulations where id = 'x')::int as regulations`
    )[0];

  beforeAll(async () => {
    h = await createHarness();
    await publish(h);
  });
  afterAll(() => h?.close());

  it('should refuse a 20 MB body with 413 before reading it whole, and write nothing', async () => {
    const before = await counts();
    const huge = JSON.stringify({
      regulationId: 'b2b_basic',
      client: { name: 'Big', notes: 'x'.repeat(20 * 1024 * 1024) },
    });
    const res = await call(h, 'POST', '/deals', huge);
    expect(res.status).toBe(413);
    expect(res.contentType).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      detail: expect.stringMatching(/larger than 1048576 bytes/),
    });
    expect(await counts()).toEqual(before);
  });

  it('should refuse a YAML alias bomb as an invalid regulation saying why', async () => {
    const before = await counts();
    const res = await call(h, 'PUT', '/regulations/x', `id: x\ntitle: X\n${aliasBomb()}\n`, {
      'content-type': 'application/yaml',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'REGULATION_INVALID' });
    expect(res.body.errors[0].message).toMatch(/aliases .* expand too far/);
    expect(await counts()).toEqual(before);
  });
});
