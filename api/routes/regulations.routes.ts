/**
 * Regulations: publish a version (YAML or JSON), read versions.
 *
 * @module
 */
import { Hono } from 'hono';
import {
  publishRegulation,
  regulationDiff,
  regulationGraph,
  regulationVersion,
  regulationVersions,
  simulateRegulation,
  type Scenario,
} from '../../app/regulations.js';
import { DomainError } from '../../regulation/errors.js';
import { regulationSchema } from '../../regulation/schema.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { jsonBody } from '../validation.js';

const step = {
  type: 'object',
  properties: {
    after: { type: 'string' },
    complete: { type: 'string' },
    event: { type: 'string' },
    wait: { const: true },
    outcome: { type: 'string' },
    fields: { type: 'object' },
  },
} as const;

const simulateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['scenario'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    scenario: {
      type: 'object',
      required: ['start', 'deal', 'steps'],
      properties: {
        regulation: { type: 'string' },
        start: { type: 'string' },
        until: { type: 'string' },
        managers: {
          type: 'array',
          items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        },
        deal: { type: 'object', required: ['client'], properties: { client: { type: 'object' } } },
        steps: { type: 'array', items: step },
      },
    },
  },
} as const;

export function regulationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.get('/', async (c) => c.json({ regulations: await deps.regulations.list() }));

  app.get('/schema', (c) => c.json(regulationSchema));

  /** A `?version=` style query parameter: a positive integer, or absent. */
  const versionParam = (raw: string | undefined, name: string) => {
    if (raw === undefined) return undefined;
    const version = Number(raw);
    if (!(Number.isInteger(version) && version > 0))
      throw new DomainError('VALIDATION_FAILED', `query parameter "${name}" must be a positive integer`);
    return version;
  };

  app.get('/:id/versions', async (c) => c.json(await regulationVersions(deps, c.req.param('id'))));

  /** What changed between two versions (default: the newest against the one before). */
  app.get('/:id/diff', async (c) => {
    const to = versionParam(c.req.query('to'), 'to');
    const from = versionParam(c.req.query('from'), 'from');
    return c.json(
      await regulationDiff(deps, c.req.param('id'), {
        ...(to !== undefined ? { to } : {}),
        ...(from !== undefined ? { from } : {}),
      }),
    );
  });

  /** A dry run of a scenario on a simulated clock: nothing is written, no workflow starts. */
  app.post('/:id/simulate', allow('director', 'head', 'admin'), async (c) => {
    const body = await jsonBody<{ scenario: Scenario; version?: number }>(c, simulateSchema);
    return c.json(await simulateRegulation(deps, c.req.param('id'), body.scenario, body.version));
  });

  /** The regulation as a diagram: `format=mermaid` (default), `dot` or `svg`. */
  app.get('/:id/graph', async (c) => {
    const format = c.req.query('format') ?? 'mermaid';
    if (format !== 'mermaid' && format !== 'dot' && format !== 'svg')
      throw new DomainError('VALIDATION_FAILED', 'format must be one of: mermaid, dot, svg');
    const graph = await regulationGraph(
      deps,
      c.req.param('id'),
      format,
      versionParam(c.req.query('version'), 'version'),
    );
    return format === 'svg' ? c.body(graph, 200, { 'content-type': 'image/svg+xml' }) : c.text(graph);
  });

  app.get('/:id', async (c) =>
    c.json(await regulationVersion(deps, c.req.param('id'), versionParam(c.req.query('version'), 'version'))),
  );

  /** Body: the regulation as YAML (application/yaml, text/yaml) or JSON. */
  app.put('/:id', allow('director', 'admin'), async (c) => {
    const published = await publishRegulation(deps, {
      id: c.req.param('id'),
      text: await c.req.text(),
      contentType: c.req.header('content-type') ?? '',
      comment: c.req.query('comment') ?? c.req.header('x-change-comment'),
      actor: c.get('actor'),
    });
    return c.json(published, published.created ? 201 : 200);
  });

  return app;
}
