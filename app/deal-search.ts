/**
 * The deals list: search and filters over the deals one may see, in pages
 * that follow each other by an opaque cursor (keyset: the last row's sort
 * value and id, base64url JSON), and the rows of its CSV export.
 *
 * Search text: a phone-like query (digits, spaces, + - ( ) only, five digits
 * or more) is matched by its digits alone, against the digits of the
 * client's phone and the INNs; anything else is matched, lower-cased, as a
 * part of the client's name, e-mail, INN, the company's name and INN and the
 * deal's field values. (Phone numbers are compared as plain digits here, not
 * normalised to E.164.)
 *
 * @module
 */
import { DomainError } from '../regulation/errors.js';
import { DEAL_SORTS, sortValue, type DealListRow, type DealSort } from '../storage/deal-search.repo.js';
import type { DealRow } from '../storage/deals.repo.js';
import { visibleOwners, type Principal } from './access.js';
import type { AppContext } from './context.js';

export interface DealListQuery {
  q?: string;
  owner?: string;
  companyId?: string;
  regulationId?: string;
  stage?: string;
  status?: DealRow['status'];
  overdue?: boolean;
  from?: string;
  to?: string;
  period?: 'created' | 'closed';
  sort?: DealSort;
  cursor?: string;
  limit?: number;
  following?: boolean;
}

export interface DealPage {
  deals: DealListRow[];
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${field} is invalid: ${message}`, {
    details: { errors: [{ pointer: `/${field}`, message }] },
  });

/** The digits of a phone-like text (digits, spaces, + - ( ) only, five digits or more). */
export function phoneDigits(text: string): string | undefined {
  const t = text.trim();
  const digits = t.replace(/\D/g, '');
  return /^[\d\s+()-]+$/.test(t) && digits.length >= 5 ? digits : undefined;
}

/** The text a query searches for: a phone's digits, or the lower-cased words. */
export function searchText(q: string): string {
  return phoneDigits(q) ?? q.trim().toLowerCase();
}

interface Cursor {
  s: DealSort;
  v: string;
  i: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** The cursor's position, if it was made for this sort; VALIDATION_FAILED (pointer /cursor) otherwise. */
export function decodeCursor(text: string, sort: DealSort): { value: string; id: string } {
  let c: Partial<Cursor>;
  try {
    c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    throw invalid('cursor', 'not a cursor this list gave');
  }
  if (typeof c !== 'object' || c === null || typeof c.v !== 'string' || typeof c.i !== 'string')
    throw invalid('cursor', 'not a cursor this list gave');
  if (c.s !== sort) throw invalid('cursor', `made for sort ${String(c.s)}, not ${sort}: start again without a cursor`);
  if (sort !== 'client' && sort !== '-client' && Number.isNaN(Date.parse(c.v)))
    throw invalid('cursor', 'not a cursor this list gave');
  return { value: c.v, id: c.i };
}

/** One page of the deals the principal may see that match the query. */
export async function searchDeals(
  ctx: AppContext,
  me: Principal,
  q: DealListQuery,
  now = new Date(),
): Promise<DealPage> {
  const sort = q.sort ?? '-createdAt';
  if (!DEAL_SORTS.includes(sort)) throw invalid('sort', `one of ${DEAL_SORTS.join(', ')}`);
  const limit = q.limit ?? 100;
  const owners = q.following ? undefined : await visibleOwners(ctx, me);
  const ids = q.following ? await ctx.deals.participating(me.id) : undefined;
  const text = q.q ? searchText(q.q) : undefined;
  // One row more than the page tells whether another page follows.
  const rows = await ctx.dealSearch.search({
    owners,
    ids,
    owner: q.owner,
    companyId: q.companyId,
    regulationId: q.regulationId,
    stage: q.stage,
    status: q.status,
    text: text || undefined,
    overdue: q.overdue,
    from: q.from,
    to: q.to,
    period: q.period,
    sort,
    after: q.cursor ? decodeCursor(q.cursor, sort) : undefined,
    limit: limit + 1,
    now,
  });
  const deals = rows.slice(0, limit);
  const last = deals[deals.length - 1];
  return {
    deals,
    nextCursor: rows.length > limit && last ? encodeCursor({ s: sort, v: sortValue(last, sort), i: last.id }) : null,
  };
}

/** A deal as one line of the CSV export. */
export function dealCsvRow(d: DealListRow) {
  return {
    id: d.id,
    client: d.client.name ?? '',
    company: d.companyName ?? '',
    inn: d.client.inn ?? '',
    phone: d.client.phone ?? '',
    regulation: d.regulationId,
    stage: d.stage,
    status: d.status,
    owner: d.owner,
    nextTask: d.nextTask?.title ?? '',
    nextDue: d.nextTask?.dueAt?.toISOString() ?? '',
    overdue: d.overdue,
    createdAt: d.createdAt.toISOString(),
    closedAt: d.closedAt?.toISOString() ?? '',
    fields: d.fields,
  };
}
