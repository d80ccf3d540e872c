-- Request budgets (api/throttle.ts): rate-limiter-flexible's counters, kept in
-- PostgreSQL so every API process shares them. One table for every limiter;
-- a key starts with its limiter's prefix. The columns are the library's own
-- (it is told the table exists); `expire` is epoch milliseconds, and the
-- library deletes rows an hour past it, hence the index.
create table rate_limits (
  key text primary key,
  points integer not null default 0,
  expire bigint
);
create index rate_limits_expire on rate_limits (expire);
