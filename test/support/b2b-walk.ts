/**
 * The b2b example (examples/regulations/b2b-basic.yaml) walked from its first
 * stage to won, one request per step: a task of visit `n` completed with its
 * body, or an event sent. The cluster and upgrade tests walk deals with it.
 */
export type WalkStep =
  | { task: [number, string]; body: { outcome?: string; fields?: Record<string, string | number> } }
  | string;

export const B2B_WALK: WalkStep[] = [
  { task: [1, 'call_client'], body: { outcome: 'interested', fields: { decision_maker: 'Ivanov' } } },
  'QUALIFIED',
  { task: [2, 'schedule_meeting'], body: { outcome: 'Tuesday 10:00' } },
  { task: [2, 'hold_meeting'], body: { outcome: 'held' } },
  { task: [3, 'prepare_proposal'], body: {} },
  { task: [3, 'send_proposal'], body: { fields: { budget: 1_200_000 } } },
  'PROPOSAL_SENT',
  { task: [4, 'follow_up_call'], body: { outcome: 'agreed' } },
  'AGREED',
  { task: [5, 'issue_invoice'], body: { fields: { invoice_number: 'INV-17' } } },
  { task: [5, 'confirm_payment'], body: { outcome: 'paid' } },
];
