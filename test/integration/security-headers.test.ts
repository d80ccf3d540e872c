/**
 * Every kind of answer carries the security headers (JSON, problem+json, the
 * web page and its assets, the API reference), HSTS only over https, and a
 * diagram drawn from hostile regulation titles contains nothing that runs.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CSP, SVG_CSP, WEB_PAGE_CSP, secureHeaders } from '../../api/secure-headers.js';
import { WEB_DIST } from '../../api/web.routes.js';
import { call, createHarness, type Harness } from '../support/harness.js';
import { parseXml, scriptHazards } from '../support/markup.js';
import { MINIMAL } from '../support/regulations.js';

/** The headers every answer has, whatever its kind. */
function expectCommonHeaders(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  // Plain http: a Strict-Transport-Security here would mean nothing.
  expect(res.headers.get('strict-transport-security')).toBeNull();
}

/** Titles an attacker with the right to publish might write, each a different trick. */
const HOSTILE = {
  regulation: `Evil <script>alert(1)</script> ]]> <![CDATA[<script>alert(2)</script>]]>`,
  stages: [
    `<img src=x onerror=alert(3)>" onload="alert(4)`,
    `&lt;script&gt;alert(5)&lt;/script&gt; &#60;svg onload=alert(6)&#62;`,
    `<a href="javascript:alert(7)">go</a> javascript:alert(8)`,
    `--><script>alert(9)</script><!-- ' onmouseover='alert(10)`,
  ],
  task: `<foreignObject><iframe src="javascript:alert(11)"></iframe></foreignObject>`,
};

function hostileRegulation(id: string) {
  const value = parse(MINIMAL) as { id: string; title: string; stages: Array<{ title: string; tasks?: any[] }> };
  value.id = id;
  value.title = HOSTILE.regulation;
  value.stages.forEach((s, n) => (s.title = HOSTILE.stages[n]!));
  value.stages[0]!.tasks![0].title = HOSTILE.task;
  return value;
}

describe('security headers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h?.close());

  it('should send them on a JSON answer, with a CSP that lets it load nothing', async () => {
    const res = await h.request('/health');
    expect(res.status).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers.get('content-security-policy')).toBe(API_CSP);
  });

  it('should send them on a problem answer, before and after sign-in', async () => {
    for (const res of [
      await h.app.request('/deals'), // 401: no sign-in
      await h.request('/no-such-route'), // 404 after sign-in
      await h.request('/deals', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
    ]) {
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expectCommonHeaders(res);
      expect(res.headers.get('content-security-policy')).toBe(API_CSP);
    }
  });

  it('should send them on the web page, with the page’s own CSP, and on its assets', async () => {
    const page = await h.app.request('/inbox');
    expect(page.status).toBe(200);
    expectCommonHeaders(page);
    expect(page.headers.get('content-security-policy')).toBe(WEB_PAGE_CSP);
    // The page's scripts are its own files: nothing inline that the CSP would have to allow.
    const html = await page.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const asset = readdirSync(path.join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const res = await h.app.request(`/assets/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expectCommonHeaders(res);
  });

  it('should let the API reference run its one inline script, by hash, and nothing else inline', async () => {
    const res = await h.app.request('/docs');
    expectCommonHeaders(res);
    const csp = res.headers.get('content-security-policy')!;
    const inline = [...(await res.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(inline[0]!).digest('base64');
    expect(csp).toMatch(new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}';`));
    expect(csp).not.toMatch(/'unsafe-inline'[^;]*;.*script-src|script-src[^;]*'unsafe-inline'/);
    expectCommonHeaders(await h.app.request('/docs/assets/swagger-ui.css'));
  });

  it('should send HSTS only over https: the request’s own scheme, or a trusted proxy’s word', async () => {
    const https = await h.app.request('https://reglament.test/health');
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000');
    // Without REGLAMENT_TRUST_PROXY a client's X-Forwarded-Proto is not believed.
    const forged = await h.app.request('/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
    const behindProxy = new Hono().use('*', secureHeaders({ trustProxy: true })).get('/', (c) => c.text('ok'));
    const proxied = await behindProxy.request('/', { headers: { 'x-forwarded-proto': 'https, http' } });
    expect(proxied.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const plain = await behindProxy.request('/', { headers: { 'x-forwarded-proto': 'http' } });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  describe('a diagram drawn from hostile titles', () => {
    const id = 'hostile_titles';
    beforeAll(async () => {
      const res = await call(h, 'PUT', `/regulations/${id}`, JSON.stringify(hostileRegulation(id)));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    });

    it('should answer the SVG with a CSP that forbids scripts, nosniff, and no element or handler that runs', async () => {
      const res = await h.request(`/regulations/${id}/graph?format=svg`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(res.headers.get('content-security-policy')).toBe(SVG_CSP);
      expect(SVG_CSP).toMatch(/^default-src 'none';/);
      expect(SVG_CSP).not.toMatch(/script-src/);
      expectCommonHeaders(res);
      const svg = await res.text();
      expect(scriptHazards(svg)).toEqual([]);
      // The titles are there, as text a reader sees, not as markup.
      const text = parseXml(svg).texts.join('\n');
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('<img src=x onerror=alert(3)>');
      expect(text).toContain('&lt;script&gt;alert(5)&lt;/script&gt;');
      expect(text).toContain('javascript:alert(8)');
    });

    it('should draw the studio’s diagram of the same draft with nothing that runs', async () => {
      const res = await call(h, 'POST', '/regulations/validate', { source: JSON.stringify(hostileRegulation(id)) });
      expect(res.status).toBe(200);
      expect(res.body.valid).toBe(true);
      expect(scriptHazards(res.body.svg)).toEqual([]);
      expect(parseXml(res.body.svg).texts.join('\n')).toContain('--><script>alert(9)</script><!--');
    });
  });

  it('should find the hazards it looks for (the checker itself can fail)', () => {
    expect(
      scriptHazards(
        `<svg><script>x</script><a xlink:href=" java&#x09;script:alert(1)"><g onclick="y"/></a><foreignObject/></svg>`,
      ),
    ).toEqual(['<script>', 'a@xlink:href= java\tscript:alert(1)', 'g@onclick', '<foreignObject>']);
    expect(() => parseXml('<svg><g></svg>')).toThrow();
  });
});
