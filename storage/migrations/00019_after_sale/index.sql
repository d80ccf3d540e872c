-- Chained regulations (regulation/chain.ts): a deal that ends in a final stage
-- with `next` starts the company's next deal. One row per link, read both ways
-- (the deal card shows where a deal came from and what it started). The key
-- (predecessor, regulation) is what makes a retried close start one deal.
create table deal_links (
  predecessor_id text not null references deals (id),
  regulation_id text not null,
  successor_id text not null unique references deals (id),
  -- The final stage (and lost reason) that started the successor.
  stage text not null,
  reason text,
  created_at timestamptz not null default now(),
  primary key (predecessor_id, regulation_id)
);
