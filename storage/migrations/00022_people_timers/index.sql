-- The first day of an absence and the return: what happens to the absent person's open tasks, what was handed over, the digest.

-- stay: tasks stay with the person; deputy: tasks due during the absence go to the deputy (their head when none); pool: back to the regulation's queue.
alter table absences add column tasks text not null default 'deputy' check (tasks in ('stay', 'deputy', 'pool'));

-- Each task handed over on an absence's first day, once.
create table absence_handovers (
  absence_id text not null,
  task_id text not null references tasks (id),
  deal_id text not null references deals (id),
  from_person text not null,
  to_person text not null,
  at timestamptz not null,
  primary key (absence_id, task_id)
);

-- What a person finds on return: written once per absence.
create table absence_digests (
  absence_id text primary key,
  person text not null references managers (id),
  body jsonb not null,
  created_at timestamptz not null
);
create index absence_digests_person on absence_digests (person, created_at);
