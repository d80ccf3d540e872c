/**
 * CSV answers for the analytics endpoints: `Accept: text/csv` or
 * `?format=csv` gives the rows as RFC 4180 text, one column per key (in the
 * first row's order, then any new ones); nested lists and objects are JSON
 * in their cell. A text cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @) gets a leading apostrophe.
 *
 * @module
 */
import type { Context } from 'hono';

export function wantsCsv(c: Context): boolean {
  if (c.req.query('format') === 'csv') return true;
  if (c.req.query('format') === 'json') return false;
  return /(^|,)\s*text\/csv\b/i.test(c.req.header('accept') ?? '');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'object' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<object>): string {
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const lines = [
    columns.map(cell).join(','),
    ...rows.map((r) => columns.map((k) => cell((r as Record<string, unknown>)[k])).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}

/** The body as JSON, or `rows(body)` as CSV when the caller asks for it. */
export function answer<T>(c: Context, body: T, rows: (body: T) => ReadonlyArray<object>) {
  if (!wantsCsv(c)) return c.json(body as object);
  return c.body(toCsv(rows(body)), 200, { 'content-type': 'text/csv; charset=utf-8' });
}
