/**
 * Calls from the phone system: the call API's use case. A PBX (through the
 * generic API or an adapter) reports a call as events keyed by its own call
 * id; each event is merged into the call's one row, so a webhook retried or
 * arriving out of order changes nothing twice. When the call is finished and
 * its numbers are known, what it does is applied once:
 *
 * - a number of a known company → logged on its newest active deal's
 *   timeline (`external.call.logged`, which compliance counts as a call
 *   held; a missed call is `external.call.missed`, which it does not);
 * - an incoming number nobody knows → a lead in the regulation the telephony
 *   rules name, assigned by that regulation's assignment rules;
 * - a missed incoming call → a call-back due within the rules' working time
 *   to the deal's owner; a later answered call with the number completes it.
 *
 * Every effect is idempotent on the call's id (the timeline fact's id and
 * the call-back's id derive from it; the lead's deal id from the call that
 * claimed the number, `phone_leads`), so a finished call applied twice (a
 * crash between effect and record) counts once, and calls from one new
 * number that come together make one lead. No lock is held while the deal
 * starts: a connection is never kept waiting on Temporal.
 *
 * @module
 */
import type { CallEvent } from '../domain/call.js';
import { normalisePhone, pbxNumber } from '../domain/phone.js';
import { DomainError } from '../regulation/errors.js';
import { addWorkingDuration, DEFAULT_CALENDAR } from '../rules/calendar.js';
import { createDecider } from '../rules/engine.js';
import { DEFAULT_TELEPHONY_RULES, rulesOf, type CallBackParams, type LeadParams } from '../rules/telephony.js';
import type { RuleDefinition } from '../rules/types.js';
import type { CallRow } from '../storage/telephony.repo.js';
import type { AppContext } from './context.js';
import { dealIdFor, startDeal } from './deals.js';
import { receiveEvent } from './intake.js';

/** The rules in force: the director's, or the shipped ones until a director saves some. */
export async function telephonyRules(ctx: AppContext): Promise<RuleDefinition[]> {
  return (await ctx.telephony.rules())?.rules ?? DEFAULT_TELEPHONY_RULES;
}

/** The facts telephony rules read about a call. */
export function callFacts(call: CallRow, known: boolean, now: Date) {
  const phone = call.clientNumber ? normalisePhone(call.clientNumber) : undefined;
  return {
    call: {
      direction: call.direction,
      outcome: call.outcome,
      from: call.fromNumber,
      to: call.toNumber,
      clientNumber: call.clientNumber,
      areaCode: phone?.areaCode ?? null,
      country: phone?.country ?? null,
      extension: call.extension,
      durationSec: call.durationSec,
    },
    known,
    now: { iso: now.toISOString(), hour: now.getUTCHours(), weekday: ((now.getUTCDay() + 6) % 7) + 1 },
  };
}

/** The first rule's parameters for an event type, with the rule's name. */
export async function decideTelephony<P>(
  ctx: AppContext,
  type: 'lead' | 'call_back' | 'route',
  facts: Record<string, unknown>,
): Promise<{ rule: string; params: P } | undefined> {
  const decide = createDecider<P>(rulesOf(await telephonyRules(ctx), type), ctx.plugins.registry);
  const { fired } = await decide(facts);
  return fired ? { rule: fired.rule, params: fired.params } : undefined;
}

export interface CallAnswer {
  id: string;
  status: CallRow['status'];
  dealId: string | null;
  effect: Record<string, unknown> | null;
}

const answer = (row: CallRow): CallAnswer => ({
  id: row.id,
  status: row.status,
  dealId: row.dealId,
  effect: row.effect,
});

const STATUS = {
  'call.started': 'ringing',
  'call.answered': 'answered',
  'call.finished': 'finished',
  'call.recorded': 'ringing', // moves nothing: the status only goes forward
} as const;

/** Takes one call event from `pbx` ('api' or an adapter's name); returns the call as it now stands. */
export async function receiveCallEvent(ctx: AppContext, pbx: string, e: CallEvent, actor: string): Promise<CallAnswer> {
  const at = e.at ? new Date(e.at) : new Date();
  if (Number.isNaN(at.getTime())) throw new DomainError('VALIDATION_FAILED', `"at" is not a date: ${e.at}`);
  const from = 'from' in e ? pbxNumber(e.from) : undefined;
  const to = 'to' in e ? pbxNumber(e.to) : undefined;
  const direction = 'direction' in e ? e.direction : undefined;
  const client = direction === 'in' ? from : direction === 'out' ? to : undefined;
  const extension = 'extension' in e ? e.extension : undefined;
  const manager = extension ? await ctx.telephony.managerOf(extension) : undefined;
  const row = await ctx.telephony.mergeCall({
    id: `${pbx}:${e.callId}`,
    pbx,
    pbxCallId: e.callId,
    status: STATUS[e.type],
    ...(direction ? { direction } : {}),
    ...(from ? { fromNumber: from } : {}),
    ...(to ? { toNumber: to } : {}),
    // Only a real phone number is a client's: an internal line matches no company.
    ...(client && client.startsWith('+') ? { clientNumber: client } : {}),
    ...(extension ? { extension } : {}),
    ...(manager ? { manager } : {}),
    ...(e.type === 'call.started' ? { startedAt: at } : {}),
    ...(e.type === 'call.answered' ? { answeredAt: at } : {}),
    ...(e.type === 'call.finished'
      ? {
          finishedAt: at,
          outcome: e.status,
          ...(e.durationSec !== undefined ? { durationSec: e.durationSec } : {}),
          ...(e.recordingUrl ? { recordingUrl: e.recordingUrl } : {}),
        }
      : {}),
  });
  if (e.type === 'call.recorded') {
    await ctx.telephony.setRecording(row.id, e.recordingUrl);
    // A call already on a deal gets its recording there too; one that is not yet finished carries it when it is.
    if (row.dealId)
      await receiveEvent(
        ctx,
        {
          type: 'call.recorded',
          eventId: `call-recording:${row.id}`,
          data: { dealId: row.dealId, callId: row.id, recordingUrl: e.recordingUrl },
        },
        { key: `call-recording:${row.id}`, actor },
      );
    return answer((await ctx.telephony.getCall(row.id))!);
  }
  // A finished call whose start is still to come waits for it when it lacks the numbers.
  if (row.status !== 'finished' || row.effect || !row.direction) return answer(row);
  await applyCall(ctx, row, actor);
  return answer((await ctx.telephony.getCall(row.id))!);
}

