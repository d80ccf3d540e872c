-- Analytics summaries (storage/analytics.repo.ts reads them, storage/deals.repo.ts
-- keeps them current in the transaction that writes each transition). Each is
-- what the raw rows say, kept ready: the funnel and per-manager queries read
-- them instead of scanning the events and tasks.

-- A deal's first entry into each stage, with what the funnel needs to know of
-- it: the stage's position in the deal's regulation version, whether the deal
-- went on to a later stage (its furthest stage other than a loss is further),
-- and whether the deal was lost from it (the last stage that is not final it
-- entered, for a lost deal). Refreshed for a deal whenever a transition of it
-- is written, by analytics_refresh_stage_entries below.
create table analytics_stage_entries (
  deal_id text not null references deals (id),
  stage text not null,
  ord integer not null,
  entered_at timestamptz not null,
  advanced boolean not null,
  lost_here boolean not null,
  primary key (deal_id, stage)
);
create index analytics_stage_entries_entered on analytics_stage_entries (entered_at) include (deal_id);

-- Recomputes the given deals' rows from their stage.entered events, their
-- status and their regulation version; a row that did not change is not
-- rewritten. One set-based statement for any number of deals (the backfill
-- below passes every deal; a transition that closes a deal or moves it to
-- another version, one), the ids joined rather than matched with `= any(ids)`
-- (a parameter array is searched element by element, row by row).
create function analytics_refresh_stage_entries(ids text[]) returns void language sql as $$
    insert into analytics_stage_entries as a (deal_id, stage, ord, entered_at, advanced, lost_here)
    with dd as materialized (
      select d.id, d.status, d.regulation_id, d.regulation_version
      from deals d join (select distinct unnest(ids) as id) i on i.id = d.id),
    en as (
      select e.deal_id, e.data->>'stage' as stage, min(e.at) as at
      from events e join dd on dd.id = e.deal_id
      where e.type = 'stage.entered'
      group by 1, 2),
    st as (
      select r.id as regulation_id, r.version, x.s->>'key' as stage, x.o::int as ord, x.s->>'final' as final
      from regulations r
      join (select distinct regulation_id, regulation_version from dd) v
        on v.regulation_id = r.id and v.regulation_version = r.version
      cross join lateral jsonb_array_elements(r.body->'stages') with ordinality as x(s, o)),
    x as (
      select en.deal_id, en.stage, en.at, dd.status, coalesce(st.ord, 0) as ord, st.final
      from en join dd on dd.id = en.deal_id
      left join st on st.regulation_id = dd.regulation_id and st.version = dd.regulation_version and st.stage = en.stage),
    reach as (
      select deal_id, max(ord) filter (where final is distinct from 'lost') as furthest,
             (array_agg(stage order by at desc) filter (where final is null))[1] as lost_from
      from x group by deal_id)
    select x.deal_id, x.stage, x.ord, x.at, coalesce(reach.furthest > x.ord, false),
           coalesce(x.status = 'lost' and reach.lost_from = x.stage, false)
    from x join reach on reach.deal_id = x.deal_id
    on conflict (deal_id, stage) do update
      set ord = excluded.ord, entered_at = excluded.entered_at, advanced = excluded.advanced,
          lost_here = excluded.lost_here
      where (a.ord, a.entered_at, a.advanced, a.lost_here)
            is distinct from (excluded.ord, excluded.entered_at, excluded.advanced, excluded.lost_here);
$$;

-- Calls and meetings held: tasks of those kinds done, not with the outcome
-- `cancelled`, by the person they were assigned to when done (a done task is
-- never reassigned), at the time they were done. Written with the transition
-- that completes the task.
create table analytics_held_tasks (
  task_id text primary key references tasks (id),
  deal_id text not null references deals (id),
  assignee text not null,
  kind text not null,
  closed_at timestamptz
);
create index analytics_held_tasks_closed on analytics_held_tasks (closed_at) include (assignee, kind, deal_id);

-- Open tasks by due time: overdue now, per person.
create index tasks_open_due on tasks (due_at) include (assignee, deal_id) where status = 'open';


