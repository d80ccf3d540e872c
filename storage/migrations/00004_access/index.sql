-- People who use the API are the managers table's rows; admins manage users.
alter table managers drop constraint managers_role_check;
alter table managers add constraint managers_role_check check (role in ('manager', 'head', 'director', 'admin'));

-- Keys for integrations (telephony, e-mail, web forms, accounting): events intake only.
create table api_keys (
  id text primary key,
  name text not null,
  secret_hash text not null,
  active boolean not null default true,
  created_by text not null,
  created_at timestamptz not null default now()
);
