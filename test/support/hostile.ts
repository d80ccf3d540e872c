/**
 * Hostile input for property-based tests (fast-check): strings that have
 * broken parsers, encoders and SQL before, and regulation YAML mutated line by
 * line. Used by `test/unit/regulation-fuzz.test.ts` and
 * `test/integration/hostile-input.test.ts`.
 *
 * Every arbitrary here is plain data, so a failing case is printed whole by
 * fast-check and can be pasted back into a test.
 *
 * @module
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

/** Strings that have broken something somewhere. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '%',
  '%zz',
  '%FF',
  '%ED%A0%80',
  '..',
  '../..',
  '../../../etc/passwd',
  '%2e%2e',
  '%2e%2e%2f',
  '.',
  '/',
  '//',
  'a/b',
  'a?b=1',
  'a#b',
  '\\',
  '\ud800',
  '\udc00x\ud800',
  '\u202eevil',
  '\u200b',
  '\ufeff',
  '\uffff',
  '😀',
  '👩‍👩‍👧‍👦',
  'Ω≈ç√∫',
  'ﷺ',
  'ǅ',
  'Ⅻ',
  'İ',
  '\n',
  '\r\n',
  '\t',
  ' padded ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'true',
  '0',
  '-1',
  '1e309',
  '-0',
  '0x10',
  '99999999999999999999999999999',
  "' OR '1'='1",
  "'; drop table deals; --",
  '" OR ""="',
  '1; select pg_sleep(10)',
  '$1',
  '${jndi:ldap://x}',
  '{{constructor.constructor}}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'queue:sales',
  'integration:x',
  '*',
  '?',
  '[]',
  '{}',
];

/** Characters to build hostile strings from: controls, surrogate halves, quotes, separators. */
const NASTY_CHARS = [
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u2028',
  "'",
  '"',
  '\\',
  '%',
  '/',
  '.',
  ':',
  ';',
  '`',
  '$',
  '{',
  '}',
  '\n',
  '\t',
  'a',
  'Z',
  '0',
  'é',
  '😀',
];

/** A hostile string: a known nasty one, random code points, or a long repetition. */
export function hostileString(maxLength = 48): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY_CHARS), maxLength }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('x', 'é', '\u0000', '😀', "'", '%'), fc.integer({ min: 256, max: 5000 }))
        .map(([c, n]) => c.repeat(n)),
    },
  );
}

/** A string of a few hundred kilobytes (under the API's 1 MiB body limit once in JSON). */
export function hugeString(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('x', 'ab', 'é', '😀', ' ', '\\n'), fc.integer({ min: 64 * 1024, max: 300 * 1024 }))
    .map(([c, n]) => c.repeat(Math.ceil(n / c.length)));
}

/** Only printable ASCII: what may travel in an HTTP header. */
export function headerSafe(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '').slice(0, 8000);
}