-- Working time in a regulation's business calendar (the `calendar` of its
-- body, rules/calendar.ts; Moscow, Monday to Friday, 09–18 when it names
-- none), counted on the office's local clock: the part of [a, b) that falls
-- in working hours of working days, in seconds. Holidays and moved working
-- weekends count as in rules/calendar.ts. Whole weeks are counted at once, so
-- a visit of months costs no more than one of days. A DST change inside
-- working hours is counted on the local clock (rules/calendar.ts counts
-- instants), so that day may differ by the hour shifted.
create function analytics_working_seconds(a timestamptz, b timestamptz, cal jsonb) returns float8
language plpgsql stable parallel safe as $$
declare
  tz text := coalesce(cal->>'timezone', 'Europe/Moscow');
  days int[] := array(select jsonb_array_elements_text(coalesce(cal->'workingDays', '[1, 2, 3, 4, 5]'))::int);
  holidays jsonb := coalesce(cal->'holidays', '[]');
  weekends jsonb := coalesce(cal->'workingWeekends', '[]');
  open_at interval := coalesce(cal->>'start', '09:00')::time - time '00:00';
  close_at interval := case coalesce(cal->>'end', '18:00') when '24:00' then interval '24 hours'
                            else coalesce(cal->>'end', '18:00')::time - time '00:00' end;
  len float8 := greatest(0, extract(epoch from close_at - open_at));
  la timestamp;
  lb timestamp;
  d date;
  weeks int;
  per_week int := cardinality(array(select distinct unnest(days) intersect select generate_series(1, 7)));
  total float8 := 0;
  x text;
begin
  if a is null or b is null or b <= a then return 0; end if;
  la := a at time zone tz;
  lb := b at time zone tz;
  -- The days before the whole weeks one by one (clipped to [la, lb]), then whole weeks ending on lb's day.
  weeks := (lb::date - la::date) / 7;
  d := la::date;
  while d <= lb::date - 7 * weeks loop
    if extract(isodow from d)::int = any(days) then
      total := total + greatest(0, extract(epoch from least(lb, d + close_at) - greatest(la, d + open_at)));
    end if;
    d := d + 1;
  end loop;
  if weeks > 0 then
    total := total + weeks * per_week * len;
    -- The weeks end on lb's day, whose working hours after lb are not worked.
    if extract(isodow from lb::date)::int = any(days) then
      total := total - greatest(0, extract(epoch from (lb::date + close_at) - greatest(lb, lb::date + open_at)));
    end if;
  end if;
  -- Holidays on working weekdays are taken out, moved working weekends put in.
  for x in select jsonb_array_elements_text(holidays) loop
    d := x::date;
    if d between la::date and lb::date and extract(isodow from d)::int = any(days) then
      total := total - greatest(0, extract(epoch from least(lb, d + close_at) - greatest(la, d + open_at)));
    end if;
  end loop;
  for x in select jsonb_array_elements_text(weekends) loop
    d := x::date;
    if d between la::date and lb::date and not extract(isodow from d)::int = any(days) and not holidays ? x then
      total := total + greatest(0, extract(epoch from least(lb, d + close_at) - greatest(la, d + open_at)));
    end if;
  end loop;
  return total;
end $$;

-- How much working time an SLA allows, in seconds, counted as
-- rules/calendar.ts addWorkingDuration counts it: a day is one working day of
-- the calendar, a week its working days, hours, minutes and seconds working
-- ones. Null for a duration naming years or months (the engine refuses those
-- in working time): such an SLA is compared with wall time.
create function analytics_working_duration(iso text, cal jsonb) returns float8
language plpgsql immutable parallel safe as $$
declare
  m text[] := regexp_match(iso, '^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$');
  open_at interval := coalesce(cal->>'start', '09:00')::time - time '00:00';
  close_at interval := case coalesce(cal->>'end', '18:00') when '24:00' then interval '24 hours'
                            else coalesce(cal->>'end', '18:00')::time - time '00:00' end;
  per_week int := cardinality(array(
    select distinct x::int from jsonb_array_elements_text(coalesce(cal->'workingDays', '[1, 2, 3, 4, 5]')) x
    where x::int between 1 and 7));
