-- Mutations that are not a deal's (users, keys, webhooks, regulations,
-- migrations), with the actor: the deal-level ones are in "events".
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  subject text not null,
  data jsonb not null default '{}'
);
create index audit_log_subject on audit_log (subject, at);

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function events_append_only();
