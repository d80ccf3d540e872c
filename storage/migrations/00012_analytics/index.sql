-- Analytics (storage/analytics.repo.ts): what its queries select by.
-- The funnel and stage times read stage entries and exits by type and period.
create index events_type_at on events (type, at) include (deal_id);
-- Cohorts, leads and cycles select deals by start and by close.
create index deals_created_at on deals (created_at) include (owner, status);
create index deals_closed_at on deals (closed_at) where closed_at is not null;
-- Compliance selects tasks by due time (creation without one), per kind.
create index tasks_due_or_created on tasks ((coalesce(due_at, created_at)), kind);
-- Escalations received per person.
create index notifications_kind_recipient on notifications (kind, recipient, created_at);
