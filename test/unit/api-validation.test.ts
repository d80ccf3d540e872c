/**
 * The API's own wording of schema failures (app/validate.ts): each names the
 * parameter or field and says what it must be, in words drawn from the schema.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../app/validate.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 5 },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
    day: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    code: { type: 'string', pattern: '^[A-Z]{3}$', description: 'an ISO 4217 currency code' },
    plain: { type: 'string', pattern: '^x+$' },
    count: { type: 'integer', minimum: 1, maximum: 10 },
    share: { type: 'number', exclusiveMaximum: 1 },
    status: { enum: ['open', 'done'] },
    tags: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string' } },
  },
} as const;

function refusal(value: unknown, what?: string): string {
  try {
    check(schema, value, what);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('the API’s validation wording', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a missing field', {}, '/name "name" is required'],
    ['an unknown field', { name: 'a', colour: 1 }, '/colour unknown property "colour"'],
    ['a wrong type', { name: 3 }, '/name must be a string'],
    ['an empty string', { name: '' }, '/name must not be empty'],
    ['a long string', { name: 'abcdefg' }, '/name must be at most 5 characters long'],
    ['a bounded number pattern', { name: 'a', limit: '0' }, '/limit must be a whole number from 1 to 9999'],
    ['a date pattern', { name: 'a', day: 'yesterday' }, '/day must be a date YYYY-MM-DD'],
    [
      'a described pattern',
      { name: 'a', code: 'rub' },
      '/code must be a string matching ^[A-Z]{3}$ (an ISO 4217 currency code)',
    ],
    ['a bare pattern', { name: 'a', plain: 'y' }, '/plain must be a string matching ^x+$'],
    ['a minimum', { name: 'a', count: 0 }, '/count must be at least 1'],
    ['a maximum', { name: 'a', count: 11 }, '/count must be at most 10'],
    ['an exclusive maximum', { name: 'a', share: 1 }, '/share must be less than 1'],
    ['an enum', { name: 'a', status: 'sleeping' }, '/status must be one of: open, done'],
    ['too few items', { name: 'a', tags: [] }, '/tags must not be empty'],
    ['too many items', { name: 'a', tags: ['a', 'b', 'c'] }, '/tags must have at most 2 items'],
  ];
  for (const [name, value, message] of cases)
    it(`should word ${name}`, () => {
      const detail = refusal(value);
      expect(detail).toBe(`request body is invalid: ${message}`);
      expect(detail).not.toMatch(/lower_snake_case/);
    });

  it('should name a query’s values as parameters', () => {
    expect(refusal({ name: 'a', limit: '0' }, 'query')).toBe(
      'query is invalid: parameter limit must be a whole number from 1 to 9999',
    );
  });

  it('should list every problem at once, each with its pointer', () => {
    try {
      check(schema, { limit: 'x', count: 'y' });
      expect.unreachable();
    } catch (error) {
      const errors = (error as { options: { details: { errors: unknown[] } } }).options.details.errors;
      expect(errors).toEqual([
        { pointer: '/name', message: '"name" is required' },
        { pointer: '/limit', message: 'must be a whole number from 1 to 9999' },
        { pointer: '/count', message: 'must be an integer' },
      ]);
    }
  });
});
