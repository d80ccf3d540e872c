-- Companies and contacts as records of their own: the client base belongs to
-- the company, not to the manager who found it (a manager who leaves hands it over).

-- A group of related companies: the others are cross-sell leads; a competitor among them is a risk.
create table holdings (
  id text primary key,
  name text not null,
  created_at timestamptz not null default now()
);

create table companies (
  id text primary key,
  name text not null,
  normalized_name text not null,        -- lower case, no legal forms, quotes or extra spaces: matching's key
  inn text check (inn ~ '^([0-9]{10}|[0-9]{12})$'), -- checksums are checked before it is written
  region text,
  industry text,
  holding_id text references holdings (id),
  status text not null default 'lead' check (status in ('lead', 'client', 'former')),
  manager text,                          -- the person (or queue) the company's client base is with
  competitor boolean not null default false,
  became_client_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One company per INN, also when two intakes race: matching inserts with "on conflict".
create unique index companies_inn on companies (inn) where inn is not null;
create index companies_normalized_name on companies (normalized_name, created_at);
create index companies_holding on companies (holding_id) where holding_id is not null;
create index companies_manager on companies (manager);

create table contacts (
  id text primary key,
  company_id text not null references companies (id),
  name text not null,
  role text,
  email text,
  phone text,
  is_client boolean not null default false, -- "Client" status: exported to accounting
  opted_out boolean not null default false, -- no mailings to this contact
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index contacts_company on contacts (company_id, created_at);

-- The company a deal is with; deals from before companies keep null.
alter table deals add column company_id text references companies (id);
create index deals_company on deals (company_id) where company_id is not null;

-- The deal's company comes with its first row: startDeal resolves the company
-- before the workflow starts and puts its id into the client object
-- (client.companyId), which the transition activity writes; this copies it into
-- the column (only an id that exists), so no workflow or activity code changes.
create function deals_company_from_client() returns trigger language plpgsql as $$
begin
  if new.company_id is null and jsonb_typeof(new.client -> 'companyId') = 'string' then
    select id into new.company_id from companies where id = new.client ->> 'companyId';
  end if;
  return new;
end $$;
create trigger deals_company_from_client before insert on deals
  for each row execute function deals_company_from_client();

-- A company nobody manages yet is managed by the person its first deal went to
-- (a queue owner leaves it unmanaged). After insert: a transition's "insert …
-- on conflict do nothing" for a deal already there does not get here.
create function deals_company_manager() returns trigger language plpgsql as $$
begin
  update companies set manager = new.owner, updated_at = now()
  where id = new.company_id and manager is null
    and exists (select 1 from managers where id = new.owner and active);
  return null;
end $$;
create trigger deals_company_manager after insert on deals
  for each row when (new.company_id is not null) execute function deals_company_manager();

-- The outbox carries company news too: a lead (or former client) whose deal is won.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (kind in ('task', 'reminder', 'escalation', 'company.became_client'));

-- A won deal makes its lead (or former client) company a client, once: the
-- status changes only from lead/former, so a second won deal, a re-delivered
-- transition or a concurrent win finds it a client already and does nothing.
-- The change is news for accounting: a notification (kind
-- company.became_client) with the company and its contacts marked as client,
-- which the outbox trigger queues for every webhook. It runs in the
-- transition's own transaction, so the deal's close and the news commit together.
create function deals_company_became_client() returns trigger language plpgsql as $$
declare
  c companies;
  was text;
begin
  select status into was from companies where id = new.company_id for update;
  update companies set status = 'client', became_client_at = new.updated_at, updated_at = now()
  where id = new.company_id and status in ('lead', 'former')
  returning * into c;
  if not found then return null; end if;
  insert into notifications (id, deal_id, recipient, kind, task_id, title, data, created_at)
  values (
    'company:' || c.id || ':client:' || new.id,
    new.id,
    coalesce(c.manager, new.owner),
    'company.became_client',
    null,
    'Company ' || c.name || ' became a client',
    jsonb_build_object(
      'event', 'company.became_client',
      'previousStatus', was,
      'dealId', new.id,
      'company', jsonb_build_object(
        'id', c.id, 'name', c.name, 'inn', c.inn, 'region', c.region, 'industry', c.industry,
        'holdingId', c.holding_id, 'status', c.status, 'manager', c.manager, 'becameClientAt', c.became_client_at),
      'contacts', coalesce((
        select jsonb_agg(jsonb_build_object('id', k.id, 'name', k.name, 'role', k.role, 'email', k.email,
                                            'phone', k.phone, 'optedOut', k.opted_out) order by k.created_at, k.id)
        from contacts k where k.company_id = c.id and k.is_client), '[]'::jsonb)),
    new.updated_at)
  on conflict (id) do nothing;
  return null;
end $$;
create trigger deals_won_company after update of status on deals
  for each row when (new.status = 'won' and old.status <> 'won' and new.company_id is not null)
  execute function deals_company_became_client();
create trigger deals_won_company_at_insert after insert on deals
  for each row when (new.status = 'won' and new.company_id is not null)
  execute function deals_company_became_client();
