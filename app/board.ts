/**
 * The pipeline board of a regulation: a column per stage (the newest
 * version's, titles included) with the active deals the principal may see
 * (managers their own, heads their department's and the queues', directors
 * and admins everyone's), each as a card: client, the fields the regulation
 * marks `summary`, owner, next task and its due, overdue. Deals on a queue
 * (no person) come first in their column, so nothing waits unseen.
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import type { Regulation } from '../regulation/types.js';
import type { BoardDealRow } from '../storage/board.repo.js';
import { visibleOwners, type Principal } from './access.js';
import type { AppContext } from './context.js';

export type BoardScope = 'mine' | 'department' | 'all';

export interface BoardFilter {
  scope?: BoardScope | undefined;
  owner?: string | undefined;
  overdue?: boolean | undefined;
}

export interface BoardCard {
  id: string;
  client: string | null;
  owner: string;
  ownerName: string | null;
  queue: boolean;
  summary: Record<string, unknown>;
  nextTask: { id: string; title: string; dueAt: string | null; assignee: string } | null;
  overdue: boolean;
  regulationVersion: number;
}

export interface BoardColumn {
  stage: string;
  title: string;
  final: 'won' | 'lost' | null;
  deals: BoardCard[];
}

export interface Board {
  regulationId: string;
  version: number;
  title: string;
  columns: BoardColumn[];
  /** More deals matched than the board shows. */
  truncated: boolean;
}

/** At most this many deals on one board: a bigger pipeline is filtered (mine, owner, overdue) or listed. */
export const BOARD_LIMIT = 2000;

export async function pipelineBoard(
  ctx: AppContext,
  me: Principal,
  regulationId: string,
  filter: BoardFilter,
  now = new Date(),
): Promise<Board> {
  const pinned = await ctx.regulations.get(regulationId);
  if (!pinned) throw new DomainError('REGULATION_NOT_FOUND', `regulation "${regulationId}" not found`);
  const visible = await visibleOwners(ctx, me);
  let owners = visible;
  if (filter.scope === 'mine') owners = [me.id];
  else if (filter.scope === 'department' && me.role !== 'manager') {
    const team = (await ctx.managers.list()).filter((m) => me.department && m.department === me.department);
    owners = [...new Set([me.id, ...team.map((m) => m.id)])].filter((o) => !visible || visible.includes(o));
  }
  // An owner outside what one may see gives an empty board, as an unknown one would.
  if (filter.owner) owners = !visible || visible.includes(filter.owner) ? [filter.owner] : [];
  const rows = await ctx.board.deals({
    regulationId,
    owners,
    withQueues: me.role !== 'manager' && !filter.owner && filter.scope !== 'mine',
    overdueOnly: filter.overdue === true,
    now,
    limit: BOARD_LIMIT + 1,
  });
  const shown = rows.slice(0, BOARD_LIMIT);
  return {
    regulationId,
    version: pinned.version,
    title: pinned.regulation.title,
    columns: columns(pinned.regulation, shown),
    truncated: rows.length > BOARD_LIMIT,
  };
}

function card(regulation: Regulation, row: BoardDealRow): BoardCard {
  const summary = Object.fromEntries(
    Object.entries(regulation.fields)
      .filter(([key, f]) => f.summary && row.fields[key] != null && row.fields[key] !== '')
      .map(([key]) => [key, row.fields[key]]),
  );
  return {
    id: row.id,
    client: row.clientName,
    owner: row.owner,
    ownerName: row.ownerName,
    queue: row.ownerName === null,
    summary,
    nextTask:
      row.taskId && row.taskTitle && row.taskAssignee
        ? {
            id: row.taskId,
            title: row.taskTitle,
            dueAt: row.taskDueAt?.toISOString() ?? null,
            assignee: row.taskAssignee,
          }
        : null,
    overdue: row.overdue,
    regulationVersion: row.regulationVersion,
  };
}

/** The stages in the regulation's order; a deal on a stage the newest version dropped gets a column of its own. */
function columns(regulation: Regulation, rows: BoardDealRow[]): BoardColumn[] {
  const out = new Map<string, BoardColumn>(
    regulation.stages.map((s) => [s.key, { stage: s.key, title: s.title, final: s.final ?? null, deals: [] }]),
  );
  for (const row of rows) {
    const column = out.get(row.stage) ?? { stage: row.stage, title: row.stage, final: null, deals: [] };
    out.set(row.stage, column);
    column.deals.push(card(regulation, row));
  }
  // Queue deals first; otherwise the query's order (latest change first) stays.
  for (const column of out.values()) column.deals.sort((a, b) => Number(b.queue) - Number(a.queue));
  return [...out.values()];
}
