-- The pipeline board reads a regulation's active deals, newest change first, by index, not by scan
-- (each deal's open tasks by due time use tasks_deal_open_due from 00020_workspace_day).
create index deals_board on deals (regulation_id, status, updated_at desc);
