-- Kinds of activity: what compliance counts (call, meeting, e-mail, document, visit…).
alter table tasks add column kind text not null default 'task';
create index tasks_kind on tasks (kind, status);

-- People who handed a deal over (an info agent after qualification): they may
-- read and follow it, and complain to their own head when it stalls.
create table deal_participants (
  deal_id text not null references deals (id),
  person text not null,
  reason text not null,
  stage text,
  since timestamptz not null default now(),
  primary key (deal_id, person)
);
create index deal_participants_person on deal_participants (person);

-- Moves the regulation refused: who tried what and why. Nothing else changes.
create table deal_attempts (
  id bigserial primary key,
  deal_id text not null,
  actor text not null,
  action text not null,
  detail jsonb not null default '{}',
  code text not null,
  reason text not null,
  at timestamptz not null default now()
);
create index deal_attempts_deal on deal_attempts (deal_id, at);
create index deal_attempts_actor on deal_attempts (actor, at);

create trigger deal_attempts_append_only before update or delete on deal_attempts
  for each row execute function events_append_only();

-- A complaint is an escalation that a participant raises.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (kind in ('task', 'reminder', 'escalation', 'complaint', 'company.became_client'));
