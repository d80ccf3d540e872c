/**
 * The steps of an absence's workflow (`absenceWorkflow`): when it starts and
 * ends, the first day's hand-over of open tasks, and the return digest. Each
 * is idempotent, so a retried or replayed step changes nothing twice.
 *
 * @module
 */
import type { AbsenceActivities } from '../domain/activities.contract.js';
import { absenceWindow, handOver } from '../rules/absence-handover.js';
import { createAbsenceHandoverRepo } from '../storage/absence-handover.repo.js';
import type { Sql } from '../storage/db.js';

export function createAbsenceActivities(deps: { sql: Sql; clock?: () => Date }): AbsenceActivities {
  const repo = createAbsenceHandoverRepo(deps.sql);
  const clock = deps.clock ?? (() => new Date());
  return {
    async absenceSchedule({ absenceId }) {
      const facts = await repo.facts(absenceId);
      if (!facts) return null;
      const { startsAt, returnsAt } = absenceWindow(facts.absence, facts.person.timezone);
      return { person: facts.absence.person, startsAt, returnsAt };
    },

    async handOverAbsentTasks({ absenceId }) {
      const facts = await repo.facts(absenceId);
      if (!facts) return { handedOver: 0 };
      const { returnsAt } = absenceWindow(facts.absence, facts.person.timezone);
      const tasks = await repo.openTasks(facts.absence.person);
      const moves = handOver(facts.absence, facts.absence.tasks, { ...facts.person, returnsAt }, tasks);
      return { handedOver: await repo.handOver(absenceId, facts.absence.person, moves, clock()) };
    },

    async writeAbsenceDigest({ absenceId }) {
      const facts = await repo.facts(absenceId);
      if (!facts) return { written: false };
      const { startsAt } = absenceWindow(facts.absence, facts.person.timezone);
      return { written: await repo.writeDigest(absenceId, facts.absence.person, new Date(startsAt), clock()) };
    },
  };
}
