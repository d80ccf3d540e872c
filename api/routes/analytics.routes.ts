/**
 * Analytics for management (mounted at `/analytics`): the deals by stage and
 * a dimension (owner, region, or one a plugin contributes), the funnel from
 * stage entries, time in stage
 * against the SLA, compliance with the regulation's tasks, refused moves, per
 * manager, lead conversion by region, and the win probability of open deals.
 * Every endpoint takes the same filters and answers JSON or CSV.
 *
 * @module
 */
import { Hono } from 'hono';
import {
  compliance,
  managerStats,
  refusals,
  regionConversion,
  stageFunnel,
  stageTimes,
  winProbability,
} from '../../app/analytics.js';
import { funnel } from '../../app/plugins.js';
import { allow, PEOPLE } from '../access.js';
import { answer } from '../csv.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc, type ResponseDoc } from '../openapi.js';
import {
  complianceQuerySchema,
  complianceSchema,
  funnelQuerySchema,
  funnelSchema,
  managerStatsQuerySchema,
  managerStatsSchema,
  refusalQuerySchema,
  refusalSchema,
  regionConversionSchema,
  regionQuerySchema,
  stageFunnelQuerySchema,
  stageFunnelSchema,
  stageTimeQuerySchema,
  stageTimeSchema,
  winProbabilitySchema,
  winQuerySchema,
} from '../schemas/index.js';

const ACCESS =
  'Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.';

/** JSON, or the rows as CSV (`Accept: text/csv` or `format=csv`). */
function ok(description: string, schema: object, csv: string): ResponseDoc {
  return {
    description,
    content: {
      'application/json': { schema },
      'text/csv': { schema: { type: 'string', description: `CSV (RFC 4180, header row): ${csv}` } },
    },
  };
}

export function analyticsRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get(
    '/funnel',
    allow('director', 'admin'),
    doc({
      summary: 'Deals by stage and status, grouped by a dimension: owner, region, or one a plugin contributes',
      tags: ['analytics'],
      query: funnelQuerySchema,
      responses: { 200: { description: 'one row per dimension value, stage and status', schema: funnelSchema } },
      errors: [403],
    }),
    async (c) => c.json(await funnel(deps, c.get('query'))),
  );

  app.get(
    '/stages',
    allow(...PEOPLE),
    doc({
      summary: 'Funnel from stage entries: conversion to the next stage, drop-off with lost reasons and competitors',
      description: `Deals entering each stage in the period (first entry per deal), how many reached a later stage, how many were lost from it (the last stage entered before the loss). groupBy=cohort: per month deals started (the period selects deals by start); compare=version: per regulation version. ${ACCESS}`,
      tags: ['analytics'],
      query: stageFunnelQuerySchema,
      responses: { 200: ok('one series per cohort or version', stageFunnelSchema, 'one row per series and stage') },
    }),
    async (c) =>
      answer(c, await stageFunnel(deps, c.get('principal'), c.get('query')), (b) =>
        b.series.flatMap((s) => s.stages.map((st) => ({ key: s.key, ...st }))),
      ),
  );

  app.get(
    '/time',
    allow(...PEOPLE),
    doc({
      summary: 'Time in each stage and total cycle (median, p90), against each stage’s SLA',
      description: `Time from stage.entered to stage.left of each visit entered in the period, and the cycle (start to close) of deals closed in the period, in wall time and in working time (the hours the deal's regulation calendar is open: its zone, working days and hours, holidays; stored when each visit ends and each deal closes). A visit is breached when its working time exceeds the stage's SLA counted in working time, as the engine's SLA escalations count it (an SLA in months or years: wall time); breachClock says which, per stage. ${ACCESS}`,
      tags: ['analytics'],
      query: stageTimeQuerySchema,
      responses: {
        200: ok('per stage, and the cycle per outcome', stageTimeSchema, 'one row per stage, then per outcome'),
      },
    }),
    async (c) =>
      answer(c, await stageTimes(deps, c.get('principal'), c.get('query')), (b) => [
        ...b.stages.map((s) => ({ row: 'stage', ...s })),
        ...b.cycle.map((s) => ({ row: 'cycle', ...s })),
      ]),
  );

  app.get(
    '/compliance',
    allow(...PEOPLE),
    doc({
      summary: 'Tasks the regulation demanded: done on time, late, cancelled, open, overdue — by kind',
      description: `E.g. kind=meeting&department=X&companyId=Y: the meetings department X should have held with company Y in the period (demanded), held (done) and cancelled. Tasks count by due time (creation without one); the person filters apply to the assignee. ${ACCESS}`,
      tags: ['analytics'],
      query: complianceQuerySchema,
      responses: { 200: ok('per kind (and group)', complianceSchema, 'one row per group and kind') },
    }),
    async (c) => answer(c, await compliance(deps, c.get('principal'), c.get('query')), (b) => b.rows),
  );

  app.get(
    '/refusals',
    allow(...PEOPLE),
    doc({
      summary: 'Refused moves per person and refusal code',
      description: ACCESS,
      tags: ['analytics'],
      query: refusalQuerySchema,
      responses: { 200: ok('most refused first', refusalSchema, 'one row per person and code') },
    }),
    async (c) => answer(c, await refusals(deps, c.get('principal'), c.get('query')), (b) => b.rows),
  );

  app.get(
    '/managers',
    allow(...PEOPLE),
    doc({
      summary: 'Per manager: leads received and won, calls, meetings, overdue tasks, escalations, average cycle',
      description: ACCESS,
      tags: ['analytics'],
      query: managerStatsQuerySchema,
      responses: { 200: ok('one row per manager or head', managerStatsSchema, 'one row per manager') },
    }),
    async (c) => answer(c, await managerStats(deps, c.get('principal'), c.get('query')), (b) => b.rows),
  );

  app.get(
    '/regions',
    allow(...PEOPLE),
    doc({
      summary: 'Share of leads that became sales, by region (six months unless `from` is given), and average cycle',
      description: ACCESS,
      tags: ['analytics'],
      query: regionQuerySchema,
      responses: { 200: ok('one row per region', regionConversionSchema, 'one row per region') },
    }),
    async (c) => answer(c, await regionConversion(deps, c.get('principal'), c.get('query')), (b) => b.rows),
  );

  app.get(
    '/win-probability',
    allow(...PEOPLE),
    doc({
      summary: 'Win probability of open deals, explained by factor, with the model’s calibration',
      description: `Naive Bayes over smoothed per-factor win rates of closed deals (stage reached, time in stage vs SLA, industry, region, source, competitor named, manager), combined as log-odds; each deal lists its factors' contributions. Calibration: trained on four fifths of the closed deals, Brier score and reliability on the held-out fifth at every stage they entered. The model is refitted on every closed deal by a Temporal schedule (refreshedAt says when); a filter that narrows the closed deals learned from (period, regulation, version, department, manager, region, industry, company, holding) fits one on request. ${ACCESS}`,
      tags: ['analytics'],
      query: winQuerySchema,
      responses: {
        200: ok('most likely first', winProbabilitySchema, 'one row per open deal; contributions as JSON'),
      },
    }),
    async (c) =>
      answer(c, await winProbability(deps, c.get('principal'), c.get('query')), (b) =>
        b.deals.map((d) => ({ ...d, contributions: d.contributions })),
      ),
  );

  return app;
}
