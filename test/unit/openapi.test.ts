import { readFileSync } from 'node:fs';
import { validate, compileErrors } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Hono, type MiddlewareHandler } from 'hono';
import { describe, expect, it } from 'vitest';
import { docsRoutes } from '../../api/docs.routes.js';
import { createApp } from '../../api/app.js';
import { buildDocument, enumerationDeps } from '../../api/document.js';
import { problem, sendProblem, toProblem } from '../../api/errors.js';
import { component, doc, openApiDocument, openApiPaths, undocumentedRoutes } from '../../api/openapi.js';
import * as schemas from '../../api/schemas/index.js';
import { dateTime, listOf } from '../../api/schemas/common.js';
import { check } from '../../app/validate.js';
import { generateSchema, SCHEMA_FILE } from '../../client/generate.js';
import { createReglamentClient } from '../../client/index.js';
import { responseChecker } from '../support/response-check.js';

const thingBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    size: { type: 'integer', minimum: 0 },
    colour: { type: 'string', default: 'grey' },
  },
} as const;

const thingSchema = component('Thing', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'createdAt', 'closedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    createdAt: dateTime,
    closedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const);

const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { enum: ['open', 'closed'], description: 'only things in this status' },
    limit: { type: 'string', pattern: '^[1-9][0-9]*$' },
  },
} as const;

type Env = { Variables: { actor: string } };

/** Stands for `allow(...)`: a middleware typed with the app's Env. */
const roleCheck: MiddlewareHandler<Env> = async (_c, next) => {
  await next();
};

const aThing = (name: string) => ({ id: 't1', name, createdAt: '2026-01-02T03:04:05.000Z', closedAt: null });

function thingRoutes() {
  const app = new Hono<Env>();
  app.use('*', async (c, next) => {
    c.set('actor', c.req.header('authorization') ?? 'nobody');
    await next();
  });

  app.get(
    '/',
    doc({
      summary: 'List things',
      tags: ['things'],
      query: listQuery,
      responses: { 200: { description: 'the things', schema: listOf('things', thingSchema) } },
    }),
    (c) => {
      const q = c.get('query');
      const status: 'open' | 'closed' | undefined = q.status;
      // @ts-expect-error the query schema has no such parameter
      void q.owner;
      return c.json({ things: status === 'closed' ? [] : [aThing('a')] });
    },
  );

  app.post(
    '/',
    roleCheck,
    doc({
      summary: 'Create a thing',
      tags: ['things'],
      security: ['bearer', 'apiKey'],
      body: thingBody,
      headers: { 'Idempotency-Key': 'a retry with the same key finds the same thing' },
      responses: { 201: { description: 'the thing', schema: thingSchema } },
      errors: [{ status: 409, description: 'a thing of that name exists' }],
    }),
    (c) => {
      const body = c.get('body');
      const name: string = body.name;
      const size: number | undefined = body.size;
      // A property with a default stays optional: ajv here does not fill defaults.
      const colour: string | undefined = body.colour;
      // @ts-expect-error ...so it may be undefined
      const painted: string = body.colour;
      // @ts-expect-error the body schema has no such property
      void body.weight;
      const actor: string = c.get('actor');
      void [size, colour, painted, actor];
      return c.json(aThing(name), 201);
    },
  );

  app.get(
    '/count',
    doc({
      summary: 'How many things',
      responses: { 200: { description: 'the count', schema: { type: 'integer' } } },
    }),
    (c) => c.json(1),
  );

  app.get(
    '/:id',
    doc({
      summary: 'One thing',
      tags: ['things'],
      params: { id: { description: 'the thing id' } },
      responses: { 200: { description: 'the thing', schema: thingSchema } },
      errors: [404],
    }),
    (c) => {
      // @ts-expect-error no body declared on this route
      c.get('body');
      return c.json({ ...aThing('a'), id: c.req.param('id') });
    },
  );

  app.get(
    '/:id/picture',
    doc({
      summary: 'A picture of the thing',
      responses: { 200: { description: 'SVG', contentType: 'image/svg+xml' } },
      errors: [404],
    }),
    (c) => c.body('<svg/>', 200, { 'content-type': 'image/svg+xml' }),
  );

  app.put(
    '/:id/source',
    doc({
      summary: 'Replace the thing from YAML or JSON',
      rawBody: { 'application/yaml': { schema: thingBody }, 'application/json': { schema: thingBody } },
      rawQuery: { type: 'object', properties: { comment: { type: 'string' } } },
      responses: { 200: { description: 'the thing', schema: thingSchema } },
      errors: [415, 422],
    }),
    async (c) => c.json(aThing(await c.req.text())),
  );

  // Not documented on purpose.
  app.delete('/:id', (c) => c.body(null, 204));
  return app;
}

