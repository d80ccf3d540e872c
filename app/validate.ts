/**
 * Input checked against a JSON Schema (ajv), every problem reported with its
 * JSON pointer. The API validates request bodies with it and the intake
 * validates each event type's payload.
 *
 * @module
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { DomainError } from '../regulation/errors.js';
import { schemaIssues } from '../regulation/load.js';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: false });
const compiled = new WeakMap<object, ValidateFunction>();

/** The value, typed, if it matches the schema; VALIDATION_FAILED listing every problem otherwise. */
export function check<T>(schema: object, value: unknown, what = 'request body'): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(value)) {
    const errors = schemaIssues(validate.errors ?? []);
    throw new DomainError(
      'VALIDATION_FAILED',
      `${what} is invalid: ${errors.map((e) => `${e.pointer || '/'} ${e.message}`).join('; ')}`,
      { details: { errors } },
    );
  }
  return value as T;
}
