/**
 * JSON Schema of a regulation file, the single definition that ajv validates
 * against and that the API publishes. Semantic checks (targets exist, stages
 * reachable...) live in `semantics.ts`: a schema cannot express them.
 *
 * @module
 */

const key = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 } as const;
const eventName = { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$', maxLength: 64 } as const;

export const regulationSchema = {
  $id: 'https://reglament.dev/schemas/regulation.json',
  title: 'Sales regulation',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'stages'],
  properties: {
    $schema: { type: 'string' },
    id: { ...key, description: 'Stable identifier, e.g. b2b_basic' },
    title: { type: 'string', minLength: 1 },
    defaultOwner: { type: 'string', minLength: 1, default: 'queue:unassigned' },
    fields: {
      type: 'object',
      propertyNames: key,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: {
          title: { type: 'string' },
          type: { enum: ['string', 'number', 'integer', 'boolean'] },
          enum: { type: 'array', minItems: 1, items: { type: ['string', 'number'] } },
        },
      },
    },
    stages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title'],
        properties: {
          key,
          title: { type: 'string', minLength: 1 },
          final: { enum: ['won', 'lost'] },
          requiredFields: { type: 'array', items: key },
          advance: key,
          tasks: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['key', 'title'],
              properties: {
                key,
                title: { type: 'string', minLength: 1 },
                due: {
                  type: 'string',
                  description: 'ISO 8601 duration, e.g. PT4H or P2D',
                  pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$',
                },
                required: { type: 'boolean', default: true },
              },
            },
          },
          on: {
            type: 'object',
            propertyNames: eventName,
            additionalProperties: {
              oneOf: [
                key,
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['to'],
                  properties: { to: key, enforce: { type: 'boolean', default: true } },
                },
              ],
            },
          },
        },
      },
    },
  },
} as const;
