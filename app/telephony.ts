/**
 * Telephony's other use cases: a PBX's webhook through its adapter, the
 * routing question some PBXs ask before ringing, click-to-call through the
 * PBX's originate API, and what people read (calls, call-backs, extensions,
 * the rules). The call API itself is `app/calls.ts`.
 *
 * The PBX is the deployment's: `REGLAMENT_PBX` names the adapter (built in:
 * `mango-office`, `zadarma`; or a plugin's `pbx` adapter), `REGLAMENT_PBX_KEY` / `REGLAMENT_PBX_SECRET`
 * are the vendor API's credentials, `REGLAMENT_PBX_URL` overrides its base URL.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { normalisePhone, telUri } from '../domain/phone.js';
import type { PbxAdapter, PbxSettings, PbxWebhook } from '../domain/pbx.js';
import { PBX_ADAPTERS } from '../integrations/telephony/adapter.js';
import type { PluginHost } from '../plugins/host.js';
import { DomainError } from '../regulation/errors.js';
import { chooseManager } from '../rules/assignment.js';
import { DEFAULT_CALENDAR, isWorkingTime } from '../rules/calendar.js';
import { telephonyRulesSchema, type RouteParams } from '../rules/telephony.js';
import type { RuleDefinition } from '../rules/types.js';
import type { CallRow } from '../storage/telephony.repo.js';
import { visibleDeal, visibleOwners, type Principal } from './access.js';
import { callFacts, decideTelephony, receiveCallEvent, telephonyRules, type CallAnswer } from './calls.js';
import type { AppContext } from './context.js';
import { check } from './validate.js';

/**
 * The PBX adapter named `vendor`: a built-in one, else a plugin's. Built-ins
 * come first, so a plugin never shadows one even where the host was not
 * told their names (`builtinPbxNames`) and so could not refuse the clash.
 */
export function findPbxAdapter(plugins: PluginHost, vendor: string): PbxAdapter | undefined {
  return PBX_ADAPTERS.get(vendor) ?? plugins.pbxAdapter(vendor)?.adapter;
}

/** The built-in adapters' names, for the plugin host to refuse a plugin adapter that takes one. */
export function builtinPbxNames(): string[] {
  return [...PBX_ADAPTERS.keys()];
}

/** Takes one webhook of a vendor's format: the call events its adapter reads in it, each through the call API. */
export async function receivePbxWebhook(
  ctx: AppContext,
  vendor: string,
  webhook: PbxWebhook,
  actor: string,
): Promise<{ reply?: string; calls: CallAnswer[] }> {
  const adapter = findPbxAdapter(ctx.plugins, vendor);
  if (!adapter) {
    const known = [...PBX_ADAPTERS.keys(), ...ctx.plugins.pbxNames()];
    throw new DomainError('NOT_FOUND', `no PBX adapter "${vendor}" (known: ${known.join(', ')})`);
  }
  const reply = adapter.reply?.(webhook);
  const calls: CallAnswer[] = [];
  for (const e of adapter.parse(webhook))
    calls.push(await receiveCallEvent(ctx, adapter.name, e, `${actor} via ${vendor}`));
  return { ...(reply !== undefined ? { reply } : {}), calls };
}

/** The deployment's PBX, when one with credentials is configured. */
export function pbxSettings(env: NodeJS.ProcessEnv = process.env): PbxSettings | undefined {
  const vendor = env.REGLAMENT_PBX;
  if (!vendor || !env.REGLAMENT_PBX_KEY || !env.REGLAMENT_PBX_SECRET) return undefined;
  return {
    vendor,
    key: env.REGLAMENT_PBX_KEY,
    secret: env.REGLAMENT_PBX_SECRET,
    ...(env.REGLAMENT_PBX_URL ? { baseUrl: env.REGLAMENT_PBX_URL } : {}),
  };
}

/**
 * Which extension should ring for a call from `from`: the owner of the
 * number's open deal (or its company's manager) when active, on shift and on
 * an extension; else the one the telephony rules' `route` strategy picks
 * among managers with extensions; else none (the PBX's own queue).
 */
export async function routeCall(ctx: AppContext, fromText: string, now = new Date()) {
  const phone = normalisePhone(fromText);
  if (!phone)
    throw new DomainError('VALIDATION_FAILED', `"from" is not a phone number: ${fromText}`, {
      details: { errors: [{ pointer: '/from', message: 'not a phone number' }] },
    });
  const known = await ctx.telephony.ownerOfNumber(phone.e164);
  const deal = known?.dealId ? await ctx.deals.getDeal(known.dealId) : undefined;
  const pinned = deal ? await ctx.regulations.get(deal.regulationId, deal.regulationVersion) : undefined;
  const calendar = pinned?.regulation.calendar ?? DEFAULT_CALENDAR;
  const candidates = await ctx.companies.candidates();
  const ownerId = deal?.owner ?? known?.manager ?? undefined;
  const owner = ownerId ? candidates.find((m) => m.id === ownerId) : undefined;
  const base = { from: phone.e164, dealId: deal?.id ?? null, companyId: known?.companyId ?? null };
  if (owner?.active && isWorkingTime(now.getTime(), { ...calendar, timezone: owner.timezone })) {
    const extension = await ctx.telephony.extensionOf(owner.id);
    if (extension) return { ...base, extension, manager: owner.id, reason: 'the owner of the client’s deal' };
  }
  const why = !owner ? 'nobody owns the number' : `the owner ${owner.id} is away or has no extension`;
  const probe = {
    direction: 'in',
    outcome: null,
    fromNumber: phone.e164,
    toNumber: null,
    clientNumber: phone.e164,
    extension: null,
    durationSec: null,
  } as unknown as CallRow;
  const rule = await decideTelephony<RouteParams>(ctx, 'route', callFacts(probe, Boolean(known), now));
  if (rule) {
    const withExtension = new Map((await ctx.telephony.extensions()).map((x) => [x.manager, x.extension]));
    const choice = chooseManager(
      rule.params,
      candidates.filter((m) => withExtension.has(m.id) && m.id !== owner?.id),
      { now, calendar },
    );
    if (choice.managerId)
      return {
        ...base,
        extension: withExtension.get(choice.managerId)!,
        manager: choice.managerId,
        reason: `${why}; rule ${rule.rule}: ${choice.reason}`,
      };
  }
  return { ...base, extension: null, manager: null, reason: `${why}; no rule found a manager on an extension` };
}

