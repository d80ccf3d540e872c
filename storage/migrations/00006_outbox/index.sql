-- A new task is news for its assignee too.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('task', 'reminder', 'escalation'));

-- Where notifications go besides the live stream: signed webhooks.
create table webhooks (
  id text primary key,
  url text not null,
  secret text not null,
  active boolean not null default true,
  created_by text not null,
  created_at timestamptz not null default now()
);

-- Every attempt to deliver a notification to a webhook; one 'delivered' row at most per pair.
create table webhook_deliveries (
  webhook_id text not null references webhooks (id),
  notification_id text not null references notifications (id),
  status text not null check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  primary key (webhook_id, notification_id)
);
create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);

-- The outbox: a notification is queued for every active webhook when it is written.
create function queue_webhook_deliveries() returns trigger language plpgsql as $$
begin
  insert into webhook_deliveries (webhook_id, notification_id, status)
  select id, new.id, 'pending' from webhooks where active;
  return new;
end $$;
create trigger notifications_outbox after insert on notifications
  for each row execute function queue_webhook_deliveries();
