/**
 * Template suggestions: rules say what kind of document fits (proposal,
 * e-mail, call script; industry, segment, language); this picks the best
 * matching templates of the regulation and renders them with the deal's and
 * client's data through Handlebars.
 *
 * @module
 */
import Handlebars from 'handlebars';
import type { TemplateDefinition } from './types.js';

export interface TemplateCriteria {
  kind?: TemplateDefinition['kind'];
  industry?: string;
  segment?: string;
  language?: string;
  templateIds?: string[];
  limit?: number;
}

export interface SuggestedTemplate {
  id: string;
  kind: TemplateDefinition['kind'];
  title: string;
  subject?: string;
  body: string;
  score: number;
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();
function render(source: string, data: unknown): string {
  let fn = compiled.get(source);
  if (!fn) {
    // Plain text for e-mails and documents: no HTML escaping.
    fn = Handlebars.compile(source, { noEscape: true });
    compiled.set(source, fn);
  }
  return fn(data);
}

/** How well a template fits one criteria set and the stage; undefined when it does not fit. */
function score(t: TemplateDefinition, c: TemplateCriteria, stage: string): number | undefined {
  if (t.stages.length > 0 && !t.stages.includes(stage)) return undefined;
  if (c.templateIds && !c.templateIds.includes(t.id)) return undefined;
  if (c.kind && t.kind !== c.kind) return undefined;
  if (c.industry && t.industry && t.industry !== c.industry) return undefined;
  if (c.segment && t.segment && t.segment !== c.segment) return undefined;
  if (c.language && t.language !== c.language) return undefined;
  return (
    (t.stages.includes(stage) ? 4 : 0) +
    (c.industry && t.industry === c.industry ? 2 : 0) +
    (c.segment && t.segment === c.segment ? 1 : 0)
  );
}

export function suggestTemplates(
  templates: TemplateDefinition[],
  criteria: TemplateCriteria[],
  context: { stage: string; data: Record<string, unknown> },
): SuggestedTemplate[] {
  if (criteria.length === 0) return [];
  const best = new Map<string, number>();
  for (const c of criteria) {
    for (const t of templates) {
      const s = score(t, c, context.stage);
      if (s !== undefined && s >= (best.get(t.id) ?? -1)) best.set(t.id, s);
    }
  }
  const limit = Math.max(...criteria.map((c) => c.limit ?? 3));
  // Ties go to the order a rule named templates in, then to the library's order.
  const named = (id: string) =>
    Math.min(...criteria.map((c) => (c.templateIds?.includes(id) ? c.templateIds.indexOf(id) : Infinity)));
  return templates
    .filter((t) => best.has(t.id))
    .sort((a, b) => best.get(b.id)! - best.get(a.id)! || named(a.id) - named(b.id))
    .slice(0, limit)
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      ...(t.subject ? { subject: render(t.subject, context.data) } : {}),
      body: render(t.body, context.data),
      score: best.get(t.id)!,
    }));
}

/** One template rendered with the deal's data (subject and body), e.g. for a message sent from the deal. */
export function renderTemplate(
  t: Pick<TemplateDefinition, 'subject' | 'body'>,
  data: Record<string, unknown>,
): { subject?: string; body: string } {
  return { ...(t.subject ? { subject: render(t.subject, data) } : {}), body: render(t.body, data) };
}
