/**
 * The API words schema failures in its own terms: which query parameter or
 * body field, and what it must be, never the regulation loader's naming rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, type Harness } from '../support/harness.js';

describe('API validation messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h?.close());

  const cases: Array<[string, () => Promise<{ status: number; body: Record<string, any> }>, string, RegExp]> = [
    [
      '?limit=0',
      () => call(h, 'GET', '/tasks?limit=0'),
      '/limit',
      /^query is invalid: parameter limit must be a whole number from 1 to 9999$/,
    ],
    [
      'from=yesterday',
      () => call(h, 'GET', '/analytics/stages?from=yesterday'),
      '/from',
      /^query is invalid: parameter from must be a date YYYY-MM-DD or an ISO 8601 timestamp/,
    ],
    [
      'a webhook URL that is not http(s)',
      () => call(h, 'POST', '/webhooks', { url: 'ftp://files.example/hook' }),
      '/url',
      /^request body is invalid: \/url must be an http:\/\/ or https:\/\/ URL$/,
    ],
    [
      'a number too small in a body',
      () => call(h, 'POST', '/regulations/b2b_basic/revert', { version: 0 }),
      '/version',
      /\/version must be at least 1/,
    ],
  ];

  for (const [name, request, pointer, detail] of cases) {
    it(`should answer ${name} naming the ${pointer.slice(1)} and what it must be`, async () => {
      const res = await request();
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.detail).toMatch(detail);
      expect(res.body.errors).toContainEqual({ pointer, message: expect.stringMatching(/^must /) });
      expect(JSON.stringify(res.body)).not.toMatch(/lower_snake_case/);
    });
  }
});
