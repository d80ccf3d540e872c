/**
 * Where a webhook may post: never to this machine or the networks behind it
 * (server-side request forgery). An address in a loopback, private, CGNAT,
 * link-local (cloud metadata at 169.254.169.254), unspecified, multicast or
 * reserved range, IPv4 or IPv6 (IPv4 inside IPv6 judged as the IPv4 it
 * carries), is refused unless the admin's allow-list names it:
 * `REGLAMENT_WEBHOOK_ALLOW`, comma- or space-separated CIDRs (`10.1.0.0/16`,
 * `fd00::/8`), addresses (`127.0.0.1`) and host names (`hooks.internal`,
 * `*.corp.example`, allowed whatever they resolve to). Empty by default.
 *
 * Checked twice: when a webhook is registered (`checkWebhookUrl`) and on every
 * delivery, on the very addresses the connection is made to
 * (`guardedLookup`), so a name that resolves elsewhere later (DNS rebinding)
 * cannot slip through.
 *
 * @example
 * const policy = webhookPolicy('10.20.0.0/16, hooks.internal');
 * await checkWebhookUrl('http://169.254.169.254/latest', policy);
 * // 'host 169.254.169.254 is a link-local (cloud metadata) address'
 *
 * @module
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, isIPv4, type LookupFunction } from 'node:net';

/** What the admin allows beyond public addresses. */
export interface WebhookPolicy {
  addresses: BlockList;
  hosts: Set<string>;
  /** From `*.corp.example`: `.corp.example`. */
  suffixes: string[];
}

/** Ranges no webhook reaches by default, each with the words a refusal uses. */
const RANGES: Array<[string, Array<[string, number]>]> = [
  [
    'unspecified',
    [
      ['0.0.0.0', 8],
      ['::', 128],
    ],
  ],
  [
    'loopback',
    [
      ['127.0.0.0', 8],
      ['::1', 128],
    ],
  ],
  [
    'private',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
      ['fc00::', 7],
      ['fec0::', 10],
    ],
  ],
  ['shared (CGNAT)', [['100.64.0.0', 10]]],
  [
    'link-local (cloud metadata)',
    [
      ['169.254.0.0', 16],
      ['fe80::', 10],
    ],
  ],
  [
    'multicast',
    [
      ['224.0.0.0', 4],
      ['ff00::', 8],
    ],
  ],
  // IETF protocol assignments, benchmarking, documentation, the old class E and broadcast.
  [
    'reserved',
    [
      ['192.0.0.0', 24],
      ['192.0.2.0', 24],
      ['198.18.0.0', 15],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
      ['240.0.0.0', 4],
      ['100::', 64],
      ['2001:db8::', 32],
    ],
  ],
];

