-- The web workspace: people sign in with a password (scrypt, set through a
-- one-time invitation) and get a session cookie; each person's language is stored.
alter table managers add column password_hash text;
alter table managers add column locale text not null default 'ru' check (locale in ('ru', 'en'));

-- One-time invitation links: only the token's SHA-256 is kept.
create table invitations (
  token_hash text primary key,
  user_id text not null references managers (id),
  created_by text not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index invitations_user on invitations (user_id);

-- Browser sessions: only the cookie's SHA-256 is kept, with the CSRF token it pairs with.
create table sessions (
  id_hash text primary key,
  user_id text not null references managers (id),
  csrf_token text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index sessions_user on sessions (user_id);
