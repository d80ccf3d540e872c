import { describe, expect, it } from 'vitest';
import { diffRegulations, formatChange } from '../../regulation/diff.js';
import { toDot, toMermaid } from '../../regulation/graph.js';
import { loadRegulation } from '../../regulation/load.js';
import { renderSvg } from '../../regulation/svg.js';
import { MINIMAL } from '../support/regulations.js';

const before = loadRegulation(MINIMAL);
const after = loadRegulation(
  MINIMAL.replace('due: PT4H', 'due: PT2H')
    .replace('{ key: note, title: Note, required: false }', '{ key: email, title: E-mail the summary }')
    .replace('    advance: won\n', '    advance: won\n    sla: P1D\n')
    .replace('stages:', 'escalation: { chain: [{ to: head, after: PT1H }] }\nstages:')
    .replace('fields:\n  budget: { type: number }', 'fields:\n  budget: { type: number }\n  region: { type: string }'),
);

describe('regulation diff', () => {
  it('should list stages, tasks, dues, fields and settings that changed, readably', () => {
    expect(diffRegulations(before, after).map(formatChange)).toEqual([
      '~ stage first › task call › due: PT4H → PT2H',
      '- stage first › task note',
      '+ stage first › task email',
      '~ stage second › sla: (none) → P1D',
      '+ field region',
      '~ escalation: {"chain":[]} → {"chain":[{"to":"head","after":"PT1H"}]}',
    ]);
  });

  it('should find nothing between a regulation and itself', () => {
    expect(diffRegulations(before, loadRegulation(MINIMAL))).toEqual([]);
  });
});

describe('regulation diagrams', () => {
  it('should draw stages, tasks, guarded transitions, advances and outcomes in Mermaid', () => {
    const m = toMermaid(before);
    expect(m).toContain('[*] --> first');
    expect(m).toContain('first : • Call (PT4H)');
    expect(m).toContain('first : • Note (optional)');
    expect(m).toContain('first --> second : NEXT [fields: budget; required tasks done]');
    expect(m).toContain('first --> lost : DROP\n');
    expect(m).toContain('second --> won : automatically [required tasks done]');
    expect(m).toContain('won --> [*] : won');
  });

  it('should render an SVG through Graphviz', async () => {
    const svg = await renderSvg(toDot(after));
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).toContain('SLA P1D');
    expect(svg).toContain('NEXT [fields: budget; required tasks done]');
  });
});
