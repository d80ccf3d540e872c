-- Why a version was published, in the director's words.
alter table regulations add column comment text;

-- Migrations of running deals between regulation versions, and what happened to each deal.
create table deal_migrations (
  id text primary key,
  regulation_id text not null,
  from_version integer not null,
  to_version integer not null,
  stage_map jsonb not null,
  started_by text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  report jsonb not null default '[]'
);

-- Reverting to earlier content publishes a new version; identical content is
-- checked against the newest version only.
alter table regulations drop constraint regulations_id_hash_key;