/** One step that changes a YAML text; indices are taken modulo the number of lines. */
export type YamlMutation =
  | { kind: 'delete-lines'; at: number; count: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'swap-values'; at: number; with: number }
  | { kind: 'replace-value'; at: number; value: string }
  | { kind: 'anchor-alias'; at: number; with: number; style: 'alias' | 'merge' | 'dangling' | 'self' }
  | { kind: 'deep-nesting'; at: number; depth: number; open: '[' | '{' | '- ' }
  | { kind: 'tabs'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'bom' }
  | { kind: 'line-endings'; to: '\r\n' | '\r' }
  | { kind: 'long-line'; at: number; length: number }
  | { kind: 'rename'; token: number; to: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

/** Identifiers of the shipped examples worth renaming into something hostile. */
const TOKENS = [
  'b2b_basic',
  'cold_call',
  'presentation',
  'proposal',
  'won',
  'lost',
  'decision_maker',
  'budget',
  'call_client',
  'QUALIFIED',
  'DISQUALIFIED',
  'LOST',
  'enforce',
  'required',
  'stages',
  'fields',
  'tasks',
  'key',
  'to',
  'type',
  'string',
  'PT4H',
  'P5D',
];

/** Scalars, flow collections and YAML syntax to put where a value was. */
const YAML_VALUES = [
  '',
  '~',
  'null',
  '[]',
  '{}',
  '[[[]]]',
  '{ a: { b: { c: } } }',
  '*undefined_anchor',
  '&a',
  '!!binary AAAA',
  '!!str',
  '!custom tag',
  '!!set { a, b }',
  '!!omap [ a: 1 ]',
  '!!timestamp 2001-12-14t21:59:43.10-05:00',
  '!!float .nan',
  '.inf',
  '-.inf',
  '0x1F',
  '0o17',
  '1e400',
  '-0',
  '123456789012345678901234567890',
  'true',
  'yes',
  '? complex key',
  '|',
  '>-',
  '"unterminated',
  "'single",
  '"\\u0000"',
  '"\\ud800"',
  '"\\x00"',
  '---',
  '...',
  '%YAML 1.1',
  '<<: *a',
  '- a',
  ': b',
  '@reserved',
  '`reserved',
  '#',
  'P',
  'PT',
  'P0D',
  'P99999999999Y',
  '-PT30M',
  '__proto__',
  'constructor',
  '{ __proto__: { polluted: true } }',
  '{ constructor: { prototype: { polluted: true } } }',
];

/** Keys the regulation uses as plain JavaScript object keys, and names that are special on objects. */
const HOSTILE_IDENTIFIERS = [
  'constructor',
  'prototype',
  '__proto__',
  'to_string',
  'has_own_property',
  'value_of',
  'toString',
  'hasOwnProperty',
  'a',
  'x'.repeat(200),
  'é',
  'Cold Call',
  'cold-call',
  '0stage',
  '',
];

export function yamlMutation(): fc.Arbitrary<YamlMutation> {
  const at = fc.nat({ max: 10_000 });
  return fc.oneof(
    fc.record({ kind: fc.constant('delete-lines' as const), at, count: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at }),
    fc.record({ kind: fc.constant('swap-lines' as const), at, with: at }),
    fc.record({ kind: fc.constant('swap-values' as const), at, with: at }),
    fc.record({
      kind: fc.constant('replace-value' as const),
      at,
      value: fc.oneof(
        fc.constantFrom(...YAML_VALUES),
        hostileString(),
        fc.jsonValue({ maxDepth: 2 }).map((v) => stringify(v, { collectionStyle: 'flow' }).trimEnd()),
      ),
    }),
    fc.record({
      kind: fc.constant('anchor-alias' as const),
      at,
      with: at,
      style: fc.constantFrom('alias' as const, 'merge' as const, 'dangling' as const, 'self' as const),
    }),
    fc.record({
      kind: fc.constant('deep-nesting' as const),
      at,
      depth: fc.oneof(fc.integer({ min: 2, max: 64 }), fc.integer({ min: 500, max: 6000 })),
      open: fc.constantFrom('[' as const, '{' as const, '- ' as const),
    }),
    fc.record({ kind: fc.constant('tabs' as const), at }),
    fc.record({ kind: fc.constant('indent' as const), at, by: fc.integer({ min: -4, max: 4 }) }),
    fc.record({ kind: fc.constant('bom' as const) }),
    fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const) }),
    fc.record({
      kind: fc.constant('long-line' as const),
      at,
      length: fc.oneof(fc.integer({ min: 1000, max: 20_000 }), fc.integer({ min: 100_000, max: 600_000 })),
    }),
    fc.record({
      kind: fc.constant('rename' as const),
      token: fc.nat({ max: TOKENS.length - 1 }),
      to: fc.oneof(fc.constantFrom(...HOSTILE_IDENTIFIERS), hostileString(24)),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at,
      text: fc.oneof(hostileString(), fc.constantFrom(...YAML_VALUES)),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at }),
  );
}

