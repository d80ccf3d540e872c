-- Regulation versions are immutable: a deal pins (id, version) at start.
create table regulations (
  id text not null,
  version integer not null,
  hash text not null,
  title text not null,
  body jsonb not null,
  source_text text,
  published_by text not null,
  published_at timestamptz not null default now(),
  primary key (id, version),
  unique (id, hash)
);

create table deals (
  id text primary key,
  regulation_id text not null,
  regulation_version integer not null,
  stage text not null,
  status text not null check (status in ('active', 'won', 'lost')),
  owner text not null,
  client jsonb not null,
  fields jsonb not null default '{}',
  -- The last workflow transition applied; makes re-delivered activities no-ops.
  seq integer not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz,
  foreign key (regulation_id, regulation_version) references regulations (id, version)
);
create index deals_owner_status on deals (owner, status);

create table tasks (
  id text primary key,
  deal_id text not null references deals (id),
  stage text not null,
  visit integer not null,
  key text not null,
  title text not null,
  required boolean not null,
  assignee text not null,
  status text not null check (status in ('open', 'done', 'cancelled')),
  due_at timestamptz,
  outcome text,
  created_at timestamptz not null,
  closed_at timestamptz,
  closed_by text,
  unique (deal_id, visit, key)
);
create index tasks_assignee_status on tasks (assignee, status, due_at);
create index tasks_deal on tasks (deal_id, visit);

-- The audit log: append-only, one row per fact, ids derived from the workflow's sequence.
create table events (
  id text primary key,
  deal_id text not null references deals (id),
  seq integer not null,
  ord smallint not null,
  type text not null,
  actor text not null,
  at timestamptz not null,
  data jsonb not null default '{}'
);
create index events_deal on events (deal_id, seq, ord);

create function events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the events table is append-only (% refused)', tg_op;
end $$;
create trigger events_append_only before update or delete on events
  for each row execute function events_append_only();
