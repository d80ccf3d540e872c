/**
 * The rules' decision data read from PostgreSQL inside a transition's
 * transaction (the simulator's counterpart lives in `domain/decision-data.ts`).
 *
 * @module
 */
import type { DecisionData } from '../domain/decision-data.js';
import type { ManagerFacts } from '../rules/assignment.js';
import type { Sql } from './db.js';
import { managerFacts, resolveRecipient } from './managers.repo.js';
import { lockForCapacity } from './people.repo.js';

/** Decision data inside one transaction; the managers are read once per transaction. */
export function sqlDecisionData(tx: Sql): DecisionData {
  let managers: Promise<ManagerFacts[]> | undefined;
  const one = new Map<string, Promise<ManagerFacts | undefined>>();
  // Participants are read once per deal and transaction; hand-overs of this transaction are added to them.
  const stored = new Map<string, Promise<string[]>>();
  const added = new Map<string, string[]>();
  const data: DecisionData = {
    // Caps are checked against counts no concurrent transaction can change before this one commits.
    managers: () => (managers ??= lockForCapacity(tx).then(() => managerFacts(tx))),
    manager(id) {
      // The whole team when assignment has read it already; else just the one row.
      if (managers) return managers.then((all) => all.find((m) => m.id === id));
      let read = one.get(id);
      if (!read) one.set(id, (read = managerFacts(tx, id).then((rows) => rows[0])));
      return read;
    },
    recipient: (to, assignee, fallback, deal) => resolveRecipient(tx, to, assignee, fallback, deal.fields),
    async participants(dealId) {
      let read = stored.get(dealId);
      if (!read) {
        read = tx`select person from deal_participants where deal_id = ${dealId} order by since, person`.then((rows) =>
          rows.map((r) => r.person as string),
        );
        stored.set(dealId, read);
      }
      const before = await read;
      return [...before, ...(added.get(dealId) ?? []).filter((p) => !before.includes(p))];
    },
    addParticipant(dealId, person) {
      added.set(dealId, [...(added.get(dealId) ?? []), person]);
    },
    async cursor(scope) {
      const [row] = await tx`select last_manager from assignment_cursors where scope = ${scope}`;
      return row?.lastManager as string | undefined;
    },
    async setCursor(scope, managerId) {
      await tx`insert into assignment_cursors (scope, last_manager) values (${scope}, ${managerId})
               on conflict (scope) do update set last_manager = excluded.last_manager`;
    },
    async clientOwner(dealId, key) {
      if (!key) return undefined;
      const [row] = await tx`
        select owner from deals
        where id <> ${dealId} and coalesce(client->>'inn', client->>'email', client->>'name') = ${key}
        order by created_at desc limit 1`;
      return row?.owner as string | undefined;
    },
  };
  return data;
}
