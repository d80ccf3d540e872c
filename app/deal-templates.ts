/**
 * The templates suggested for a deal's open tasks, rendered again with the
 * deal's data as it is now (a field filled after the task was made shows in
 * the text), for the workspace to show and copy.
 *
 * @module
 */
import { renderTemplate } from '../rules/templates.js';
import { visibleDeal, type Principal } from './access.js';
import type { AppContext } from './context.js';
import { templateData } from './messages.js';

export interface DealTemplate {
  id: string;
  kind: string;
  title: string;
  subject?: string;
  body: string;
  /** The open task (its key) the rules suggested it for. */
  task: string;
}

export async function dealTemplates(ctx: AppContext, me: Principal, id: string): Promise<DealTemplate[]> {
  const deal = await visibleDeal(ctx, me, id);
  const pinned = await ctx.regulations.get(deal.regulationId, deal.regulationVersion);
  const tasks = await ctx.deals.listTasks({ dealId: id, status: 'open', limit: 1000 });
  const data = await templateData(ctx, deal);
  const seen = new Set<string>();
  const templates: DealTemplate[] = [];
  for (const task of tasks) {
    for (const suggested of task.templates) {
      if (seen.has(suggested.id)) continue;
      seen.add(suggested.id);
      const definition = pinned?.regulation.templates.find((t) => t.id === suggested.id);
      // A template the version no longer has keeps the text it was suggested with.
      const text = definition ? renderTemplate(definition, data) : suggested;
      templates.push({
        id: suggested.id,
        kind: suggested.kind,
        title: suggested.title,
        ...(text.subject ? { subject: text.subject } : {}),
        body: text.body,
        task: task.key,
      });
    }
  }
  return templates;
}
