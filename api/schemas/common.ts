/**
 * Building blocks of the response schemas: dates as ISO strings, nullable
 * values, open JSON objects. Responses are camelCase throughout.
 *
 * `format: 'date-time'` is an annotation here: nothing needs ajv-formats
 * (the response checker of the tests declares the format itself). Do not put
 * these in request schemas validated by `check()`, whose strict ajv knows no
 * formats.
 *
 * @module
 */

/** A timestamp as JSON carries it: `Date#toISOString()`. */
export const dateTime = { type: 'string', format: 'date-time' } as const;
export const nullableDateTime = { type: ['string', 'null'], format: 'date-time' } as const;
export const nullableString = { type: ['string', 'null'] } as const;
export const nullableInteger = { type: ['integer', 'null'] } as const;
export const stringList = { type: 'array', items: { type: 'string' } } as const;

/** Open data (deal fields, client, decision facts, payloads): any JSON object. */
export const openObject = { type: 'object', additionalProperties: true } as const;

/** Any JSON value. */
export const anyValue = {} as const;

/** `{ [key]: items[] }`: the envelope every list response uses. */
export const listOf = <const K extends string, const S extends object>(key: K, items: S) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: [key],
    properties: { [key]: { type: 'array', items } } as { [P in K]: { type: 'array'; items: S } },
  }) as const;

/** A query parameter the API reads as a positive integer (query values are strings); 9 digits fit PostgreSQL's integer. */
export const positiveIntegerString = { type: 'string', pattern: '^[1-9][0-9]*$', maxLength: 9 } as const;

/** Deals a bulk step could not act on, with why. */
export const dealFailures = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['dealId', 'error'],
    properties: { dealId: { type: 'string' }, error: { type: 'string' } },
  },
} as const;