/** What a finished call does (see the module's comment); records the effect on the call. */
async function applyCall(ctx: AppContext, call: CallRow, actor: string): Promise<void> {
  const number = call.clientNumber;
  if (!number) {
    await ctx.telephony.setEffect(call.id, { logged: false, reason: 'no outside number (an internal call)' }, {});
    return;
  }
  const effect: Record<string, unknown> = {};
  const link: { dealId?: string; companyId?: string } = {};
  const owner = await ctx.telephony.ownerOfNumber(number);
  const facts = callFacts(call, Boolean(owner), call.startedAt ?? call.finishedAt ?? new Date());
  let dealId = owner?.dealId ?? undefined;
  if (owner) link.companyId = owner.companyId;
  if (!dealId && call.direction === 'in') {
    const lead = await decideTelephony<LeadParams>(ctx, 'lead', facts);
    if (!lead) effect.lead = { created: false, reason: 'no telephony rule names a regulation for this call' };
    else if (!(await ctx.regulations.get(lead.params.regulationId)))
      effect.lead = {
        created: false,
        reason: `rule ${lead.rule} names regulation "${lead.params.regulationId}", which is not published`,
      };
    else {
      const phone = normalisePhone(number)!;
      // Calls from one new number that come together share the first one's lead (its deal id derives from that call).
      const leadCall = await ctx.telephony.claimLead(number, call.id, dealIdFor(`call-lead:${call.id}`));
      dealId = await startDeal(
        ctx,
        {
          regulationId: lead.params.regulationId,
          client: {
            name: phone.international,
            phone: number,
            ...(lead.params.region ? { region: lead.params.region } : {}),
          },
        },
        {
          idempotencyKey: `call-lead:${leadCall}`,
          actor: `${actor} (call ${leadCall})`,
          invalidInn: 'ignore',
          ...(owner ? { companyId: owner.companyId } : {}),
        },
      );
      effect.lead = { created: true, rule: lead.rule, dealId };
    }
  }
  const deal = dealId ? await ctx.deals.getDeal(dealId) : undefined;
  if (deal) {
    link.dealId = deal.id;
    link.companyId ??= deal.companyId ?? undefined;
    const answered = call.outcome === 'answered';
    await receiveEvent(
      ctx,
      {
        type: answered ? 'call.logged' : 'call.missed',
        eventId: `call:${call.id}`,
        data: {
          dealId: deal.id,
          direction: call.direction!,
          callId: call.id,
          ...(call.durationSec !== null ? { durationSec: call.durationSec } : {}),
          outcome: call.outcome ?? 'answered',
          ...(call.fromNumber ? { from: call.fromNumber } : {}),
          ...(call.toNumber ? { to: call.toNumber } : {}),
          ...(call.recordingUrl ? { recordingUrl: call.recordingUrl } : {}),
        },
      },
      { key: `call:${call.id}`, actor },
    );
    effect.logged = { dealId: deal.id, as: answered ? 'call.logged' : 'call.missed' };
  }
  if (call.outcome === 'answered') {
    const done = await ctx.telephony.completeCallBacks(number, call.id);
    if (done.length) effect.callBacksDone = done;
  } else if (call.direction === 'in') {
    const rule = await decideTelephony<CallBackParams>(ctx, 'call_back', facts);
    const assignee = deal?.owner ?? owner?.manager ?? undefined;
    if (rule && assignee) {
      const pinned = deal ? await ctx.regulations.get(deal.regulationId, deal.regulationVersion) : undefined;
      const calendar = pinned?.regulation.calendar ?? DEFAULT_CALENDAR;
      const from = call.startedAt ?? call.finishedAt ?? new Date();
      const back = await ctx.telephony.addCallBack({
        id: `call-back:${call.id}`,
        callId: call.id,
        clientNumber: number,
        dealId: deal?.id ?? null,
        assignee,
        dueAt: addWorkingDuration(from, rule.params.within, calendar),
      });
      effect.callBack = { id: back.id, assignee, dueAt: back.dueAt, rule: rule.rule };
    } else effect.callBack = { created: false, reason: rule ? 'nobody to call back' : 'no call-back rule matched' };
  }
  await ctx.telephony.setEffect(call.id, effect, link);
}
