/**
 * The regulation as a picture: Mermaid state-diagram text (for Markdown and
 * wikis) and Graphviz DOT (rendered to SVG by the CLI). Both show stages with
 * their tasks and SLA, transitions labelled with the event and what the move
 * requires, automatic advances and final outcomes.
 *
 * @module
 */
import type { Regulation, StageDefinition } from './types.js';

/** Who takes the stage, as a diagram says it: "taken by sales", "taken by the assignment rules". */
function takenBy(stage: StageDefinition): string | undefined {
  const r = stage.responsible;
  if (!r || r === 'keep') return undefined;
  if (r === 'rules') return 'taken by the assignment rules';
  return `taken by ${r.department ?? `the ${r.role}`}${r.strategy ? ` (${r.strategy})` : ''}`;
}

/** A task as a line: title, kind, due, optional. */
function taskLine(t: StageDefinition['tasks'][number]): string {
  const kind = t.kind && t.kind !== 'task' ? `[${t.kind}] ` : '';
  return `${kind}${t.title}${t.due ? ` (${t.due})` : ''}${t.required ? '' : ' (optional)'}`;
}

function requirement(stage: StageDefinition, enforce: boolean): string {
  if (!enforce) return '';
  const parts = [
    ...(stage.requiredFields.length ? [`fields: ${stage.requiredFields.join(', ')}`] : []),
    ...(stage.tasks.some((t) => t.required) ? ['required tasks done'] : []),
  ];
  return parts.length ? ` [${parts.join('; ')}]` : '';
}

export function toMermaid(regulation: Regulation): string {
  const lines = ['stateDiagram-v2', `  %% ${regulation.title} (${regulation.id})`];
  const first = regulation.stages[0]!;
  lines.push(`  [*] --> ${first.key}`);
  for (const s of regulation.stages) {
    lines.push(`  ${s.key} : ${s.title.replace(/:/g, '')}`);
    const by = takenBy(s);
    if (by) lines.push(`  ${s.key} : ${by.replace(/:/g, '')}`);
    for (const t of s.tasks) lines.push(`  ${s.key} : • ${taskLine(t).replace(/:/g, '')}`);
    if (s.sla) lines.push(`  ${s.key} : SLA ${s.sla}`);
    if (s.requireLossReason) lines.push(`  ${s.key} : needs lost reason`);
  }
  for (const s of regulation.stages) {
    for (const [event, t] of Object.entries(s.on))
      lines.push(`  ${s.key} --> ${t.to} : ${event}${requirement(s, t.enforce)}`);
    if (s.advance) lines.push(`  ${s.key} --> ${s.advance} : automatically${requirement(s, true)}`);
    if (s.final) lines.push(`  ${s.key} --> [*] : ${s.final}`);
  }
  return lines.join('\n') + '\n';
}

// Graphviz reads HTML entities in labels ("&lt;" is drawn as "<"): "&" is escaped so a title is drawn as written.
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/&/g, '&amp;');

export function toDot(regulation: Regulation): string {
  const lines = [
    `digraph "${esc(regulation.id)}" {`,
    '  rankdir=TB; fontname="Helvetica"; node [shape=box, style="rounded,filled", fillcolor="#f5f7fb", fontname="Helvetica", fontsize=11]; edge [fontname="Helvetica", fontsize=9];',
    `  label="${esc(regulation.title)}"; labelloc=t;`,
    '  start [shape=circle, label="", width=0.2, fillcolor=black];',
    `  start -> "${esc(regulation.stages[0]!.key)}";`,
  ];
  for (const s of regulation.stages) {
    // Left-aligned lines: each line ends with Graphviz's \l.
    const tasks = s.tasks.map((t) => `• ${esc(taskLine(t))}\\l`).join('');
    const fill = s.final === 'won' ? '#dff3e3' : s.final === 'lost' ? '#f8dede' : '#f5f7fb';
    const by = takenBy(s);
    const label = `${esc(s.title)}${by ? `\\n${esc(by)}` : ''}${s.sla ? `\\nSLA ${s.sla}` : ''}${s.requireLossReason ? '\\nneeds lost reason' : ''}${tasks ? `\\n\\n${tasks}` : ''}`;
    lines.push(`  "${esc(s.key)}" [label="${label}", fillcolor="${fill}"${s.final ? ', peripheries=2' : ''}];`);
  }
  for (const s of regulation.stages) {
    for (const [event, t] of Object.entries(s.on)) {
      lines.push(
        `  "${esc(s.key)}" -> "${esc(t.to)}" [label="${esc(event + requirement(s, t.enforce))}"${t.enforce ? '' : ', style=dashed'}];`,
      );
    }
    if (s.advance)
      lines.push(
        `  "${esc(s.key)}" -> "${esc(s.advance)}" [label="${esc('automatically' + requirement(s, true))}", color="#3a6ea5"];`,
      );
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
