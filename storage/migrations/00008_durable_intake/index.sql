-- The intake is an inbox: an accepted event is stored with its payload before
-- anything else happens, then applied until it succeeds. 'pending' waits for
-- a (re)try at next_attempt_at; 'processing' is leased until lease_until, so a
-- request or worker that died mid-way leaves a key that is taken up again.
alter table inbound_events drop constraint inbound_events_status_check;
alter table inbound_events add constraint inbound_events_status_check
  check (status in ('pending', 'processing', 'done', 'failed'));
alter table inbound_events
  add column payload jsonb,
  add column attempts integer not null default 0,
  add column next_attempt_at timestamptz not null default now(),
  add column lease_until timestamptz,
  add column last_error text;
create index inbound_events_due on inbound_events (next_attempt_at) where status in ('pending', 'processing');
