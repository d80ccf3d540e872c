-- Complaints from clients (app/client-complaints.ts), not from colleagues: a
-- form, an e-mail or a manager's entry opens one on the client's current (or
-- last) deal, for that deal's owner, with its own SLA. (source, external_id)
-- makes a repeated form post open one complaint. `level` is how far the
-- notices past the SLA went, as for receivables.
create table client_complaints (
  id text primary key,
  deal_id text not null references deals (id),
  assignee text not null,
  source text not null check (source in ('form', 'email', 'manager')),
  external_id text,
  text text not null,
  due_at timestamptz not null,
  status text not null default 'open' check (status in ('open', 'resolved')),
  resolution text,
  resolved_at timestamptz,
  resolved_by text,
  level integer not null default 0,
  created_by text not null,
  created_at timestamptz not null,
  unique (source, external_id)
);
create index client_complaints_assignee on client_complaints (assignee, status, due_at);
create index client_complaints_deal on client_complaints (deal_id);