begin
  if m is null or coalesce(m[1]::int, 0) <> 0 or coalesce(m[2]::int, 0) <> 0 then return null; end if;
  return (coalesce(m[3]::int, 0) * per_week + coalesce(m[4]::int, 0)) * extract(epoch from close_at - open_at)
         + coalesce(m[5]::int, 0) * 3600 + coalesce(m[6]::int, 0) * 60 + coalesce(m[7]::float8, 0);
end $$;

-- Each stage visit (stage.entered to the stage.left of the same visit) with
-- its working time in the calendar of the deal's regulation version, stored
-- when the visit ends, in the transaction that writes the transition ending
-- it: time in stage reads these instead of grouping the events and counting
-- working hours visit by visit. Open visits have no left_at yet.
create table analytics_stage_visits (
  deal_id text not null references deals (id),
  stage text not null,
  visit integer not null,
  entered_at timestamptz not null,
  left_at timestamptz,
  working_seconds float8,
  primary key (deal_id, stage, visit)
);
create index analytics_stage_visits_entered on analytics_stage_visits (entered_at);

-- A closed deal's cycle (start to close) in working time, written with the
-- transition that closes it.
create table analytics_deal_cycles (
  deal_id text primary key references deals (id),
  working_seconds float8 not null
);

-- Recomputes the given deals' visits and cycles from their events and rows
-- (what the backfill and a seeded or imported read model use; a transition
-- writes its own rows). The ids are joined, not matched with `= any(ids)`:
-- a parameter array is searched element by element, row by row.
create function analytics_refresh_stage_visits(ids text[]) returns void language sql as $$
  insert into analytics_stage_visits as a (deal_id, stage, visit, entered_at, left_at, working_seconds)
  select v.deal_id, v.stage, v.visit, v.entered, v.left_at,
         case when v.left_at is not null then analytics_working_seconds(v.entered, v.left_at, r.body->'calendar') end
  from (select e.deal_id, e.data->>'stage' as stage, coalesce((e.data->>'visit')::int, 0) as visit,
               min(e.at) filter (where e.type = 'stage.entered') as entered,
               min(e.at) filter (where e.type = 'stage.left') as left_at
        from events e join (select distinct unnest(ids) as id) i on i.id = e.deal_id
        where e.type in ('stage.entered', 'stage.left')
        group by 1, 2, 3) v
  join deals d on d.id = v.deal_id
  join regulations r on r.id = d.regulation_id and r.version = d.regulation_version
  where v.entered is not null
  on conflict (deal_id, stage, visit) do update
    set entered_at = excluded.entered_at, left_at = excluded.left_at, working_seconds = excluded.working_seconds
    where (a.entered_at, a.left_at, a.working_seconds)
          is distinct from (excluded.entered_at, excluded.left_at, excluded.working_seconds);
  insert into analytics_deal_cycles as a (deal_id, working_seconds)
  select d.id, analytics_working_seconds(d.created_at, d.closed_at, r.body->'calendar')
  from deals d join regulations r on r.id = d.regulation_id and r.version = d.regulation_version
  join (select distinct unnest(ids) as id) i on i.id = d.id
  where d.status <> 'active' and d.closed_at is not null
  on conflict (deal_id) do update set working_seconds = excluded.working_seconds
    where a.working_seconds is distinct from excluded.working_seconds;
$$;

-- Brings the summaries up to date with one written transition of a deal
-- (storage/analytics-summaries.ts calls it inside the transition's
-- transaction, after the deal, its tasks and its events are written),
-- touching only the summary rows the transition changes:
--
-- - the calls and meetings it marked held (`done`: the tasks it completed);
-- - the stage visits it began, and those it ended with their working time in
--   the calendar of the deal's regulation version (a visit begun and ended by
--   the same transition lasts no time);
-- - the deal's stage entries: a stage entered for the first time is added
--   (gone further than, when the deal has been further), and the deal's
--   earlier entries are marked gone further than. A close (which decides
--   where the deal was lost from) or a move to another version (other stage
--   positions), `recompute`, recomputes them from the deal's events instead;
-- - the deal's cycle in working time when it closed.
--
-- One call, so one round trip; its statements are simple, so their plans are
-- kept for the connection and a transition pays for running them only.
create function analytics_keep_summaries(
  _deal text, _regulation text, _version int, _at timestamptz, _done text[],
  _entered_stages text[], _entered_visits int[], _left_stages text[], _left_visits int[],
  _recompute boolean, _closed boolean) returns void language plpgsql as $$
