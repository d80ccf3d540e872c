/**
 * The webhook target guard: which addresses a webhook may never reach, how
 * the URL spellings WHATWG normalises are judged, and what the admin's
 * allow-list opens.
 */
import { describe, expect, it } from 'vitest';
import {
  checkWebhookUrl,
  forbiddenRange,
  guardedLookup,
  webhookPolicy,
  WebhookRefusedError,
} from '../../integrations/webhook-target.js';

const none = webhookPolicy('');
/** Names resolved by a table, so no test depends on the network's DNS. */
const table = (entries: Record<string, string[]>) => async (host: string) => {
  const found = entries[host];
  if (!found) throw Object.assign(new Error(`${host} not found`), { code: 'ENOTFOUND' });
  return found;
};

describe('forbiddenRange', () => {
  const cases: Array<[string, string | undefined]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.255', 'shared (CGNAT)'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['fe80::1', 'link-local (cloud metadata)'],
    ['febf::1', 'link-local (cloud metadata)'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['2001:db8::1', 'reserved'],
    // IPv4 inside IPv6 is judged as the IPv4 it carries.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::FFFF:A9FE:A9FE', 'link-local (cloud metadata)'],
    ['::ffff:10.1.2.3', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local (cloud metadata)'],
    ['2002:c0a8:0101::1', 'private'],
    // Public addresses pass, including just outside each range.
    ['8.8.8.8', undefined],
    ['1.1.1.1', undefined],
    ['172.32.0.1', undefined],
    ['172.15.255.255', undefined],
    ['100.128.0.1', undefined],
    ['11.0.0.1', undefined],
    ['::ffff:8.8.8.8', undefined],
    ['2606:4700:4700::1111', undefined],
    ['2a00:1450:4001::200e', undefined],
  ];
  for (const [address, range] of cases)
    it(`should judge ${address} ${range ?? 'public'}`, () => expect(forbiddenRange(address)).toBe(range));
});

describe('checkWebhookUrl', () => {
  const refused: Array<[string, RegExp]> = [
    ['http://127.0.0.1:8080/hook', /host 127\.0\.0\.1 is a loopback address/],
    ['http://2130706433/', /host 127\.0\.0\.1 is a loopback address/],
    ['http://0x7f.1/', /host 127\.0\.0\.1 is a loopback address/],
    ['http://017700000001/', /host 127\.0\.0\.1 is a loopback/],
    ['http://127.1/', /host 127\.0\.0\.1 is a loopback/],
    ['http://[::1]/', /host ::1 is a loopback/],
    ['http://[::ffff:127.0.0.1]/', /host ::ffff:7f00:1 is a loopback/],
    ['http://[::ffff:a9fe:a9fe]/latest/meta-data', /link-local \(cloud metadata\)/],
    ['http://169.254.169.254/latest/meta-data', /host 169\.254\.169\.254 is a link-local \(cloud metadata\) address/],
    ['https://10.0.0.5/', /a private address/],
    ['https://192.168.0.1/', /a private address/],
    ['https://172.20.0.1/', /a private address/],
    ['http://100.100.100.200/', /shared \(CGNAT\)/],
    ['http://[fd00::1]/', /a private address/],
    ['http://[fe80::1]/', /link-local/],
    ['http://0.0.0.0:3000/', /unspecified/],
    ['http://[::]/', /unspecified/],
    ['http://224.0.0.251/', /multicast/],
    ['http://localhost:3000/', /host localhost resolves to 127\.0\.0\.1, a loopback address/],
    ['http://LOCALHOST./', /loopback/],
    ['http://api.localhost/', /loopback/],
    ['http://rebind.example/', /host rebind\.example resolves to 10\.0\.0\.7, a private address/],
    ['http://dual.example/', /resolves to ::1, a loopback address/],
    ['ftp://hooks.example/', /http:\/\/ or https:\/\//],
  ];
  const resolve = table({
    'rebind.example': ['10.0.0.7'],
    'dual.example': ['93.184.216.34', '::1'],
    'hooks.example': ['93.184.216.34'],
  });
  for (const [url, why] of refused)
    it(`should refuse ${url}`, async () => {
      const answer = await checkWebhookUrl(url, none, resolve);
      expect(answer).toMatch(why);
      if (!url.startsWith('ftp')) expect(answer).toMatch(/unless REGLAMENT_WEBHOOK_ALLOW names it$/);
    });

  it('should accept public hosts, and a name that does not resolve yet (delivery checks it again)', async () => {
    for (const url of [
      'https://hooks.example/in',
      'http://8.8.8.8/',
      'http://[2606:4700::1111]/',
      'https://nowhere.example/',
    ])
      expect(await checkWebhookUrl(url, none, resolve), url).toBeUndefined();
  });

  it('should accept what the allow-list names: a CIDR, an address, a host or a wildcard', async () => {
    const allow = webhookPolicy('10.0.0.0/8, 127.0.0.1 hooks.internal,*.corp.example fd00::/8');
    const names = table({ 'hooks.internal': ['192.168.7.7'], 'crm.corp.example': ['172.16.1.1'] });
    for (const url of [
      'http://10.9.8.7/',
      'http://127.0.0.1:4000/',
      'http://localhost:4000/',
      'http://[::ffff:127.0.0.1]/',
      'http://hooks.internal/',
      'http://crm.corp.example/',
      'http://[fd00::5]/',
    ])
      expect(await checkWebhookUrl(url, allow, names), url).toBeUndefined();
    // Only what it names: the rest of loopback and other private ranges stay refused.
    for (const url of ['http://127.0.0.2/', 'http://192.168.0.1/', 'http://corp.example.evil/', 'http://[::1]/'])
      expect(await checkWebhookUrl(url, allow, table({ 'corp.example.evil': ['192.168.5.5'] })), url).toMatch(
        /address/,
      );
  });

  it('should refuse an allow-list entry it cannot read, saying which', () => {
    expect(() => webhookPolicy('10.0.0.0/33')).toThrow(/"10\.0\.0\.0\/33" is not a CIDR/);
    expect(() => webhookPolicy('10.0.0.0/8/1')).toThrow(/is not a CIDR/);
    expect(() => webhookPolicy('http://x/')).toThrow(/"http:\/\/x\/" is not a CIDR, an IP address or a host name/);
  });
});

describe('guardedLookup', () => {
  const lookup = (policy: ReturnType<typeof webhookPolicy>, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      guardedLookup(policy)('localhost', { all }, (error, address) => resolve({ error, address })),
    );

  it('should refuse a connection to a name that resolves to loopback', async () => {
    for (const all of [true, false]) {
      const { error } = await lookup(none, all);
      expect(error).toBeInstanceOf(WebhookRefusedError);
      expect(error!.message).toMatch(/host localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    }
  });

  it('should hand over the addresses when the allow-list names them', async () => {
    const allowed = webhookPolicy('127.0.0.0/8 ::1');
    expect(await lookup(allowed, true)).toMatchObject({
      error: null,
      address: expect.arrayContaining([{ address: '127.0.0.1', family: 4 }]),
    });
    expect(await lookup(allowed, false)).toMatchObject({
      error: null,
      address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/),
    });
  });
});
