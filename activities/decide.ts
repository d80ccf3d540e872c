/**
 * The rules' decisions for one deal, made inside an activity's transaction:
 * who owns the deal (assignment rules and strategies, sticky owner, fallback
 * queue), the scheduling of its tasks, and what an escalation does. Each
 * decision comes with what it saw, to be stored in `decisions`.
 *
 * @module
 */
import type { Regulation } from '../regulation/types.js';
import { chooseManager, type AssignParams } from '../rules/assignment.js';
import type { RulesRegistry } from '../rules/registry.js';
import type { Sql } from '../storage/db.js';
import { managerFacts } from '../storage/managers.repo.js';
import { clientKey, createRuleRunner, failed, message, type DealFacts, type DecisionRecord } from './rule-runner.js';
import { createScheduler } from './schedule.js';

export { dealFacts, type DecisionRecord } from './rule-runner.js';

export function createDecisionMaker(registry: RulesRegistry) {
  const runner = createRuleRunner(registry);
  const { run, calendarFor } = runner;

  return {
    /** Picks the deal's owner; falls back to the regulation's queue when no rule or manager fits. */
    async assign(
      tx: Sql,
      input: {
        regulation: Regulation;
        version: number;
        facts: DealFacts;
        at: Date;
        strategyOverride?: AssignParams;
        exclude?: string;
      },
    ): Promise<{ owner: string; record: DecisionRecord }> {
      const { regulation, facts } = input;
      const fallback = regulation.assignment.fallback;
      try {
        const { facts: seen, decision } = input.strategyOverride
          ? {
              facts: facts as unknown as Record<string, unknown>,
              decision: {
                fired: { rule: 'escalation reassignment', priority: 0, params: input.strategyOverride },
                trace: [],
              },
            }
          : await run<AssignParams>(
              regulation,
              input.version,
              'assignment',
              facts as unknown as Record<string, unknown>,
            );
        if (!decision.fired) {
          return {
            owner: fallback,
            record: {
              kind: 'assignment',
              subject: null,
              rule: null,
              outcome: { owner: fallback, reason: 'no rule matched: fallback' },
              facts: seen,
              alternatives: [],
              trace: decision.trace,
              error: null,
            },
          };
        }
        const managers = (await managerFacts(tx)).filter((m) => m.id !== input.exclude);
        const scope = `${regulation.id}:${decision.fired.rule}`;
        const [cursor] = await tx`select last_manager from assignment_cursors where scope = ${scope}`;
        const clientOwner = await stickyOwner(tx, facts);
        const choice = chooseManager(decision.fired.params, managers, {
          now: input.at,
          calendar: calendarFor(regulation, undefined),
          ...(clientOwner ? { clientOwner } : {}),
          ...(typeof facts.client.region === 'string' ? { clientRegion: facts.client.region } : {}),
          ...(typeof facts.client.industry === 'string' ? { clientIndustry: facts.client.industry } : {}),
          ...(cursor ? { lastAssigned: cursor.last_manager as string } : {}),
        });
        const owner = choice.managerId ?? fallback;
        if (choice.managerId && choice.strategy === 'round_robin') {
          await tx`insert into assignment_cursors (scope, last_manager) values (${scope}, ${owner})
                   on conflict (scope) do update set last_manager = excluded.last_manager`;
        }
        return {
          owner,
          record: {
            kind: 'assignment',
            subject: null,
            rule: decision.fired.rule,
            outcome: {
              owner,
              strategy: choice.strategy,
              reason: choice.managerId ? choice.reason : `${choice.reason}: fallback`,
              candidates: choice.candidates,
              onShift: choice.onShift,
            },
            facts: { ...seen, clientOwner: clientOwner ?? null, managersConsidered: managers.length },
            alternatives: choice.alternatives,
            trace: decision.trace,
            error: null,
          },
        };
      } catch (error) {
        return { owner: fallback, record: failed('assignment', null, facts, error, { owner: fallback }) };
      }
    },

    /** The escalation rules' say on a firing escalation: whom else to tell, whether to reassign. */
    async escalate(regulation: Regulation, version: number, facts: Record<string, unknown>) {
      try {
        const { facts: seen, decision } = await run<{
          reassign?: AssignParams;
          notify?: Array<'assignee' | 'head' | 'director'>;
        }>(regulation, version, 'escalation', facts);
        return {
          params: decision.fired?.params ?? {},
          rule: decision.fired?.rule ?? null,
          facts: seen,
          trace: decision.trace,
          error: null as string | null,
        };
      } catch (error) {
        return { params: {}, rule: null, facts, trace: [], error: message(error) };
      }
    },
    ...createScheduler(runner),
  };
}

async function stickyOwner(tx: Sql, facts: DealFacts): Promise<string | undefined> {
  const key = clientKey(facts.client);
  if (!key) return undefined;
  const [row] = await tx`
    select owner from deals
    where id <> ${facts.deal.id} and coalesce(client->>'inn', client->>'email', client->>'name') = ${key}
    order by created_at desc limit 1`;
  return row?.owner as string | undefined;
}

export type DecisionMaker = ReturnType<typeof createDecisionMaker>;
