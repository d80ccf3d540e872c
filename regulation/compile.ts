/**
 * Compiles a regulation into an XState machine. The machine is pure: effects
 * are named actions (`stageEntered`, `stageLeft`, `taskCompleted`) that the
 * caller executes. The deal workflow executes them as Temporal activities; the
 * same machine drives tests and, later, simulations.
 *
 * @example
 * const machine = compileRegulation(regulation);
 * const [snapshot, actions] = initialTransition(machine, { dealId: 'd1', fields: {} });
 *
 * @module
 */
import { assign, setup, type AnyStateMachine } from 'xstate';
import { exitBlockers, isBlocked, stageOf, type DealContext, type DealEvent, type FieldValues } from './deal-state.js';
import type { Regulation, StageDefinition } from './types.js';

export interface DealMachineInput {
  dealId: string;
  fields: FieldValues;
}

/** Effect actions the machine asks its runner to perform. */
export type DealEffect =
  | { type: 'stageEntered'; params: { stage: string; visit: number } }
  | { type: 'stageLeft'; params: { stage: string; visit: number; openTasks: string[] } }
  | { type: 'taskCompleted'; params: { stage: string; visit: number; taskKey: string; outcome: string | undefined } }
  /** Not an XState action: the workflow opens an occurrence of a recurring task when its time comes. */
  | {
      type: 'occurrenceOpened';
      params: { stage: string; visit: number; taskKey: string; n: number; skipped: string[] };
    };

export const EFFECT_TYPES: ReadonlySet<string> = new Set<DealEffect['type']>([
  'stageEntered',
  'stageLeft',
  'taskCompleted',
]);

function eventFields(event: DealEvent): FieldValues {
  return 'fields' in event && event.fields ? event.fields : {};
}

export function compileRegulation(regulation: Regulation) {
  const openTasksOf = (stage: StageDefinition) =>
    // A recurring task opens by occurrences later (workflows/deal-series.ts), not on entry.
    Object.fromEntries(
      stage.tasks.filter((t) => !t.recur).map((t) => [t.key, 'open' as const]),
    ) as DealContext['tasks'];

  const base = setup({
    types: {
      context: {} as DealContext,
      events: {} as DealEvent,
      input: {} as DealMachineInput,
    },
    actions: {
      mergeFields: assign({ fields: ({ context, event }) => ({ ...context.fields, ...eventFields(event) }) }),
      enterStage: assign(({ context }, params: { stage: string }) => ({
        visit: context.visit + 1,
        tasks: openTasksOf(stageOf(regulation, params.stage)),
      })),
      markTaskDone: assign({
        tasks: ({ context, event }) =>
          event.type === 'TASK_COMPLETED' && 'taskKey' in event
            ? { ...context.tasks, [event.taskKey]: 'done' }
            : context.tasks,
      }),
      // Effects: no implementation here; the runner executes them.
      stageEntered: (_, _params: { stage: string; visit: number }) => {},
      stageLeft: (_, _params: { stage: string; visit: number; openTasks: string[] }) => {},
      taskCompleted: (_, _params: { stage: string; visit: number; taskKey: string; outcome: string | undefined }) => {},
    },
    guards: {
      exitAllowed: ({ context, event }, params: { stage: string; enforce: boolean }) =>
        !params.enforce ||
        !isBlocked(
          exitBlockers(stageOf(regulation, params.stage), { ...context.fields, ...eventFields(event) }, context.tasks),
        ),
      taskOpen: ({ context, event }) =>
        event.type === 'TASK_COMPLETED' && 'taskKey' in event && context.tasks[event.taskKey] === 'open',
    },
  });

  const states = Object.fromEntries(
    regulation.stages.map((stage) => {
      const node = {
        entry: [
          { type: 'enterStage' as const, params: { stage: stage.key } },
          {
            type: 'stageEntered' as const,
            params: ({ context }: { context: DealContext }) => ({ stage: stage.key, visit: context.visit }),
          },
        ],
        ...(stage.final
          ? { type: 'final' as const }
          : {
              exit: [
                {
                  type: 'stageLeft' as const,
                  params: ({ context }: { context: DealContext }) => ({
                    stage: stage.key,
                    visit: context.visit,
                    openTasks: Object.entries(context.tasks)
                      .filter(([, s]) => s === 'open')
                      .map(([k]) => k),
                  }),
                },
              ],
              on: {
                ...Object.fromEntries(
                  Object.entries(stage.on).map(([event, t]) => [
                    event,
                    {
                      target: t.to,
                      guard: { type: 'exitAllowed' as const, params: { stage: stage.key, enforce: t.enforce } },
                      actions: 'mergeFields' as const,
                    },
                  ]),
                ),
                TASK_COMPLETED: {
                  guard: 'taskOpen' as const,
                  actions: [
                    'markTaskDone' as const,
                    'mergeFields' as const,
                    {
                      type: 'taskCompleted' as const,
                      params: ({ context, event }: { context: DealContext; event: DealEvent }) => ({
                        stage: stage.key,
                        visit: context.visit,
                        taskKey: 'taskKey' in event ? event.taskKey : '',
                        outcome: 'outcome' in event ? event.outcome : undefined,
                      }),
                    },
                  ],
                },
                FIELDS_UPDATED: { actions: 'mergeFields' as const },
              },
              ...(stage.advance
                ? {
                    always: {
                      target: stage.advance,
                      guard: { type: 'exitAllowed' as const, params: { stage: stage.key, enforce: true } },
                    },
                  }
                : {}),
            }),
      };
      return [stage.key, node];
    }),
  );

  return base.createMachine({
    id: regulation.id,
    initial: regulation.stages[0]!.key,
    context: ({ input }) => ({ dealId: input.dealId, fields: input.fields, visit: 0, tasks: {} }),
    // The generated config is typed loosely: its shape depends on the regulation.
    states: states as never,
  });
}

export type DealMachine = ReturnType<typeof compileRegulation>;

/** Keeps only the effect actions from what `transition()` returned, in order. */
export function effectsOf(actions: ReadonlyArray<{ type: string; params: unknown }>): DealEffect[] {
  return actions.filter((a) => EFFECT_TYPES.has(a.type)).map((a) => ({ type: a.type, params: a.params }) as DealEffect);
}

export type { AnyStateMachine };
