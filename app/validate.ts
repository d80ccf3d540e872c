/**
 * Input checked against a JSON Schema (ajv), every problem reported with its
 * JSON pointer. The API validates request bodies and query parameters with it
 * and the intake validates each event type's payload.
 *
 * The wording is the API's own (`apiIssues`): it names the query parameter or
 * the body's field and says what it must be, from the schema itself. The
 * regulation loader words its problems for people writing regulations
 * (`schemaIssues` in regulation/load.ts, "keys are lower_snake_case"), which
 * would mislead a caller whose `?limit=0` was refused.
 *
 * @example
 * const body = check<{ url: string }>(webhookRequestSchema, await c.req.json());
 * // throws VALIDATION_FAILED: "request body is invalid: /url must be an http:// or https:// URL"
 *
 * @module
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { DomainError } from '../regulation/errors.js';
import { pathOf } from '../regulation/issues.js';

// `verbose` keeps each failing schema on the error: its description words a pattern.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: false, verbose: true });
const compiled = new WeakMap<object, ValidateFunction>();

export interface InputIssue {
  /** RFC 6901 pointer to the value (for a query, `/<parameter>`). */
  pointer: string;
  /** What it must be, without the subject: "must be a whole number from 1 to 9999". */
  message: string;
}

/** The value, typed, if it matches the schema; VALIDATION_FAILED listing every problem otherwise. */
export function check<T>(schema: object, value: unknown, what = 'request body'): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(value)) {
    const errors = apiIssues(validate.errors ?? []);
    // A query's values are named as the parameters they are; a body's by JSON pointer.
    const subject = (pointer: string) =>
      what === 'query' && pathOf(pointer).length === 1 ? `parameter ${pathOf(pointer)[0]}` : pointer || '/';
    throw new DomainError(
      'VALIDATION_FAILED',
      `${what} is invalid: ${errors.map((e) => `${subject(e.pointer)} ${e.message}`).join('; ')}`,
      { details: { errors } },
    );
  }
  return value as T;
}

/** ajv's errors in the API's words, one per mistake. */
export function apiIssues(errors: ErrorObject[]): InputIssue[] {
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const e of errors) {
    const issue = describe(e);
    const id = issue && `${issue.pointer}\u0000${issue.message}`;
    if (issue && !seen.has(id!)) {
      seen.add(id!);
      issues.push(issue);
    }
  }
  return issues;
}

function describe(e: ErrorObject): InputIssue | undefined {
  const here = e.instancePath;
  const p = e.params as Record<string, unknown>;
  const at = (message: string) => ({ pointer: here, message });
  switch (e.keyword) {
    case 'required':
      return { pointer: `${here}/${String(p.missingProperty)}`, message: `"${String(p.missingProperty)}" is required` };
    case 'additionalProperties':
      return {
        pointer: `${here}/${String(p.additionalProperty)}`,
        message: `unknown property "${String(p.additionalProperty)}"`,
      };
    case 'pattern':
      return at(`must be ${patternWords(String(p.pattern), e.parentSchema)}`);
    case 'type':
      return at(`must be ${article(String(p.type).replace(/,/g, ' or '))}`);
    case 'enum':
      return at(`must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`);
    case 'const':
      return at(`must be ${JSON.stringify(p.allowedValue)}`);
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return at(`must be ${bound(e.keyword)} ${String(p.limit)}`);
    case 'minLength':
      return at(p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`);
    case 'maxLength':
      return at(`must be at most ${String(p.limit)} characters long`);
    case 'minItems':
      return at(p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} items`);
    case 'maxItems':
      return at(`must have at most ${String(p.limit)} items`);
    case 'minProperties':
      return at(`must have at least ${String(p.limit)} properties`);
    case 'maxProperties':
      return at(`must have at most ${String(p.limit)} properties`);
    case 'uniqueItems':
      return at(`must not repeat an item (items ${String(p.j)} and ${String(p.i)} are equal)`);
    case 'format':
      return at(`must be ${article(String(p.format))}`);
    case 'if':
    case 'propertyNames':
      return undefined; // the failing branch or the name's own error reports the real problem
    default:
      return at(e.message ?? `fails "${e.keyword}"`);
  }
}

const BOUND: Record<string, string> = {
  minimum: 'at least',
  exclusiveMinimum: 'more than',
  maximum: 'at most',
  exclusiveMaximum: 'less than',
};
const bound = (keyword: string) => BOUND[keyword]!;

/**
 * What a value matching the pattern is, in words: the patterns the API's
 * schemas use are recognised; any other is quoted, with the schema's
 * `description` (or `title`) when it has one.
 */
function patternWords(pattern: string, schema: unknown): string {
  const digits = /^\^\[1-9\]\[0-9\]\{0,(\d)\}\$$/.exec(pattern);
  if (digits) return `a whole number from 1 to ${'9'.repeat(Number(digits[1]) + 1)}`;
  if (pattern === '^[1-9][0-9]*$') return 'a positive whole number';
  if (pattern === '^[0-9]+$') return 'a whole number (digits only)';
  if (pattern === '^https?://') return 'an http:// or https:// URL';
  if (pattern.startsWith('^[0-9]{4}-[0-9]{2}-[0-9]{2}'))
    return pattern.endsWith('-[0-9]{2}$')
      ? 'a date YYYY-MM-DD'
      : 'a date YYYY-MM-DD or an ISO 8601 timestamp (2026-03-01T09:00:00Z)';
  const about = schema as { description?: unknown; title?: unknown } | undefined;
  const said = typeof about?.description === 'string' ? about.description : about?.title;
  return `a string matching ${pattern}${typeof said === 'string' ? ` (${said})` : ''}`;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
