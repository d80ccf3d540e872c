-- Events handed in by integrations, by idempotency key: a repeated delivery finds its first result.
create table inbound_events (
  key text primary key,
  type text not null,
  source text not null,
  status text not null check (status in ('processing', 'done', 'failed')),
  deal_id text,
  result jsonb,
  received_at timestamptz not null default now(),
  processed_at timestamptz
);

-- Events that could not be taken (unknown type, unknown deal): kept for inspection, never dropped.
create table dead_letters (
  id text primary key,
  type text not null,
  source text not null,
  reason text not null,
  payload jsonb not null,
  received_at timestamptz not null default now()
);