function testApp() {
  const root = new Hono();
  root.get(
    '/health',
    doc({
      summary: 'Liveness',
      security: [],
      responses: { 200: { description: 'ok', schema: schemas.healthSchema } },
    }),
    (c) => c.json({ status: 'ok' }),
  );
  root.get(
    '/n/:num{[0-9]+}',
    doc({ summary: 'A number', responses: { 200: { description: 'it', schema: { type: 'string' } } } }),
    (c) => c.json(c.req.param('num')),
  );
  let document: object | undefined;
  root.route(
    '/',
    docsRoutes(() => (document ??= openApiDocument(root, { title: 'Things', version: '1.0.0' }))),
  );
  root.use('*', async (c, next) => {
    if (!c.req.header('authorization') && !c.req.header('x-api-key'))
      return sendProblem(c, problem('UNAUTHENTICATED', 'sign in'));
    await next();
  });
  root.route('/things', thingRoutes());
  root.notFound((c) => sendProblem(c, problem('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`)));
  root.onError((error, c) =>
    sendProblem(
      c,
      toProblem(error, () => {}),
    ),
  );
  return root;
}

const auth = { authorization: 'Bearer t0k' };
const json = { ...auth, 'content-type': 'application/json' };

async function valid(document: object) {
  const result = await validate(structuredClone(document) as never);
  if (!result.valid) throw new Error(compileErrors(result));
  return result;
}

describe('openApiDocument', () => {
  const app = testApp();
  const document = openApiDocument(app, { title: 'Things', version: '1.0.0' }) as any;

  it('should document each documented route once, with OpenAPI paths', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/docs',
      '/docs/assets/{file}',
      '/health',
      '/n/{num}',
      '/openapi.json',
      '/things',
      '/things/count',
      '/things/{id}',
      '/things/{id}/picture',
      '/things/{id}/source',
    ]);
    expect(Object.keys(document.paths['/things']).sort()).toEqual(['get', 'post']);
    // DELETE /things/:id has no doc(): not in the document, and reported.
    expect(Object.keys(document.paths['/things/{id}'])).toEqual(['get']);
    expect(undocumentedRoutes(app)).toEqual(['DELETE /things/:id']);
    expect(document.paths['/things/{id}'].get.operationId).toBe('getThingsById');
    expect(document.paths['/things'].post.operationId).toBe('postThings');
    expect(document.paths['/things'].get.tags).toEqual(['things']);
    expect(document.tags).toEqual([{ name: 'docs' }, { name: 'things' }]);
  });

  it('should document path, query and header parameters', () => {
    expect(document.paths['/things/{id}'].get.parameters).toEqual([
      { name: 'id', in: 'path', required: true, description: 'the thing id', schema: { type: 'string' } },
    ]);
    expect(document.paths['/n/{num}'].get.parameters).toEqual([
      { name: 'num', in: 'path', required: true, schema: { type: 'string', pattern: '^(?:[0-9]+)$' } },
    ]);
    expect(document.paths['/things'].get.parameters).toEqual([
      {
        name: 'status',
        in: 'query',
        required: false,
        description: 'only things in this status',
        schema: { enum: ['open', 'closed'], description: 'only things in this status' },
      },
      { name: 'limit', in: 'query', required: false, schema: { type: 'string', pattern: '^[1-9][0-9]*$' } },
    ]);
    expect(document.paths['/things'].post.parameters).toEqual([
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'a retry with the same key finds the same thing',
        schema: { type: 'string' },
      },
    ]);
    expect(document.paths['/things/{id}/source'].put.parameters).toContainEqual({
      name: 'comment',
      in: 'query',
      required: false,
      schema: { type: 'string' },
    });
  });

  it('should document JSON bodies, raw bodies and response content types', () => {
    expect(document.paths['/things'].post.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: thingBody } },
    });
    expect(Object.keys(document.paths['/things/{id}/source'].put.requestBody.content)).toEqual([
      'application/yaml',
      'application/json',
    ]);
    expect(document.paths['/things/{id}/picture'].get.responses['200'].content).toEqual({
      'image/svg+xml': { schema: { type: 'string' } },
    });
    expect(document.paths['/docs'].get.responses['200'].content).toEqual({
      'text/html': { schema: { type: 'string' } },
    });
    // A named schema is a component, referenced wherever it appears.
    expect(document.paths['/things/{id}'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Thing',
    });
    expect(document.paths['/things'].get.responses['200'].content['application/json'].schema.properties.things).toEqual(
      {
        type: 'array',
        items: { $ref: '#/components/schemas/Thing' },
      },
    );
    expect(document.components.schemas.Thing.required).toEqual(['id', 'name', 'createdAt', 'closedAt']);
  });

  it('should secure routes with a bearer token by default, either credential, or none', () => {
    expect(document.paths['/things/{id}'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/things'].post.security).toEqual([{ bearerAuth: [] }, { apiKeyAuth: [] }]);
    expect(document.paths['/health'].get.security).toEqual([]);
    expect(document.paths['/docs'].get.security).toEqual([]);
    expect(document.components.securitySchemes).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      apiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    });
  });

  it('should answer declared and implied errors with the shared Problem', () => {
    const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
    const post = document.paths['/things'].post.responses;
    expect(Object.keys(post)).toEqual(['201', '400', '401', '403', '409', '413', '422', '429', '503']);
    expect(post['409']).toEqual({ description: 'a thing of that name exists', content: problemContent });
    expect(post['422'].content).toEqual(problemContent);
    expect(Object.keys(document.paths['/things/{id}'].get.responses)).toEqual([
      '200',
      '401',
      '403',
      '404',
      '422',
      '429',
      '503',
    ]);
    expect(Object.keys(document.paths['/health'].get.responses)).toEqual(['200', '422', '503']);
    expect(document.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'detail', 'code']);
  });

  it('should be a valid OpenAPI 3.1 document', async () => {
    await valid(document);
  });

  it('should refuse what it cannot document', () => {
    const app = new Hono();
    app.use('/x', doc({ summary: 'on use', responses: { 200: { description: 'x' } } }));
    expect(() => openApiDocument(app, { title: 't', version: '1' })).toThrow(/method route/);
    const twice = new Hono();
    const d = doc({ summary: 'one', operationId: 'same', responses: { 200: { description: 'x' } } });
    twice.get('/a', d, (c) => c.text('a'));
    twice.get('/b', d, (c) => c.text('b'));
    expect(() => openApiDocument(twice, { title: 't', version: '1' })).toThrow(/operationId "same"/);
    const wrongParam = new Hono();
    wrongParam.get('/a', doc({ summary: 'p', params: { id: {} }, responses: { 200: { description: 'x' } } }), (c) =>
      c.text('a'),
    );
    expect(() => openApiDocument(wrongParam, { title: 't', version: '1' })).toThrow(/"id"/);
    expect(() => doc({ summary: 'bad', responses: {}, errors: [200] })).toThrow(/4xx\/5xx/);
  });

  it('should turn an optional last parameter into two paths', () => {
    expect(openApiPaths('/a/:b/:c?')).toEqual([
      { path: '/a/{b}', params: [{ name: 'b' }] },
      { path: '/a/{b}/{c}', params: [{ name: 'b' }, { name: 'c' }] },
    ]);
  });
});

