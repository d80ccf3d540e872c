-- A manager's day: finding deals and clients in two keystrokes, the calendar
-- feed, and the notification bell's read marks.

create extension if not exists pg_trgm;

-- Deal search: one lower-case text per deal (client name, INN, e-mail, the
-- phone as digits only, the company's name and INN, the deal's field values),
-- kept by a trigger and searched through a trigram index, so "part of a name"
-- and "part of a phone" are an index lookup, not a scan of every deal.
create function deal_search_text(client jsonb, fields jsonb, company text) returns text
language sql stable as $$
  select lower(concat_ws(' ',
    client ->> 'name', client ->> 'inn', client ->> 'email', client ->> 'company',
    regexp_replace(coalesce(client ->> 'phone', ''), '[^0-9]', '', 'g'),
    (select concat_ws(' ', c.name, c.inn) from companies c where c.id = company),
    (select string_agg(v.value, ' ') from jsonb_each_text(coalesce(fields, '{}'::jsonb)) v)))
$$;

-- Its own table, not a column of deals: deal rows stay what the API sends.
create table deal_search (
  deal_id text primary key references deals (id),
  text text not null
);

create function deals_search_text() returns trigger language plpgsql as $$
begin
  insert into deal_search (deal_id, text) values (new.id, deal_search_text(new.client, new.fields, new.company_id))
  on conflict (deal_id) do update set text = excluded.text where deal_search.text <> excluded.text;
  return null;
end $$;
create trigger deals_search_text after insert or update of client, fields, company_id on deals
  for each row execute function deals_search_text();

-- A renamed company (or one that got its INN) is found by its new name.
create function companies_deal_search_text() returns trigger language plpgsql as $$
begin
  update deal_search s set text = deal_search_text(d.client, d.fields, d.company_id)
  from deals d where d.company_id = new.id and s.deal_id = d.id;
  return null;
end $$;
create trigger companies_deal_search_text after update of name, inn on companies
  for each row when (old.name is distinct from new.name or old.inn is distinct from new.inn)
  execute function companies_deal_search_text();

insert into deal_search (deal_id, text)
select id, deal_search_text(client, fields, company_id) from deals;

create index deal_search_trgm on deal_search using gin (text gin_trgm_ops);
-- Keyset pages: newest first is deals_created_at (00012_analytics) with an
-- incremental sort on id; sorting by the last change needs its own.
create index deals_updated_keyset on deals (updated_at desc, id desc);
-- "Overdue only": a deal's open tasks past their due.
create index tasks_deal_open_due on tasks (deal_id, due_at) where status = 'open';

-- Company and contact search: part of a name, an e-mail, the digits of a phone.
create index companies_name_trgm on companies using gin (normalized_name gin_trgm_ops);
-- Expressions, not columns: contact rows stay what the API sends (the queries repeat them exactly).
create index contacts_phone_digits on contacts using gin ((regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) gin_trgm_ops);
create index contacts_email on contacts (lower(email));
create index contacts_name_trgm on contacts using gin (lower(name) gin_trgm_ops);

-- The calendar: one person's meetings, calls and visits by due.
create index tasks_calendar on tasks (assignee, due_at) where kind in ('meeting', 'call', 'visit');

-- A person's iCalendar feed: a secret URL; only the token's SHA-256 is kept.
-- One feed per person: creating it again rotates the token, deleting revokes it.
create table calendar_feeds (
  person text primary key references managers (id),
  token_hash text not null unique,
  created_at timestamptz not null default now()
);

-- The bell: a notification is unread until its recipient marks it read.
alter table notifications add column read_at timestamptz;
create index notifications_unread on notifications (recipient, created_at desc) where read_at is null;
