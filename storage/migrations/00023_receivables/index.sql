-- Receivables (app/receivables.ts): a deal's payment terms, one row per
-- instalment, keyed by its invoice number so the accounting import's
-- settlement (deal, invoice) marks it paid. `level` is how far the overdue
-- notices went: 0 nothing sent, 1 the owner reminded, 1 + n the escalation
-- chain's level n told; a notice is sent once because the level only grows.
create table receivables (
  deal_id text not null references deals (id),
  invoice_number text not null,
  amount numeric(14, 2) not null check (amount > 0),
  due_at timestamptz not null,
  paid_at timestamptz,
  settlement_id text,
  level integer not null default 0,
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (deal_id, invoice_number)
);
create index receivables_unpaid on receivables (due_at) where paid_at is null;