describe('doc() validation', () => {
  const app = testApp();
  const check = responseChecker(openApiDocument(app, { title: 'Things', version: '1.0.0' }));

  it('should pass a valid body, typed, to the handler', async () => {
    const res = await app.request('/things', { method: 'POST', headers: json, body: JSON.stringify({ name: 'a' }) });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.name).toBe('a');
    check('POST', '/things', res.status, body, res.headers.get('content-type'));
  });

  it('should refuse an invalid body with 422 problem+json listing the pointers', async () => {
    const res = await app.request('/things', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: '', size: -1, weight: 3 }),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const p = await res.json();
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/name', '/size', '/weight']);
    check('POST', '/things', res.status, p, res.headers.get('content-type'));
  });

  it('should take an empty body as {} and malformed JSON as 400', async () => {
    const empty = await app.request('/things', { method: 'POST', headers: json });
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors[0].pointer).toBe('/name');
    const malformed = await app.request('/things', { method: 'POST', headers: json, body: '{"name":' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).code).toBe('MALFORMED_JSON');
  });

  it('should validate the query', async () => {
    const ok = await app.request('/things?status=closed', { headers: auth });
    expect(await ok.json()).toEqual({ things: [] });
    const bad = await app.request('/things?status=gone&x=1', { headers: auth });
    expect(bad.status).toBe(422);
    const p = await bad.json();
    expect(p.detail).toMatch(/^query is invalid/);
    expect(p.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/status', '/x']);
  });

  it('should leave a raw body to the handler', async () => {
    const res = await app.request('/things/1/source', {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/yaml' },
      body: 'name: a',
    });
    expect((await res.json()).name).toBe('name: a');
  });
});

