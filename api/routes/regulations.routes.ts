/**
 * Regulations: publish a version (YAML or JSON), read versions.
 *
 * @module
 */
import { Hono } from 'hono';
import { allow, PEOPLE } from '../access.js';
import { audit } from '../audit.js';
import { DomainError } from '../../regulation/errors.js';
import { loadRegulation, validateRegulation } from '../../regulation/load.js';
import { regulationSchema } from '../../regulation/schema.js';
import { diffRegulations, formatChange } from '../../regulation/diff.js';
import { toDot, toMermaid } from '../../regulation/graph.js';
import { renderSvg } from '../../runtime/svg.js';
import { simulate, type Scenario } from '../../simulation/simulator.js';
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
import type { ApiDeps, AppEnv } from '../deps.js';

export function regulationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.get('/', async (c) => c.json({ regulations: await deps.regulations.list() }));

  app.get('/schema', (c) => c.json(regulationSchema));

  const versionOf = async (id: string, raw: string | undefined, name: string) => {
    const version = raw === undefined ? undefined : Number(raw);
    if (version !== undefined && !(Number.isInteger(version) && version > 0)) {
      throw new DomainError('VALIDATION_FAILED', `query parameter "${name}" must be a positive integer`);
    }
    const found = await deps.regulations.get(id, version);
    if (!found)
      throw new DomainError(
        'REGULATION_NOT_FOUND',
        `regulation "${id}"${version ? ` version ${version}` : ''} not found`,
      );
    return found;
  };

  app.get('/:id/versions', async (c) => {
    const versions = await deps.regulations.versions(c.req.param('id'));
    if (versions.length === 0)
      throw new DomainError('REGULATION_NOT_FOUND', `regulation "${c.req.param('id')}" not found`);
    return c.json({ id: c.req.param('id'), versions });
  });

  /** What changed between two versions (default: the newest against the one before). */
  app.get('/:id/diff', async (c) => {
    const id = c.req.param('id');
    const to = await versionOf(id, c.req.query('to'), 'to');
    const from = await versionOf(id, c.req.query('from') ?? String(Math.max(1, to.version - 1)), 'from');
    const changes = diffRegulations(from.regulation, to.regulation);
    return c.json({ id, from: from.version, to: to.version, changes, text: changes.map(formatChange) });
  });

  /** A dry run of a scenario on a simulated clock: nothing is written, no workflow starts. */
  app.post('/:id/simulate', allow('director', 'head', 'admin'), async (c) => {
    const body = await jsonBody<{ scenario: Scenario; version?: number }>(c, simulateSchema);
    const { regulation, version } = await versionOf(
      c.req.param('id'),
      body.version === undefined ? undefined : String(body.version),
      'version',
    );
    try {
      return c.json(await simulate(regulation, body.scenario, { registry: deps.plugins.registry, version }));
    } catch (error) {
      if (error instanceof Error && !(error instanceof DomainError))
        throw new DomainError('VALIDATION_FAILED', `the scenario cannot run: ${error.message}`);
      throw error;
    }
  });

  /** The regulation as a diagram: `format=mermaid` (default), `dot` or `svg`. */
  app.get('/:id/graph', async (c) => {
    const { regulation } = await versionOf(c.req.param('id'), c.req.query('version'), 'version');
    const format = c.req.query('format') ?? 'mermaid';
    if (format === 'mermaid') return c.text(toMermaid(regulation));
    if (format === 'dot') return c.text(toDot(regulation));
    if (format === 'svg') return c.body(await renderSvg(toDot(regulation)), 200, { 'content-type': 'image/svg+xml' });
    throw new DomainError('VALIDATION_FAILED', 'format must be one of: mermaid, dot, svg');
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const v = c.req.query('version');
    const version = v === undefined ? undefined : Number(v);
    if (version !== undefined && !(Number.isInteger(version) && version > 0)) {
      throw new DomainError('VALIDATION_FAILED', 'query parameter "version" must be a positive integer');
    }
    const found = await deps.regulations.get(id, version);
    if (!found)
      throw new DomainError(
        'REGULATION_NOT_FOUND',
        `regulation "${id}"${version ? ` version ${version}` : ''} not found`,
      );
    return c.json(found);
  });

  /** Body: the regulation as YAML (application/yaml, text/yaml) or JSON. */
  app.put('/:id', allow('director', 'admin'), async (c) => {
    const type = c.req.header('content-type') ?? '';
    const text = await c.req.text();
    let regulation;
    if (/yaml/.test(type)) regulation = loadRegulation(text, 'request body', { composer: deps.plugins });
    else if (/json/.test(type)) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new DomainError('MALFORMED_JSON', `request body is not valid JSON: ${(error as Error).message}`);
      }
      regulation = validateRegulation(value, { sourceName: 'request body', composer: deps.plugins });
    } else
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'send the regulation as application/yaml or application/json');
    if (regulation.id !== c.req.param('id')) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `the regulation's id "${regulation.id}" does not match the URL's "${c.req.param('id')}"`,
      );
    }
    const comment = c.req.query('comment') ?? c.req.header('x-change-comment');
    const published = await deps.regulations.publish(regulation, c.get('actor'), text, comment);
    if (published.created) {
      await audit(deps, c, 'regulation.published', `regulation:${regulation.id}`, {
        version: published.version,
        comment: comment ?? null,
      });
    }
    return c.json(published, published.created ? 201 : 200);
  });

  return app;
}
