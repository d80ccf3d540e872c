-- People who receive deals, tasks, reminders and escalations.
create table managers (
  id text primary key,
  name text not null,
  role text not null check (role in ('manager', 'head', 'director')),
  department text,
  office text,
  region text,
  timezone text not null default 'Europe/Moscow',
  skills text[] not null default '{}',
  active boolean not null default true,
  email text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index managers_active_role on managers (active, role);

-- Round-robin position per regulation and rule.
create table assignment_cursors (
  scope text primary key,
  last_manager text not null
);

-- Every decision the rules made, with what they saw: the explanation of record.
create table decisions (
  id text primary key,
  deal_id text not null references deals (id),
  seq integer not null,
  kind text not null check (kind in ('assignment', 'reminders', 'escalation', 'templates')),
  subject text,
  rule text,
  outcome jsonb not null,
  facts jsonb not null,
  alternatives jsonb not null default '[]',
  trace jsonb not null default '[]',
  error text,
  at timestamptz not null
);
create index decisions_deal on decisions (deal_id, at);

-- Durable timers the deal workflow sleeps on; the rows make them visible and idempotent.
create table timers (
  id text primary key,
  deal_id text not null references deals (id),
  kind text not null check (kind in ('reminder', 'escalation')),
  reason text not null check (reason in ('task_due', 'task_overdue', 'stage_sla')),
  task_id text references tasks (id),
  visit integer not null,
  level integer,
  recipient text not null,
  fire_at timestamptz not null,
  status text not null check (status in ('scheduled', 'fired', 'cancelled')),
  fired_at timestamptz,
  created_at timestamptz not null
);
create index timers_deal_status on timers (deal_id, status);

-- What people are told: reminders and escalations (delivery comes with the outbox).
create table notifications (
  id text primary key,
  deal_id text not null references deals (id),
  recipient text not null,
  kind text not null check (kind in ('reminder', 'escalation')),
  task_id text,
  title text not null,
  data jsonb not null default '{}',
  created_at timestamptz not null
);
create index notifications_recipient on notifications (recipient, created_at);

alter table tasks add column templates jsonb not null default '[]';