const BLOCKED = RANGES.map(([label, subnets]) => {
  const list = new BlockList();
  for (const [net, prefix] of subnets) list.addSubnet(net, prefix, isIPv4(net) ? 'ipv4' : 'ipv6');
  return [label, list] as const;
});

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad included). */
function groupsOf(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad[1]!.split('.').map(Number) as [number, number, number, number];
    text = text.slice(0, -quad[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

/**
 * The IPv4 address an IPv6 one carries, where it carries one that a packet
 * may reach: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d),
 * NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
 */
function embeddedIPv4(address: string): string | undefined {
  const g = groupsOf(address);
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && g[5] === 0xffff) return quad(g[6]!, g[7]!);
  if (zero(0, 6) && (g[6]! !== 0 || g[7]! > 1)) return quad(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return quad(g[6]!, g[7]!);
  if (g[0] === 0x2002) return quad(g[1]!, g[2]!);
  return undefined;
}

/** The kind of range an IP address is in ("loopback", "private", …), or undefined for a public one. */
export function forbiddenRange(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'unparseable';
  const v4 = family === 6 ? embeddedIPv4(address) : address;
  for (const [label, list] of BLOCKED) {
    if (v4 !== undefined ? list.check(v4, 'ipv4') : list.check(address, 'ipv6')) return label;
  }
  return undefined;
}

/** Parses the allow-list; an entry that is neither a CIDR, an address nor a host name is an error. */
export function webhookPolicy(text = process.env.REGLAMENT_WEBHOOK_ALLOW ?? ''): WebhookPolicy {
  const policy: WebhookPolicy = { addresses: new BlockList(), hosts: new Set(), suffixes: [] };
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [net, prefix, extra] = entry.split('/');
    const family = isIP(net!);
    if (prefix !== undefined && family) {
      const bits = Number(prefix);
      if (extra !== undefined || !/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128))
        throw new Error(`REGLAMENT_WEBHOOK_ALLOW: "${entry}" is not a CIDR such as 10.0.0.0/8 or fd00::/8`);
      policy.addresses.addSubnet(net!, bits, family === 4 ? 'ipv4' : 'ipv6');
    } else if (family && prefix === undefined) {
      policy.addresses.addAddress(net!, family === 4 ? 'ipv4' : 'ipv6');
    } else if (prefix === undefined && /^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?\.?$/i.test(entry)) {
      const name = hostKey(entry);
      if (name.startsWith('*.')) policy.suffixes.push(name.slice(1));
      else policy.hosts.add(name);
    } else {
      throw new Error(`REGLAMENT_WEBHOOK_ALLOW: "${entry}" is not a CIDR, an IP address or a host name`);
    }
  }
  return policy;
}

const hostKey = (host: string) => host.toLowerCase().replace(/\.$/, '');

function hostAllowed(host: string, policy: WebhookPolicy): boolean {
  const name = hostKey(host);
  return policy.hosts.has(name) || policy.suffixes.some((s) => name.endsWith(s));
}

function addressAllowed(address: string, policy: WebhookPolicy): boolean {
  const v4 = isIP(address) === 6 ? embeddedIPv4(address) : address;
  if (v4 !== undefined && policy.addresses.check(v4, 'ipv4')) return true;
  return policy.addresses.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/** Why a connection to `address` (which `host` resolved to) is refused, or undefined when it may go ahead. */
export function refusal(host: string, address: string, policy: WebhookPolicy): string | undefined {
  const range = forbiddenRange(address);
  if (!range || hostAllowed(host, policy) || addressAllowed(address, policy)) return undefined;
  const bare = host.replace(/^\[|\]$/g, '');
  const what = bare === address ? `host ${address} is` : `host ${bare} resolves to ${address},`;
  return `${what} ${/^[aeiou]/.test(range) ? 'an' : 'a'} ${range} address; webhooks do not reach this machine or its private networks unless REGLAMENT_WEBHOOK_ALLOW names it`;
}

/** A delivery refused before connecting; its message is the reason. */
export class WebhookRefusedError extends Error {
  override name = 'WebhookRefusedError';
}

type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, found) =>
      error ? reject(error) : resolve(found.map((a) => a.address)),
    ),
  );

/**
 * Why a webhook URL is refused, or undefined. An IP host is judged as it is;
 * `localhost` and `*.localhost` are loopback by definition (RFC 6761); any
 * other name by every address it resolves to now. A name that does not
 * resolve (yet) is accepted: each delivery checks it again.
 */
export async function checkWebhookUrl(
  url: string,
  policy: WebhookPolicy,
  resolve: Resolve = resolveAll,
): Promise<string | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http:// or https:// URL';
  // WHATWG URL has already turned http://2130706433/ and http://0x7f.1/ into 127.0.0.1.
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return refusal(host, host, policy);
  if (/(^|\.)localhost\.?$/i.test(host) && !hostAllowed(host, policy)) return refusal(host, '127.0.0.1', policy);
  let addresses: string[];
  try {
    addresses = await Promise.race([
      resolve(host),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 3_000).unref()),
    ]);
  } catch {
    return undefined;
  }
  for (const address of addresses) {
    const why = refusal(host, address, policy);
    if (why) return why;
  }
  return undefined;
}

/**
 * A `lookup` for `http.request` that resolves as usual and refuses the
 * connection when any address the name resolves to is refused: the check is
 * made on the addresses the socket connects to, not on an earlier answer.
 */
export function guardedLookup(policy: WebhookPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const a of found) {
        const why = refusal(hostname, a.address, policy);
        if (why) return callback(new WebhookRefusedError(why), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, found);
      if (!found[0])
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      return callback(null, found[0].address, found[0].family);
    });
  };
}
