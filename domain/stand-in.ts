/**
 * Who hears instead of someone away: a reminder's or an escalation's
 * recipients, each absent one replaced by their deputy (or head), with the
 * reason in words. Shared by the worker and the simulator through
 * `timerOutcome`.
 *
 * @module
 */
import { standIn } from '../rules/people.js';
import type { DecisionData, RecipientDeal } from './decision-data.js';

/** Recipients away at `now` replaced by their deputy (or head); one hop, so a chain of absences cannot loop. */
export async function delegate(
  data: DecisionData,
  recipients: Set<string>,
  fallback: string,
  deal: RecipientDeal,
  now: Date,
): Promise<{ recipients: Set<string>; delegated: string[] }> {
  const out = new Set<string>();
  const delegated: string[] = [];
  for (const r of recipients) {
    const instead = r.startsWith('queue:')
      ? undefined
      : await standIn(await data.manager(r), now, () => data.recipient('head', r, fallback, deal));
    if (instead) delegated.push(instead.reason);
    out.add(instead?.to ?? r);
  }
  return { recipients: out, delegated };
}