/**
 * Click-to-call: asks the PBX to ring the caller's extension and connect it
 * to the deal's client (`phone`, or the first number of the deal's company).
 */
export async function originateCall(ctx: AppContext, me: Principal, dealId: string, phoneText?: string) {
  const deal = await visibleDeal(ctx, me, dealId);
  const settings = pbxSettings();
  const adapter = settings ? findPbxAdapter(ctx.plugins, settings.vendor) : undefined;
  if (!settings || !adapter?.originate)
    throw new DomainError(
      'CONFLICT',
      'no PBX with an originate API is configured (REGLAMENT_PBX and its key and secret)',
    );
  const extension = await ctx.telephony.extensionOf(me.id);
  if (!extension) throw new DomainError('CONFLICT', `${me.id} has no extension: PUT /telephony/extensions/{extension}`);
  const numbers = await dealNumbers(ctx, deal.companyId);
  const phone = phoneText === undefined ? numbers[0] : normalisePhone(phoneText);
  if (!phone)
    throw new DomainError(
      'VALIDATION_FAILED',
      phoneText === undefined ? 'the deal’s client has no phone number' : `"phone" is not a phone number: ${phoneText}`,
      {
        details: { errors: [{ pointer: '/phone', message: 'no valid phone number' }] },
      },
    );
  const request = adapter.originate(settings, extension, phone.e164, randomUUID());
  const res = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    signal: AbortSignal.timeout(10_000),
  });
  await ctx.audit.record(me.id, 'call.originated', `deal:${deal.id}`, {
    extension,
    to: phone.e164,
    pbxStatus: res.status,
  });
  if (!res.ok) throw new DomainError('CONFLICT', `the PBX (${settings.vendor}) refused the call: HTTP ${res.status}`);
  return { requested: true, pbx: settings.vendor, extension, to: phone.e164 };
}

/** The numbers of a company and its contacts, as parsed phones (E.164, extension). */
async function dealNumbers(ctx: AppContext, companyId: string | null) {
  if (!companyId) return [];
  const company = await ctx.companies.get(companyId);
  const written = [company?.phone, ...(await ctx.companies.contacts(companyId)).map((c) => c.phone)];
  return written.map((w) => normalisePhone(w ?? undefined)).filter((p) => p !== undefined);
}

/** The deal client's numbers as `tel:` links, for the card (and whether the PBX can place the call). */
export async function numbersOfDeal(ctx: AppContext, me: Principal, dealId: string) {
  const deal = await visibleDeal(ctx, me, dealId);
  const settings = pbxSettings();
  return {
    dealId: deal.id,
    numbers: (await dealNumbers(ctx, deal.companyId)).map((p) => ({
      e164: p.e164,
      display: p.international,
      tel: telUri(p),
    })),
    canOriginate: Boolean(settings && findPbxAdapter(ctx.plugins, settings.vendor)?.originate),
  };
}

/** A call the principal may see: on a deal they see, or (no deal) taken on their own extension. */
export async function visibleCall(ctx: AppContext, me: Principal, id: string): Promise<CallRow> {
  const call = await ctx.telephony.getCall(id);
  const owners = await visibleOwners(ctx, me);
  if (call && owners) {
    const seen = call.dealId
      ? await visibleDeal(ctx, me, call.dealId).then(
          () => true,
          () => false,
        )
      : call.manager !== null && owners.includes(call.manager);
    if (seen) return call;
  } else if (call) return call;
  throw new DomainError('NOT_FOUND', `call "${id}" not found`);
}

export async function listCalls(ctx: AppContext, me: Principal, q: { dealId?: string | undefined }) {
  if (q.dealId) await visibleDeal(ctx, me, q.dealId);
  return ctx.telephony.listCalls({ dealId: q.dealId, owners: await visibleOwners(ctx, me) });
}

export async function listCallBacks(ctx: AppContext, me: Principal, q: { status?: 'open' | 'done' | undefined }) {
  return ctx.telephony.callBacks({ assignees: await visibleOwners(ctx, me), status: q.status });
}

export async function setExtension(ctx: AppContext, me: Principal, extension: string, manager: string) {
  if (!(await ctx.managers.get(manager))) throw new DomainError('NOT_FOUND', `no manager "${manager}"`);
  await ctx.telephony.setExtension(extension, manager);
  await ctx.audit.record(me.id, 'extension.set', `extension:${extension}`, { manager });
  return { extension, manager };
}

export async function readTelephonyRules(ctx: AppContext) {
  const saved = await ctx.telephony.rules();
  return { rules: await telephonyRules(ctx), custom: Boolean(saved) };
}

export async function saveTelephonyRules(ctx: AppContext, me: Principal, body: unknown) {
  const { rules } = check<{ rules: RuleDefinition[] }>(telephonyRulesSchema, body);
  await ctx.telephony.setRules(rules, me.id);
  await ctx.audit.record(me.id, 'telephony.rules_changed', 'telephony:rules', { count: rules.length });
  return { rules, custom: true };
}