const KEY_VALUE = /^(\s*(?:-\s+)?[^:#\s][^:#]*:)(\s+)(.*)$/;

/** Applies one mutation; indices wrap around the text's lines. */
export function applyYamlMutation(text: string, m: YamlMutation): string {
  const lines = text.split('\n');
  const n = Math.max(lines.length, 1);
  const i = 'at' in m ? m.at % n : 0;
  const line = lines[i] ?? '';
  const valued = (k: number) => {
    // The nearest line at or after k that has a `key: value`.
    for (let d = 0; d < n; d++) {
      const j = (k + d) % n;
      if (KEY_VALUE.test(lines[j] ?? '')) return j;
    }
    return -1;
  };
  switch (m.kind) {
    case 'delete-lines':
      lines.splice(i, m.count);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, line);
      return lines.join('\n');
    case 'swap-lines': {
      const j = m.with % n;
      [lines[i], lines[j]] = [lines[j] ?? '', line];
      return lines.join('\n');
    }
    case 'swap-values': {
      const a = valued(i);
      const b = valued(m.with % n);
      if (a < 0 || b < 0) return text;
      const ma = KEY_VALUE.exec(lines[a]!)!;
      const mb = KEY_VALUE.exec(lines[b]!)!;
      lines[a] = `${ma[1]}${ma[2]}${mb[3]}`;
      lines[b] = `${mb[1]}${mb[2]}${ma[3]}`;
      return lines.join('\n');
    }
    case 'replace-value': {
      const a = valued(i);
      if (a < 0) return `${text}\n${m.value}`;
      const ma = KEY_VALUE.exec(lines[a]!)!;
      lines[a] = `${ma[1]} ${m.value}`;
      return lines.join('\n');
    }
    case 'anchor-alias': {
      const a = valued(i);
      const b = valued(m.with % n);
      if (a < 0 || b < 0) return text;
      const ma = KEY_VALUE.exec(lines[a]!)!;
      const mb = KEY_VALUE.exec(lines[b]!)!;
      if (m.style === 'dangling') {
        lines[b] = `${mb[1]} *nowhere`;
      } else if (m.style === 'self') {
        // An alias inside its own anchor: a cycle.
        lines[a] = `${ma[1]} &loop [*loop, ${ma[3]}]`;
      } else {
        lines[a] = `${ma[1]} &anchor ${ma[3]}`;
        lines[b] = m.style === 'merge' ? `${mb[1]} { <<: *anchor }` : `${mb[1]} *anchor`;
      }
      return lines.join('\n');
    }
    case 'deep-nesting': {
      const a = valued(i);
      // Nested flow mappings (`{{{…}}}`, each the key of the next) cost loadRegulation time growing
      // about with the 6th power of the depth (300 levels: ~3 s, 630: ~2 min, see the report in
      // test/unit/regulation-fuzz.test.ts): capped here so a run stays bounded; a dedicated test pins it.
      const depth = m.open === '{' ? Math.min(m.depth, 150) : m.depth;
      const deep =
        m.open === '- '
          ? `\n${Array.from({ length: Math.min(depth, 400) }, (_, d) => `${' '.repeat(2 * d + 2)}- `).join('\n')}x`
          : m.open.repeat(depth) + (m.open === '[' ? ']' : '}').repeat(depth);
      if (a < 0) return `${text}\ndeep: ${deep}`;
      const ma = KEY_VALUE.exec(lines[a]!)!;
      lines[a] = `${ma[1]} ${deep}`;
      return lines.join('\n');
    }
    case 'tabs':
      lines[i] = line.replace(/^( +)/, (s) => '\t'.repeat(Math.max(1, s.length / 2)));
      if (lines[i] === line) lines[i] = `\t${line}`;
      return lines.join('\n');
    case 'indent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.slice(Math.min(-m.by, line.search(/\S|$/)));
      return lines.join('\n');
    case 'bom':
      return `\ufeff${text}`;
    case 'line-endings':
      return text.replace(/\n/g, m.to);
    case 'long-line': {
      const a = valued(i);
      const long = 'x'.repeat(m.length);
      if (a < 0) return `${text}\nlong: ${long}`;
      const ma = KEY_VALUE.exec(lines[a]!)!;
      lines[a] = `${ma[1]} ${ma[3]}${long}`;
      return lines.join('\n');
    }
    case 'rename':
      return text.split(TOKENS[m.token]!).join(m.to);
    case 'insert': {
      const offset = m.at % (text.length + 1);
      return text.slice(0, offset) + m.text + text.slice(offset);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

/** A text from `bases` with one to four mutations applied, and what was done (for the report). */
export function mutatedYaml(bases: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: bases.length - 1 }), fc.array(yamlMutation(), { minLength: 1, maxLength: 4 }))
    .map(([b, mutations]) => mutations.reduce(applyYamlMutation, bases[b]!));
}

/** A YAML document of random shape: JSON values (with hostile strings) serialized by the `yaml` package. */
export function randomYamlDocument(): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }),
    fc.dictionary(hostileString(24), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
  );
  return fc
    .tuple(value, fc.constantFrom('block' as const, 'flow' as const))
    .map(([v, style]) => stringify(v, { collectionStyle: style }));
}

/** A parsed regulation with random subtrees replaced, dropped or added: the shape goes wrong deep inside. */
export function mutatedRegulationValue(base: unknown): fc.Arbitrary<unknown> {
  const edit = fc.record({
    path: fc.array(fc.nat({ max: 50 }), { minLength: 0, maxLength: 5 }),
    op: fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
    key: fc.oneof(fc.constantFrom(...HOSTILE_IDENTIFIERS), hostileString(16)),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }),
      fc.constantFrom<unknown>(null, '', 0, -1, 1e308, [], {}, [[]], 'PT', 'constructor', '__proto__'),
    ),
  });
  return fc
    .array(edit, { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce((v, e) => editAt(v, e.path, e.op, e.key, e.value), structuredClone(base)));
}

/** Follows `path` (indices into each container's keys, wrapped) and edits what it reaches. */
function editAt(value: unknown, path: number[], op: 'replace' | 'delete' | 'add', key: string, newValue: unknown) {
  const root = { v: value } as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] = root;
  let at: string | number = 'v';
  for (const step of path) {
    const here: unknown = (parent as Record<string, unknown>)[at as string];
    if (!here || typeof here !== 'object') break;
    const keys: Array<string | number> = Array.isArray(here) ? here.map((_, k) => k) : Object.keys(here);
    if (keys.length === 0) break;
    parent = here as Record<string, unknown>;
    at = keys[step % keys.length]!;
  }
  const target = (parent as Record<string, unknown>)[at as string];
  if (op === 'replace') (parent as Record<string, unknown>)[at as string] = newValue;
  else if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(at as number, 1);
    else delete (parent as Record<string, unknown>)[at as string];
  } else if (target && typeof target === 'object') {
    if (Array.isArray(target)) target.push(newValue);
    else Object.defineProperty(target, key, { value: newValue, enumerable: true, writable: true, configurable: true });
  }
  return root.v;
}