declare
  _body jsonb;
  _before int;
  _now int;
begin
  select body into _body from regulations where id = _regulation and version = _version;
  if cardinality(_done) > 0 then
    insert into analytics_held_tasks (task_id, deal_id, assignee, kind, closed_at)
    select id, deal_id, assignee, kind, closed_at from tasks
    where id = any(_done) and status = 'done' and kind in ('call', 'meeting') and outcome is distinct from 'cancelled'
    on conflict (task_id) do nothing;
  end if;
  if cardinality(_entered_stages) > 0 then
    insert into analytics_stage_visits (deal_id, stage, visit, entered_at, left_at, working_seconds)
    select _deal, e.stage, e.visit, _at, case when l.stage is not null then _at end,
           case when l.stage is not null then 0 end
    from unnest(_entered_stages, _entered_visits) e(stage, visit)
    left join unnest(_left_stages, _left_visits) l(stage, visit) on l.stage = e.stage and l.visit = e.visit
    on conflict (deal_id, stage, visit) do nothing;
  end if;
  if cardinality(_left_stages) > 0 then
    update analytics_stage_visits a
    set left_at = _at, working_seconds = analytics_working_seconds(a.entered_at, _at, _body->'calendar')
    from unnest(_left_stages, _left_visits) l(stage, visit)
    where a.deal_id = _deal and a.stage = l.stage and a.visit = l.visit and a.left_at is null;
  end if;
  if _recompute then
    perform analytics_refresh_stage_entries(array[_deal]);
  elsif cardinality(_entered_stages) > 0 then
    -- How far the deal has gone (stages entered, a loss aside): before this transition, and with it.
    with st as (
      select x.s->>'key' as stage, x.o::int as ord, x.s->>'final' as final
      from jsonb_array_elements(_body->'stages') with ordinality as x(s, o))
    select (select max(coalesce(st.ord, 0)) from unnest(_entered_stages) e(stage) left join st on st.stage = e.stage
            where st.final is distinct from 'lost'),
           (select max(a.ord) from analytics_stage_entries a left join st on st.stage = a.stage
            where a.deal_id = _deal and st.final is distinct from 'lost')
    into _now, _before;
    insert into analytics_stage_entries (deal_id, stage, ord, entered_at, advanced, lost_here)
    select _deal, e.stage, coalesce(x.o::int, 0), _at, coalesce(coalesce(x.o::int, 0) < greatest(_before, _now), false),
           false
    from unnest(_entered_stages) e(stage)
    left join jsonb_array_elements(_body->'stages') with ordinality as x(s, o) on x.s->>'key' = e.stage
    on conflict (deal_id, stage) do nothing;
    if _now is not null then
      update analytics_stage_entries set advanced = true where deal_id = _deal and not advanced and ord < _now;
    end if;
  end if;
  if _closed then
    insert into analytics_deal_cycles as a (deal_id, working_seconds)
    select id, analytics_working_seconds(created_at, closed_at, _body->'calendar') from deals
    where id = _deal and status <> 'active' and closed_at is not null
    on conflict (deal_id) do update set working_seconds = excluded.working_seconds;
  end if;
end $$;

-- Backfill from the rows already there.
select analytics_refresh_stage_entries(array_agg(id)) from deals;
select analytics_refresh_stage_visits(array_agg(id)) from deals;
insert into analytics_held_tasks (task_id, deal_id, assignee, kind, closed_at)
select id, deal_id, assignee, kind, closed_at from tasks
where status = 'done' and kind in ('call', 'meeting') and outcome is distinct from 'cancelled';

-- The win model as last refitted by its Temporal schedule (app/analytics.ts
-- refitWinModel): per scope (`all`: every closed deal), the model, its
-- calibration on held-out closed deals, and when it was refitted.
create table win_models (
  scope text primary key,
  refreshed_at timestamptz not null,
  model jsonb not null,
  calibration jsonb not null
);
