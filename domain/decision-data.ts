/**
 * What the rules' decisions read and keep besides the deal itself: the
 * managers with their workload, who a recipient is, round-robin positions and
 * a client's existing manager. The worker reads them from PostgreSQL inside
 * the activity's transaction (`storage/decision-data.repo.ts`); the simulator
 * keeps them in memory. Both run
 * the very same decision code.
 *
 * @module
 */
import type { Recipient } from '../regulation/types.js';
import type { ManagerFacts } from '../rules/assignment.js';

/** The deal a recipient is resolved for: its id (for its participants) and its fields (for `field:<name>`). */
export interface RecipientDeal {
  id: string;
  fields: Record<string, unknown>;
}

export interface DecisionData {
  /** Every manager with their workload: what assignment chooses among. */
  managers(): Promise<ManagerFacts[]>;
  /** One manager (their calendar for due times and SLAs), without reading the whole team's workload. */
  manager(id: string): Promise<ManagerFacts | undefined>;
  /** A person named relative to the assignee or the deal (`participant_head` is `recipientOf`'s to resolve). */
  recipient(
    to: Exclude<Recipient, 'participant_head'>,
    assignee: string,
    fallback: string,
    deal: RecipientDeal,
  ): Promise<string>;
  /** People who handed the deal over, oldest first (those of this transaction included). */
  participants(dealId: string): Promise<string[]>;
  /** A hand-over decided in this transaction (or simulation step): its previous owner joins the participants. */
  addParticipant(dealId: string, person: string): void;
  cursor(scope: string): Promise<string | undefined>;
  setCursor(scope: string, managerId: string): Promise<void>;
  /** The owner of this client's most recent other deal. */
  clientOwner(dealId: string, clientKey: string): Promise<string | undefined>;
}

/**
 * Who a regulation's recipient is, for any decision data: `participant_head`
 * is the head of whoever handed the deal over last (the fallback when nobody
 * did); every other recipient is the data's to resolve.
 */
export async function recipientOf(
  data: DecisionData,
  to: Recipient,
  assignee: string,
  fallback: string,
  deal: RecipientDeal,
): Promise<string> {
  if (to !== 'participant_head') return data.recipient(to, assignee, fallback, deal);
  const last = (await data.participants(deal.id)).at(-1);
  return last ? data.recipient('head', last, fallback, deal) : fallback;
}

/** Decision data for a simulation: a team in memory, nothing written anywhere. */
export function memoryDecisionData(
  managers: ManagerFacts[],
  previousOwners: Record<string, string> = {},
): DecisionData {
  const cursors = new Map<string, string>();
  const participants = new Map<string, string[]>();
  const data: DecisionData = {
    managers: async () => managers,
    manager: async (id) => managers.find((m) => m.id === id),
    async recipient(to, assignee, fallback, deal) {
      if (to === 'assignee') return assignee;
      if (to.startsWith('field:')) {
        const named = deal.fields[to.slice('field:'.length)];
        return typeof named === 'string' && named !== '' ? named : fallback;
      }
      const department = managers.find((m) => m.id === assignee)?.department ?? null;
      const found = managers
        .filter((m) => m.active && m.role === to && (to === 'director' || m.department === department))
        .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
      return found?.id ?? fallback;
    },
    participants: async (dealId) => participants.get(dealId) ?? [],
    addParticipant(dealId, person) {
      const list = participants.get(dealId) ?? [];
      if (!list.includes(person)) participants.set(dealId, [...list, person]);
    },
    cursor: async (scope) => cursors.get(scope),
    setCursor: async (scope, id) => void cursors.set(scope, id),
    // Whether that manager is still active is the sticky strategy's question, as with the database.
    clientOwner: async (_dealId, key) => previousOwners[key],
  };
  return data;
}
