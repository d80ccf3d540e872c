-- Bulk operations (migrating running deals, reassigning a deactivated
-- person's deals) as durable jobs: one Temporal workflow per job, progress
-- and the final report here so the API reads them without Temporal.
create table jobs (
  id text primary key,
  kind text not null check (kind in ('migration', 'deactivation')),
  subject text not null,            -- regulation:<id> or user:<id>
  requested_by text not null,
  params jsonb not null default '{}',
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  total integer not null default 0, -- deals to act on (an estimate until prepared_at)
  done integer not null default 0,
  failed integer not null default 0,
  report jsonb,                     -- set when the job ends
  error text,                       -- why a failed job could not go on
  created_at timestamptz not null default now(),
  prepared_at timestamptz,          -- the deals to act on are listed in job_deals
  finished_at timestamptz
);
create index jobs_subject on jobs (subject, created_at);

-- The deals of a job, each acted on once: 'pending' until its step records
-- 'done' or 'failed'; 'unmapped' deals (a migration's stage without a mapping)
-- are listed in the report and left alone.
create table job_deals (
  job_id text not null references jobs (id),
  deal_id text not null,
  position integer not null,
  status text not null default 'pending' check (status in ('pending', 'done', 'failed', 'unmapped')),
  plan jsonb not null default '{}', -- what was planned for the deal (a migration's move, or why it stays)
  result jsonb,                     -- { stage } of a migrated deal, { owner } of a reassigned one
  error text,
  finished_at timestamptz,
  primary key (job_id, deal_id)
);
create index job_deals_pending on job_deals (job_id, position) where status = 'pending';