describe('responseChecker', () => {
  const check = responseChecker(openApiDocument(testApp(), { title: 'Things', version: '1.0.0' }));

  it('should match templated paths, static ones first', () => {
    expect(() => check('GET', '/things/count', 200, 3)).not.toThrow();
    expect(() => check('GET', '/things/7?x=1', 200, aThing('a'))).not.toThrow();
    expect(() => check('GET', '/things/7', 200, 3)).toThrow(/GET \/things\/\{id\} → 200/);
  });

  it('should list every pointer that does not match', () => {
    const snake = { id: 't1', name: 'a', created_at: '2026-01-02T03:04:05Z', closedAt: 'yesterday' };
    let message = '';
    try {
      check('GET', '/things/7', 200, snake, 'application/json; charset=utf-8');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("/: must have required property 'createdAt'");
    expect(message).toContain('/: must NOT have additional properties "created_at"');
    expect(message).toContain('/closedAt: must match format "date-time"');
  });

  it('should check problems, statuses, content types and bodiless responses', () => {
    const p = problem('NOT_FOUND', 'no thing');
    expect(() => check('GET', '/things/7', 404, p, 'application/problem+json')).not.toThrow();
    expect(() => check('GET', '/things/7', 404, { detail: 'x' }, 'application/problem+json')).toThrow(/required/);
    expect(() => check('GET', '/things/7', 418, {})).toThrow(
      /418 is not documented \(documented: 200, 401, 403, 404, 422, 429, 503\)/,
    );
    expect(() => check('GET', '/things/7', 200, aThing('a'), 'text/plain')).toThrow(/text\/plain is not documented/);
    expect(() => check('GET', '/things/7/picture', 200, '<svg/>', 'image/svg+xml')).not.toThrow();
    expect(() => check('DELETE', '/things/7', 204, undefined)).toThrow(/documents no DELETE/);
    expect(() => check('GET', '/nowhere', 200, {})).toThrow(/no documented path/);
  });
});

describe('docsRoutes', () => {
  const app = testApp();

  it('should serve the document and an offline reference page', async () => {
    const doc = await app.request('/openapi.json');
    expect(doc.status).toBe(200);
    expect(await doc.json()).toEqual(
      JSON.parse(JSON.stringify(openApiDocument(app, { title: 'Things', version: '1.0.0' }))),
    );
    const page = await app.request('/docs');
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('src="docs/assets/swagger-ui-bundle.js"');
    expect(html).toContain("url: 'openapi.json'");
    expect(html).toContain('persistAuthorization: true');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3)/);
    for (const [file, type] of [
      ['swagger-ui.css', 'text/css'],
      ['swagger-ui-bundle.js', 'text/javascript'],
      ['swagger-ui-standalone-preset.js', 'text/javascript'],
    ]) {
      const res = await app.request(`/docs/assets/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
    const missing = await app.request('/docs/assets/index.html');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('the typed client', () => {
  it('should send the credentials through the given fetch', async () => {
    const app = testApp();
    const api = createReglamentClient<any>({
      baseUrl: 'http://localhost',
      token: 't0k',
      apiKey: 'key_1.secret',
      fetch: (req) => app.request(req),
    });
    const { data, response } = await api.POST('/things', { body: { name: 'b' } });
    expect(response.status).toBe(201);
    expect(data.name).toBe('b');
    const anonymous = createReglamentClient<any>({ baseUrl: 'http://localhost', fetch: (req) => app.request(req) });
    const { error } = await anonymous.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('should be generated from the document', async () => {
    const text = await generateSchema(openApiDocument(testApp(), { title: 'Things', version: '1.0.0' }));
    expect(text).toContain("'/things/{id}': {");
    expect(text).toContain('Thing: {');
    expect(text).toContain('getThingsById: {');
  });
});

describe('the Reglament API', () => {
  it('should document every route it serves', () => {
    const app = createApp(enumerationDeps());
    expect(undocumentedRoutes(app)).toEqual([]);
    const document = buildDocument() as { paths: Record<string, object> };
    const operations = Object.values(document.paths).flatMap((p) => Object.keys(p));
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    expect(operations.length).toBe(served.size);
  });

  it('should build its document without live dependencies, and the document is valid', async () => {
    const document = buildDocument() as { openapi: string; components: { schemas: object } };
    expect(document.openapi).toBe('3.1.0');
    await valid(document);
  });

  it('should have client types generated from its current document', async () => {
    // Stale? npx tsx api/document.ts | npx tsx client/generate.ts
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await generateSchema(buildDocument()));
  });

  it('should have response schemas that compile and make a valid document', async () => {
    const ajv = new Ajv2020({ strict: false, logger: false });
    const app = new Hono();
    const named = Object.entries(schemas).filter(
      ([name, value]) => name.endsWith('Schema') && value && typeof value === 'object',
    );
    expect(named.length).toBeGreaterThan(40);
    for (const [name, schema] of named) {
      expect(() => ajv.compile(schema), name).not.toThrow();
      app.get(`/${name}`, doc({ summary: name, responses: { 200: { description: name, schema } } }), (c) => c.json({}));
    }
    await valid(openApiDocument(app, { title: 'schemas', version: '1' }));
  });

  it('should have request schemas that the strict request validator compiles', () => {
    const requests = [
      schemas.apiKeyRequestSchema,
      schemas.webhookRequestSchema,
      schemas.migrationRequestSchema,
      schemas.dealMigrationRequestSchema,
      schemas.simulateRequestSchema,
      schemas.notificationQuerySchema,
      schemas.funnelQuerySchema,
      schemas.regulationVersionQuerySchema,
      schemas.regulationDiffQuerySchema,
      schemas.regulationGraphQuerySchema,
      schemas.publishQuerySchema,
    ];
    for (const schema of requests) {
      try {
        check(schema, {});
      } catch (error) {
        expect((error as { code?: string }).code).toBe('VALIDATION_FAILED');
      }
    }
  });
});
