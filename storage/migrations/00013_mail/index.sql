-- E-mail to clients through an outbox: a message is a row first, sent by the
-- mail drainer (`reglament-mail`) at least once, retried with backoff, every
-- attempt logged with the server's answer.
create table messages (
  id text primary key,                   -- stable: the Message-ID is <id@domain>, the reply-to reply+<id>@domain
  deal_id text not null references deals (id),
  automated boolean not null,            -- automations (and mailings) respect opt-outs and companies.no_mail
  source text not null,                  -- 'template:<id>', 'text', 'automation:<plugin.activity>'
  template_id text,
  contact_id text,
  mail_from text not null,
  to_email text not null,
  subject text not null,
  body text not null,
  track_opens boolean not null default false,
  status text not null check (status in ('pending', 'sent', 'failed', 'suppressed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_response text,
  last_error text,
  queued_by text not null,
  queued_at timestamptz not null default now(),
  sent_at timestamptz,
  opened_at timestamptz,
  replied_at timestamptz
);
create index messages_due on messages (next_attempt_at) where status = 'pending';
create index messages_deal on messages (deal_id, queued_at);

-- Every attempt to hand a message to the SMTP server, with its answer.
create table message_attempts (
  message_id text not null references messages (id),
  attempt integer not null,
  at timestamptz not null default now(),
  ok boolean not null,
  response text,
  primary key (message_id, attempt)
);

-- Addresses that unsubscribed (lower case): no automated mail goes to them.
create table mail_opt_outs (
  email text primary key,
  message_id text,
  at timestamptz not null default now()
);

-- A company that wants no automated mail at all.
alter table companies add column no_mail boolean not null default false;

-- What the local catch-all SMTP server received (`reglament start` without SMTP_URL).
create table mail_catch_all (
  id bigserial primary key,
  received_at timestamptz not null default now(),
  mail_from text,
  rcpt_to text[] not null default '{}',
  message_id text,
  subject text,
  text_body text,
  raw text not null
);

-- A message that could not be delivered after the last retry is news for the deal's owner.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (kind in ('task', 'reminder', 'escalation', 'complaint', 'company.became_client', 'message.bounced'));
