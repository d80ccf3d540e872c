/**
 * Chained regulations: the client's life after a deal ends. A final stage may
 * name the regulation that takes the company next (won → `after_sale`; lost
 * with `timing` → `nurture`), and a regulation may declare which fields it
 * takes from the deal before it. Pure: the workflow asks `successorOf` when a
 * deal closes, the activity carries `carriedFields` into the next deal.
 *
 * @example
 * // stages: - { key: won, title: Won, final: won, next: after_sale }
 * // stages: - { key: lost, title: Lost, final: lost, next: [{ regulation: nurture, reasons: [timing] }] }
 * successorOf(regulation, 'lost', { lost_reason: 'timing' }); // { regulation: 'nurture', reasons: ['timing'] }
 *
 * @module
 */
import type { RegulationIssue } from './issues.js';
import { pointerOf } from './issues.js';
import { LOSS_FIELDS, type NextRegulation } from './types.js';

export type { NextRegulation };

/** How a director may write it: one id, or a list tried in order (the first that matches starts). */
export type NextSource = string | Array<string | NextRegulation>;

const key = { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 } as const;

/** JSON Schema of a final stage's `next`. */
export const nextSchema = {
  description:
    'the regulation a deal ending here starts for the same company (e.g. after_sale), or a list tried in order; reasons: only when lost with one of these lost reasons',
  oneOf: [
    key,
    {
      type: 'array',
      minItems: 1,
      items: {
        oneOf: [
          key,
          {
            type: 'object',
            additionalProperties: false,
            required: ['regulation'],
            properties: { regulation: key, reasons: { type: 'array', items: key, minItems: 1, uniqueItems: true } },
          },
        ],
      },
    },
  ],
} as const;

/** JSON Schema of a regulation's `takes`. */
export const takesSchema = {
  type: 'array',
  description: 'fields this regulation takes from the deal that started it (a chained regulation), e.g. [address]',
  items: key,
  uniqueItems: true,
} as const;

export function normalizeNext(next: NextSource): NextRegulation[] {
  const list = typeof next === 'string' ? [next] : next;
  return list.map((n) =>
    typeof n === 'string'
      ? { regulation: n }
      : { regulation: n.regulation, ...(n.reasons ? { reasons: n.reasons } : {}) },
  );
}

interface ChainStage {
  key: string;
  final?: 'won' | 'lost';
  next?: NextRegulation[];
}

/** The regulation a deal closed in `stage` with `fields` starts next, if any: the first entry that matches. */
export function successorOf(
  regulation: { stages: ChainStage[] },
  stage: string,
  fields: Record<string, unknown>,
): NextRegulation | undefined {
  const s = regulation.stages.find((x) => x.key === stage);
  if (!s?.final || !s.next) return undefined;
  const reason = fields[LOSS_FIELDS.reason];
  return s.next.find((n) => !n.reasons || (typeof reason === 'string' && n.reasons.includes(reason)));
}

/**
 * The fields the next deal starts with: those it `takes`, filled on the deal
 * before, and valid there (`problems` names what the next regulation refuses).
 */
export function carriedFields(
  fields: Record<string, unknown>,
  takes: readonly string[] | undefined,
  problems: (one: Record<string, unknown>) => string[],
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const name of takes ?? []) {
    const v = fields[name];
    if (v === undefined || v === null || typeof v === 'object') continue;
    if (problems({ [name]: v }).length === 0) out[name] = v as string | number | boolean;
  }
  return out;
}

/** The successor deal's id: one per predecessor and regulation, so a retried close starts one deal. */
export const successorKey = (dealId: string, regulationId: string) => `chain:${dealId}:${regulationId}`;

interface ChainSource {
  fields?: Record<string, unknown>;
  lostReasons?: string[];
  takes?: string[];
  stages: Array<{ key: string; final?: string; next?: NextSource }>;
}

/** Mistakes a schema cannot see: `next` off a final stage, reasons on a win or not in the list, unknown `takes`. */
export function checkChain(source: ChainSource): RegulationIssue[] {
  const issues: RegulationIssue[] = [];
  const add = (path: Array<string | number>, message: string) => issues.push({ pointer: pointerOf(path), message });
  const lostReasons = new Set(source.lostReasons ?? []);
  source.stages.forEach((stage, i) => {
    if (stage.next === undefined) return;
    if (!stage.final) {
      add(['stages', i, 'next'], `stage "${stage.key}" is not final: only a final stage starts the next regulation`);
      return;
    }
    normalizeNext(stage.next).forEach((n, j) => {
      for (const r of n.reasons ?? []) {
        if (stage.final !== 'lost') add(['stages', i, 'next', j, 'reasons'], `a won stage has no lost reason ("${r}")`);
        else if (!lostReasons.has(r))
          add(['stages', i, 'next', j, 'reasons'], `unknown lost reason "${r}": add it to lostReasons`);
      }
    });
  });
  const declared = new Set(Object.keys(source.fields ?? {}));
  (source.takes ?? []).forEach((f, i) => {
    if (!declared.has(f)) add(['takes', i], `takes "${f}", which is not among this regulation's fields`);
  });
  return issues;
}
