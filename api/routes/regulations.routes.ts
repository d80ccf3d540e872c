/**
 * Regulations: publish a version (YAML or JSON), read versions.
 *
 * @module
 */
import { Hono } from 'hono';
import { DomainError } from '../../regulation/errors.js';
import { loadRegulation, validateRegulation } from '../../regulation/load.js';
import { regulationSchema } from '../../regulation/schema.js';
import type { ApiDeps, AppEnv } from '../deps.js';

export function regulationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => c.json({ regulations: await deps.regulations.list() }));

  app.get('/schema', (c) => c.json(regulationSchema));

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
  app.put('/:id', async (c) => {
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
    const published = await deps.regulations.publish(regulation, c.get('actor'), text);
    return c.json(published, published.created ? 201 : 200);
  });

  return app;
}
