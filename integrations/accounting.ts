/**
 * The accounting system as Reglament sees it: settlements (invoices issued and
 * paid) pulled every few minutes. `AccountingAdapter` is the seam; the file
 * drop adapter is the real example: an accounting export writes CSV or JSON
 * files into a folder, each pull takes what is there and moves the files to
 * `processed/` once their settlements are taken.
 *
 * @module
 */
import { mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Settlement {
  /** Unique in the accounting system: a settlement seen twice changes nothing. */
  id: string;
  dealId: string;
  invoiceNumber: string;
  amount: number;
  status: 'issued' | 'paid';
}

export interface AccountingPull {
  settlements: Settlement[];
  /** Called once the settlements are taken: the adapter may acknowledge them. */
  commit(): Promise<void>;
}

export interface AccountingAdapter {
  name: string;
  pull(): Promise<AccountingPull>;
}

function settlementOf(row: Record<string, unknown>, where: string): Settlement {
  const s = {
    id: String(row.id ?? ''),
    dealId: String(row.dealId ?? row.deal_id ?? ''),
    invoiceNumber: String(row.invoiceNumber ?? row.invoice_number ?? ''),
    amount: Number(row.amount),
    status: String(row.status ?? 'paid') as Settlement['status'],
  };
  if (!s.id || !s.dealId || !s.invoiceNumber || !Number.isFinite(s.amount) || !['issued', 'paid'].includes(s.status)) {
    throw new Error(`${where}: a settlement needs id, dealId, invoiceNumber, a numeric amount and status issued|paid`);
  }
  return s;
}

/** CSV (header: id,dealId,invoiceNumber,amount,status) or JSON (an array of the same) files in `dir`. */
export function fileDropAdapter(dir: string): AccountingAdapter {
  return {
    name: 'accounting-files',
    async pull() {
      mkdirSync(path.join(dir, 'processed'), { recursive: true });
      const files = readdirSync(dir)
        .filter((f) => /\.(csv|json)$/i.test(f))
        .sort();
      const settlements: Settlement[] = [];
      for (const file of files) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        const rows: Record<string, unknown>[] = file.toLowerCase().endsWith('.json')
          ? (JSON.parse(text) as Record<string, unknown>[])
          : (parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, unknown>[]);
        rows.forEach((row, i) => settlements.push(settlementOf(row, `${file} row ${i + 1}`)));
      }
      return {
        settlements,
        async commit() {
          for (const file of files) renameSync(path.join(dir, file), path.join(dir, 'processed', file));
        },
      };
    },
  };
}
