-- Telephony: phone numbers as data, the calls a PBX reports, the people behind
-- its extensions, the call-backs a missed call leaves, and the director's rules.

-- A contact's (and a company's) number in E.164, whatever way it was written;
-- the application normalises it (libphonenumber-js), the index finds it.
alter table contacts add column phone_e164 text;
create index contacts_phone_e164 on contacts (phone_e164) where phone_e164 is not null;
alter table companies add column phone text;
alter table companies add column phone_e164 text;
create index companies_phone_e164 on companies (phone_e164) where phone_e164 is not null;

-- Who answers an extension (a PBX's internal line): one person per extension.
create table phone_extensions (
  extension text primary key,
  manager text not null references managers (id),
  updated_at timestamptz not null default now()
);
create index phone_extensions_manager on phone_extensions (manager);

-- One row per call of a PBX, whatever order and however often its webhooks come.
create table calls (
  id text primary key,                  -- 'pbx:call id' (idempotency key)
  pbx text not null,                    -- 'api' for the generic call API, else the adapter's name
  pbx_call_id text not null,
  direction text check (direction in ('in', 'out')),
  from_number text,                     -- E.164 for outside numbers, digits for internal ones
  to_number text,
  client_number text,                   -- the outside party's E.164: what matching uses
  extension text,
  manager text,
  status text not null default 'ringing' check (status in ('ringing', 'answered', 'finished')),
  outcome text check (outcome in ('answered', 'missed', 'busy')),
  duration_sec integer check (duration_sec >= 0),
  recording_url text,
  deal_id text references deals (id),
  company_id text references companies (id),
  effect jsonb,                         -- what the finished call did (set once)
  started_at timestamptz,
  answered_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (pbx, pbx_call_id)
);
create index calls_client_number on calls (client_number, started_at);
create index calls_deal on calls (deal_id) where deal_id is not null;

-- A missed call's call-back: due within the rules' time in working hours; a
-- later answered call with the number completes it.
create table call_backs (
  id text primary key,                  -- derives from the missed call: one per call
  call_id text not null references calls (id),
  client_number text not null,
  deal_id text references deals (id),
  assignee text not null,
  status text not null default 'open' check (status in ('open', 'done')),
  due_at timestamptz not null,
  done_by_call text references calls (id),
  created_at timestamptz not null default now(),
  closed_at timestamptz
);
create index call_backs_open on call_backs (client_number) where status = 'open';
create index call_backs_assignee on call_backs (assignee, status, due_at);

-- Which call opens the lead of an unknown number: calls from it that come
-- together all start the claiming call's deal (its id derives from the call),
-- so one number makes one lead. A claim whose deal is no longer active (and
-- is older than a minute) gives way to the next call's.
create table phone_leads (
  client_number text primary key,
  call_id text not null,
  deal_id text not null,
  claimed_at timestamptz not null default now()
);

-- What a call does, as json-rules-engine rules the director edits (one row: the current set).
create table telephony_rules (
  id smallint primary key default 1 check (id = 1),
  rules jsonb not null,
  updated_by text not null,
  updated_at timestamptz not null default now()
);
