-- People-aware rules: absences with a deputy, capacity caps, a person's own working hours.

-- A period away; dates are local to the person's time zone, ends_on included.
create table absences (
  id text primary key,
  person text not null references managers (id),
  kind text not null check (kind in ('vacation', 'sick_leave', 'business_trip')),
  starts_on date not null,
  ends_on date not null,
  deputy text references managers (id),
  note text,
  created_by text not null,
  created_at timestamptz not null default now(),
  check (ends_on >= starts_on),
  check (deputy is distinct from person)
);
create index absences_person_ends on absences (person, ends_on);
create index absences_ends on absences (ends_on);

-- A cap on open work for one person or a whole department (a person's own cap wins).
create table capacities (
  scope text not null check (scope in ('person', 'department')),
  subject text not null,
  open_deals integer check (open_deals >= 0),
  open_tasks integer check (open_tasks >= 0),
  updated_by text not null,
  updated_at timestamptz not null default now(),
  primary key (scope, subject)
);

-- Part-time and shifts: null means the regulation's calendar.
alter table managers
  add column work_days smallint[],
  add column work_start text,
  add column work_end text;
