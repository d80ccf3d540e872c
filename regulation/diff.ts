/**
 * A readable difference between two regulation versions: stages, tasks, dues,
 * required fields, transitions, fields, rules and templates that were added,
 * removed or changed.
 *
 * @module
 */
import type { Regulation, StageDefinition } from './types.js';

export interface Change {
  change: 'added' | 'removed' | 'changed';
  /** Where, in a director's words: `stage proposal › task send_proposal › due`. */
  what: string;
  before?: unknown;
  after?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function byKey<T>(items: T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((t) => [key(t), t]));
}

function compareMaps<T>(
  before: Map<string, T>,
  after: Map<string, T>,
  label: string,
  changes: Change[],
  inner?: (a: T, b: T, what: string) => void,
) {
  for (const [k, a] of before) {
    const b = after.get(k);
    if (b === undefined) changes.push({ change: 'removed', what: `${label} ${k}`, before: a });
    else if (!same(a, b)) {
      if (inner) inner(a, b, `${label} ${k}`);
      else changes.push({ change: 'changed', what: `${label} ${k}`, before: a, after: b });
    }
  }
  for (const [k, b] of after) if (!before.has(k)) changes.push({ change: 'added', what: `${label} ${k}`, after: b });
}

function compareStage(a: StageDefinition, b: StageDefinition, what: string, changes: Change[]) {
  for (const prop of ['title', 'final', 'advance', 'sla', 'requiredFields', 'onEnter'] as const) {
    if (!same(a[prop], b[prop]))
      changes.push({ change: 'changed', what: `${what} › ${prop}`, before: a[prop], after: b[prop] });
  }
  compareMaps(
    byKey(a.tasks, (t) => t.key),
    byKey(b.tasks, (t) => t.key),
    `${what} › task`,
    changes,
    (x, y, w) => {
      for (const prop of ['title', 'due', 'dueFrom', 'required'] as const) {
        if (!same(x[prop], y[prop]))
          changes.push({ change: 'changed', what: `${w} › ${prop}`, before: x[prop], after: y[prop] });
      }
    },
  );
  compareMaps(new Map(Object.entries(a.on)), new Map(Object.entries(b.on)), `${what} › event`, changes);
}

export function diffRegulations(a: Regulation, b: Regulation): Change[] {
  const changes: Change[] = [];
  if (a.title !== b.title) changes.push({ change: 'changed', what: 'title', before: a.title, after: b.title });
  compareMaps(
    byKey(a.stages, (s) => s.key),
    byKey(b.stages, (s) => s.key),
    'stage',
    changes,
    (x, y, w) => compareStage(x, y, w, changes),
  );
  compareMaps(new Map(Object.entries(a.fields)), new Map(Object.entries(b.fields)), 'field', changes);
  for (const kind of ['assignment', 'reminders', 'escalation', 'templates'] as const) {
    const name = (r: { name?: string }, i: number) => r.name ?? `#${i + 1}`;
    compareMaps(
      new Map((a.rules?.[kind] ?? []).map((r, i) => [name(r, i), r])),
      new Map((b.rules?.[kind] ?? []).map((r, i) => [name(r, i), r])),
      `${kind} rule`,
      changes,
    );
  }
  compareMaps(
    byKey(a.templates ?? [], (t) => t.id),
    byKey(b.templates ?? [], (t) => t.id),
    'template',
    changes,
  );
  for (const prop of ['calendar', 'escalation', 'assignment', 'plugins'] as const) {
    if (!same(a[prop], b[prop])) changes.push({ change: 'changed', what: prop, before: a[prop], after: b[prop] });
  }
  return changes;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** One line per change: `+ stage payment`, `- task call`, `~ stage proposal › task send › due: P1D → P2D`. */
export function formatChange(c: Change): string {
  if (c.change === 'added') return `+ ${c.what}`;
  if (c.change === 'removed') return `- ${c.what}`;
  const brief = (v: unknown) =>
    v === undefined ? '(none)' : show(v).length > 60 ? show(v).slice(0, 57) + '…' : show(v);
  return `~ ${c.what}: ${brief(c.before)} → ${brief(c.after)}`;
}
