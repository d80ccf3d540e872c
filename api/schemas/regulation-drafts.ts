/**
 * A regulation being written (the studio's editor): validating a draft,
 * its diff against the published version, a dry run on it, its text, and
 * reverting to an older version.
 *
 * @module
 */
import { MAX_REGULATION_CHARS } from '../../regulation/load.js';
import { component } from '../openapi.js';
import { nullableInteger, nullableString, positiveIntegerString, stringList } from './common.js';
import { regulationChangeSchema } from './regulations.js';

const source = {
  type: 'string',
  maxLength: MAX_REGULATION_CHARS,
  description: 'the regulation as YAML (or JSON), as the director writes it',
} as const;

/** `POST /regulations/validate` body. */
export const validateDraftRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['source'],
  properties: {
    source,
    diagram: { type: 'boolean', description: 'draw the diagram (SVG) when the draft is valid; default true' },
  },
} as const;

/** `POST /regulations/validate`: every problem with its place, the composed stages and the diagram. */
export const draftValidationSchema = component('DraftValidation', {
  type: 'object',
  additionalProperties: false,
  required: ['valid', 'id', 'title', 'problems', 'stages', 'timezone', 'svg'],
  properties: {
    valid: { type: 'boolean', description: 'true: publishing this text would be accepted' },
    id: { ...nullableString, description: 'the id the text names, if it gets that far' },
    title: nullableString,
    problems: {
      type: 'array',
      items: component('DraftProblem', {
        type: 'object',
        additionalProperties: false,
        required: ['pointer', 'line', 'column', 'message'],
        properties: {
          pointer: { type: 'string', description: 'RFC 6901 JSON pointer into the regulation' },
          line: { ...nullableInteger, description: '1-based line in the text (null: inside a plugin’s part)' },
          column: { ...nullableInteger, description: '1-based column' },
          message: { type: 'string' },
        },
      } as const),
    },
    stages: {
      type: 'array',
      description: 'the stages after composition with plugins, in order (empty while invalid)',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title', 'tasks'],
        properties: {
          key: { type: 'string' },
          title: { type: 'string' },
          final: { enum: ['won', 'lost'] },
          tasks: { ...stringList, description: 'its tasks’ keys' },
          plugin: { type: 'string', description: 'the plugin that added this stage' },
        },
      },
    },
    timezone: { ...nullableString, description: 'the calendar’s time zone (IANA)' },
    svg: { ...nullableString, description: 'the diagram as SVG markup (Graphviz)' },
  },
} as const);

/** `POST /regulations/:id/diff` body. */
export const draftDiffRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['source'],
  properties: {
    source,
    against: { type: 'integer', minimum: 1, description: 'the published version (default: the newest)' },
  },
} as const;

/** `POST /regulations/:id/diff` */
export const draftDiffSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'from', 'changes', 'text'],
  properties: {
    id: { type: 'string' },
    from: { type: 'integer', minimum: 1, description: 'the published version compared with' },
    changes: { type: 'array', items: regulationChangeSchema },
    text: { ...stringList, description: 'each change in words' },
  },
} as const;

/** `GET /regulations/:id/source` query. */
export const regulationSourceQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { ...positiveIntegerString, description: 'default: the newest version' } },
} as const;

/** `GET /regulations/:id/source` */
export const regulationTextSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'text'],
  properties: {
    id: { type: 'string' },
    version: { type: 'integer', minimum: 1 },
    text: { type: 'string', description: 'as published (YAML as written; JSON-published versions as YAML)' },
  },
} as const;

/** `POST /regulations/:id/revert` body. */
export const revertRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { type: 'integer', minimum: 1, description: 'the older version whose content is published again' },
    comment: { type: 'string', maxLength: 2000, description: 'why (default: “revert to version N”)' },
  },
} as const;
