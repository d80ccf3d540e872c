/**
 * Text that PostgreSQL and Temporal cannot hold, refused where it enters: a
 * NUL character, half of a UTF-16 surrogate pair, JSON nested deeper than any
 * deal needs. Checked once at the edge, so nothing reaches a write that would
 * fail there (a 500, or an activity retried for ever).
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';

/** Deeper than a regulation, a deal's client or an event's data ever is. */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or undefined when it can. */
export function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'contains half of a UTF-16 surrogate pair';
  return undefined;
}

/** Every string and key of a JSON value storable, and the value no deeper than `MAX_JSON_DEPTH`. */
export function checkStorable(value: unknown, what = 'request body'): void {
  const walk = (v: unknown, pointer: string, depth: number): void => {
    if (depth > MAX_JSON_DEPTH) refuse(what, pointer, `is nested deeper than ${MAX_JSON_DEPTH} levels`);
    if (typeof v === 'string') {
      const why = unstorable(v);
      if (why) refuse(what, pointer, why);
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${pointer}/${i}`, depth + 1));
    else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        const why = unstorable(k);
        if (why) refuse(what, pointer, `has a key that ${why}`);
        walk(item, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
      }
    }
  };
  walk(value, '', 0);
}

function refuse(what: string, pointer: string, why: string): never {
  throw new DomainError('VALIDATION_FAILED', `${what} ${pointer || '/'} ${why}`, {
    details: { errors: [{ pointer, message: why }] },
  });
}

/** Parses a JSON request body (empty = `{}`): malformed is MALFORMED_JSON, unstorable is VALIDATION_FAILED. */
export function parseJson(text: string, what = 'request body'): unknown {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DomainError('MALFORMED_JSON', `${what} is not valid JSON: ${(error as Error).message}`);
  }
  checkStorable(value, what);
  return value;
}
