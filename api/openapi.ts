/**
 * The OpenAPI 3.1 contract, written where the routes are. Each route declares
 * `doc({...})` as a middleware just before its handler: the same JSON Schemas validate the
 * request (body and query, with ajv through `check()`) and describe it, and
 * the handler gets the validated values typed from those schemas.
 * `openApiDocument(app)` walks `app.routes` and builds the document from the
 * declarations it finds there.
 *
 * @example
 * app.post(
 *   '/',
 *   doc({
 *     summary: 'Start a deal',
 *     tags: ['deals'],
 *     body: startDealSchema,
 *     headers: { 'Idempotency-Key': 'a retry with the same key finds the same deal' },
 *     responses: { 201: { description: 'the deal card', schema: dealCardSchema } },
 *     errors: [403, 404, 422],
 *   }),
 *   async (c) => {
 *     const body = c.get('body'); // typed from startDealSchema
 *   },
 * );
 *
 * @module
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { checkStorable, parseJson } from '../app/input.js';
import { check } from '../app/validate.js';

/** Any JSON Schema (2020-12, as OpenAPI 3.1 has it); `JSONSchema` where a type is derived from it. */
export type SchemaLike = boolean | object;

/** How a caller proves who they are: a person's JWT, or an integration's `X-Api-Key`. */
export type SecurityName = 'bearer' | 'apiKey' | 'cookie';

export interface ParamDoc {
  readonly description?: string;
  /** Defaults to `{ type: 'string' }` (with the route's regex, if any, as `pattern`). */
  readonly schema?: SchemaLike;
}

export interface HeaderDoc {
  readonly description?: string;
  readonly required?: boolean;
  readonly schema?: SchemaLike;
}

export interface MediaDoc {
  readonly schema?: SchemaLike;
  readonly description?: string;
}

export interface ResponseDoc {
  readonly description: string;
  /** The body's schema; its content type is `contentType`, `application/json` by default. */
  readonly schema?: SchemaLike;
  /** e.g. `text/event-stream`, `image/svg+xml`, `text/plain`. Without `schema`, text types are `{ type: 'string' }`. */
  readonly contentType?: string;
  /** Several content types for one status (instead of `schema`/`contentType`). */
  readonly content?: { readonly [contentType: string]: MediaDoc };
  readonly headers?: { readonly [name: string]: string | HeaderDoc };
}

/** An error status (4xx/5xx), answered with the shared `Problem` (application/problem+json). */
export type ErrorDoc = number | { readonly status: number; readonly description: string };

export interface RouteDoc {
  readonly summary: string;
  readonly description?: string;
  /** Default: derived from the method and path, e.g. `getDealsByIdEvents`. */
  readonly operationId?: string;
  readonly tags?: readonly string[];
  readonly deprecated?: boolean;
  /**
   * Which credentials the route takes, any one of them: default `['bearer']`;
   * `['bearer', 'apiKey']` for what integrations call; `[]` for no authentication.
   */
  readonly security?: readonly SecurityName[];
  /** JSON body: validated (empty body = `{}`) and set as `c.get('body')`, typed from the schema. */
  readonly body?: JSONSchema;
  /**
   * A body the handler reads and checks itself (documented, never parsed here), by content type:
   * `{ 'application/yaml': { schema }, 'application/json': { schema } }`.
   */
  readonly rawBody?: { readonly [contentType: string]: MediaDoc };
  /** Query: `c.req.query()` validated and set as `c.get('query')`, typed from the schema. */
  readonly query?: JSONSchema;
  /** Query parameters the handler reads itself: documented from `properties`, never validated here. */
  readonly rawQuery?: SchemaLike;
  /** Path parameters come from the route's path; describe or constrain them here. */
  readonly params?: { readonly [name: string]: ParamDoc };
  /** Request headers the route reads, e.g. `{ 'Idempotency-Key': 'a retry finds the first result' }`. */
  readonly headers?: { readonly [name: string]: string | HeaderDoc };
  /** Success (and other non-problem) responses by status. */
  readonly responses: { readonly [status: number]: ResponseDoc };
  /**
   * Error statuses the route answers with a Problem. Added on their own: 503 for every route, 401,
   * 403 and 429 for a route with security, 413 for a body, 400 and 422 for a `body`, 422 for a `query`.
   */
  readonly errors?: readonly ErrorDoc[];
}

type Options = { keepDefaultedPropertiesOptional: true };
type BodyVars<D> = D extends { readonly body: infer S extends JSONSchema } ? { body: FromSchema<S, Options> } : {};
type QueryVars<D> = D extends { readonly query: infer S extends JSONSchema } ? { query: FromSchema<S, Options> } : {};

/** What `doc(d)` adds to the handler's context: `c.get('body')` and `c.get('query')` when declared. */
export type DocEnv<D extends RouteDoc> = { Variables: BodyVars<D> & QueryVars<D> };

/** The type `doc()` validates a schema to, e.g. `type StartDeal = Validated<typeof startDealSchema>`. */
export type Validated<S extends JSONSchema> = FromSchema<S, Options>;

const docs = new WeakMap<Function, RouteDoc>();

/** The declaration a handler carries, if it is a `doc()` middleware. */
export function routeDocOf(handler: Function): RouteDoc | undefined {
  return docs.get(handler);
}

/**
 * Declares a route's contract and validates its request against it. Put it
 * before the handler (after role checks, so a forbidden caller gets 403, not 422).
 */
export function doc<const D extends RouteDoc>(d: D): MiddlewareHandler<DocEnv<D>> {
  if (d.body && d.rawBody) throw new Error(`doc "${d.summary}": declare either body or rawBody, not both`);
  if (d.query && d.rawQuery) throw new Error(`doc "${d.summary}": declare either query or rawQuery, not both`);
  for (const e of d.errors ?? []) {
    const status = typeof e === 'number' ? e : e.status;
    if (!(status >= 400 && status <= 599)) throw new Error(`doc "${d.summary}": error status ${status} is not 4xx/5xx`);
  }
  const middleware: MiddlewareHandler = async (c, next) => {
    // Path and query values reach SQL: refuse what PostgreSQL cannot hold before anything else.
    checkStorable(c.req.param(), 'path');
    checkStorable(c.req.queries(), 'query');
    if (d.query) c.set('query', check(d.query as object, c.req.query(), 'query'));
    if (d.body) c.set('body', check(d.body as object, await readJson(c)));
    await next();
  };
  docs.set(middleware, d);
  return middleware as unknown as MiddlewareHandler<DocEnv<D>>;
}

async function readJson(c: Context): Promise<unknown> {
  return parseJson(await c.req.text());
}

const componentNames = new WeakMap<object, string>();

/**
 * Names a schema: wherever this object appears in the document it becomes
 * `{ $ref: '#/components/schemas/<name>' }` (and a named type in the generated
 * client). Returns the schema itself, so `FromSchema` still sees its literal type.
 */
export function component<const S extends object>(name: string, schema: S): S {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new Error(`component name "${name}" is not a valid OpenAPI key`);
  const known = componentNames.get(schema);
  if (known && known !== name) throw new Error(`schema is already the component "${known}", not "${name}"`);
  componentNames.set(schema, name);
  return schema;
}

/** RFC 9457 problem details, as `api/errors.ts` writes them. */
export const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is the machine-readable reason.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: {
      type: 'string',
      description: 'URI of the problem type, e.g. https://reglament.dev/problems/deal-not-found',
    },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    code: { type: 'string', description: 'e.g. VALIDATION_FAILED, DEAL_NOT_FOUND, EVENT_NOT_ALLOWED' },
    errors: {
      type: 'array',
      description: 'What is wrong, by JSON pointer into the request',
      items: {
        type: 'object',
        required: ['pointer', 'message'],
        properties: {
          pointer: { type: 'string' },
          message: { type: 'string' },
          line: { type: 'integer' },
          column: { type: 'integer' },
        },
      },
    },
  },
  additionalProperties: true,
} as const;

const PROBLEM_TYPE = 'application/problem+json';

const ERROR_DESCRIPTION: Record<number, string> = {
  400: 'Bad request (e.g. malformed JSON)',
  401: 'Not signed in: no, an invalid or an expired token or API key',
  403: "Forbidden: the caller's role may not do this",
  404: 'Not found (or not visible to the caller)',
  409: 'Conflict with the current state',
  413: 'Content too large: the body is over the limit (1 MiB by default)',
  415: 'Unsupported media type',
  422: 'Unprocessable content: the request fails validation (the body lists JSON pointers)',
  429: 'Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again',
  500: 'Internal server error',
  503: 'Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again',
};

const SECURITY_SCHEMES = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: "A person's token (HS256 JWT whose subject is their user id).",
  },
  apiKeyAuth: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
    description: 'An integration key `<id>.<secret>`, created with POST /api-keys.',
  },
  cookieAuth: {
    type: 'apiKey',
    in: 'cookie',
    name: 'reglament_session',
    description: 'The web workspace’s session (POST /auth/login); changes also need its `X-CSRF-Token` header.',
  },
} as const;
const SCHEME_OF: Record<SecurityName, keyof typeof SECURITY_SCHEMES> = {
  bearer: 'bearerAuth',
  apiKey: 'apiKeyAuth',
  cookie: 'cookieAuth',
};

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export interface DocumentInfo {
  title: string;
  version: string;
  description?: string;
  servers?: Array<{ url: string; description?: string }>;
  /** Descriptions of tags; tags used by routes but not listed here are added bare. */
  tags?: Array<{ name: string; description?: string }>;
}

interface Endpoint {
  method: string;
  /** Hono's path, e.g. `/deals/:id`. */
  path: string;
  doc: RouteDoc | undefined;
}

type RouterRoute = Hono<any>['routes'][number];

/** A mounted sub-app with its own onError wraps each handler; this is the handler it wraps. */
function unwrap(handler: Function): Function {
  const inner = (handler as unknown as Record<string, unknown>).__COMPOSED_HANDLER;
  return typeof inner === 'function' ? unwrap(inner) : handler;
}

/**
 * Routes grouped by method and path. `app.use` middleware (method ALL) is not
 * an endpoint and is skipped; every other handler of a route (role checks,
 * `doc()`, the handler itself) shares its method and path.
 */
function endpoints(app: Hono<any>): Endpoint[] {
  const byKey = new Map<string, Endpoint>();
  for (const r of app.routes as RouterRoute[]) {
    const handler = unwrap(r.handler);
    const d = docs.get(handler);
    if (r.method === 'ALL') {
      if (d) throw new Error(`doc "${d.summary}" is on app.use/app.all ${r.path}; declare it on a method route`);
      continue;
    }
    const key = `${r.method} ${r.path}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { method: r.method, path: r.path, doc: undefined }));
    if (d && e.doc && e.doc !== d) throw new Error(`${key} has two docs: "${e.doc.summary}" and "${d.summary}"`);
    if (d) e.doc = d;
  }
  return [...byKey.values()];
}

/** `METHOD path` of each route without a `doc()` (app.use middleware and catch-alls aside). */
export function undocumentedRoutes(app: Hono<any>): string[] {
  return endpoints(app)
    .filter((e) => !e.doc && e.path !== '*' && e.path !== '/*')
    .map((e) => `${e.method} ${e.path}`);
}

interface PathParam {
  name: string;
  pattern?: string;
}

/** `/deals/:id{[0-9]+}/x/:opt?` → OpenAPI paths (an optional last parameter gives two) and their parameters. */
export function openApiPaths(honoPath: string): Array<{ path: string; params: PathParam[] }> {
  const segments = honoPath.split('/');
  const params: PathParam[] = [];
  let optionalAt = -1;
  const converted = segments.map((segment, i) => {
    const m = /^:([^{}?]+)(?:\{(.+)\})?(\?)?$/.exec(segment);
    if (!m) return segment;
    params.push({ name: m[1]!, ...(m[2] ? { pattern: `^(?:${m[2]})$` } : {}) });
    if (m[3]) optionalAt = i;
    return `{${m[1]}}`;
  });
  const full = { path: converted.join('/') || '/', params };
  if (optionalAt < 0) return [full];
  const without = converted.slice(0, optionalAt).join('/') || '/';
  const name = /^\{(.+)\}$/.exec(converted[optionalAt]!)![1];
  return [{ path: without, params: params.filter((p) => p.name !== name) }, full];
}

function operationIdFor(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      const param = /^\{(.+)\}$/.exec(s);
      const word = (param ? param[1]! : s).replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) =>
        ch ? ch.toUpperCase() : '',
      );
      const cap = word.charAt(0).toUpperCase() + word.slice(1);
      return param ? `By${cap}` : cap;
    });
  return method.toLowerCase() + (words.join('') || 'Root');
}

function pascal(s: string): string {
  return s
    .replace(/\.[a-z]+$/i, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** Schemas copied into the document; named ones (see `component`, or carrying `$id`) become `$ref`s. */
class SchemaEmitter {
  readonly schemas: Record<string, unknown> = {};
  private readonly byName = new Map<string, object>();

  private nameOf(value: object): string | undefined {
    const named = componentNames.get(value);
    if (named) return named;
    const id = (value as { $id?: unknown }).$id;
    if (typeof id === 'string') return pascal(id.split('/').pop() ?? id);
    return undefined;
  }

  private register(name: string, value: object) {
    const known = this.byName.get(name);
    if (known === value) return;
    if (known) throw new Error(`two different schemas are both named "${name}": name one with component()`);
    this.byName.set(name, value);
    this.schemas[name] = {};
    this.schemas[name] = this.copy(value, true);
  }

  /** A deep copy for the document, with named sub-schemas replaced by `$ref`s. */
  copy(value: unknown, isComponentRoot = false): unknown {
    if (Array.isArray(value)) return value.map((v) => this.copy(v));
    if (value && typeof value === 'object') {
      const name = isComponentRoot ? undefined : this.nameOf(value);
      if (name) {
        this.register(name, value);
        return { $ref: `#/components/schemas/${name}` };
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.copy(v)]));
    }
    return value;
  }
}

const problemRef = { $ref: '#/components/schemas/Problem' };

function defaultSchemaFor(contentType: string): SchemaLike | undefined {
  return /^text\/|\+xml$|\/xml$|\/yaml$/.test(contentType) ? { type: 'string' } : undefined;
}

function media(emit: SchemaEmitter, contentType: string, m: MediaDoc | undefined) {
  const schema = m?.schema ?? defaultSchemaFor(contentType);
  return {
    ...(schema !== undefined ? { schema: emit.copy(schema) } : {}),
    ...(m?.description ? { description: m.description } : {}),
  };
}

function headerObjects(emit: SchemaEmitter, headers: RouteDoc['headers'] | ResponseDoc['headers']) {
  return Object.entries(headers ?? {}).map(([name, h]) => {
    const d: HeaderDoc = typeof h === 'string' ? { description: h } : h;
    return {
      name,
      ...(d.description ? { description: d.description } : {}),
      required: d.required ?? false,
      schema: emit.copy(d.schema ?? { type: 'string' }),
    };
  });
}

function parametersOf(emit: SchemaEmitter, d: RouteDoc, pathParams: PathParam[], where: string) {
  for (const name of Object.keys(d.params ?? {})) {
    if (!pathParams.some((p) => p.name === name))
      throw new Error(`${where}: doc names a path parameter "${name}" the path lacks`);
  }
  const path = pathParams.map((p) => {
    const given = d.params?.[p.name];
    return {
      name: p.name,
      in: 'path',
      required: true,
      ...(given?.description ? { description: given.description } : {}),
      schema: emit.copy(given?.schema ?? { type: 'string', ...(p.pattern ? { pattern: p.pattern } : {}) }),
    };
  });
  const querySchema = (d.query ?? d.rawQuery) as
    | { properties?: Record<string, unknown>; required?: readonly string[] }
    | boolean
    | undefined;
  const query =
    querySchema && typeof querySchema === 'object'
      ? Object.entries(querySchema.properties ?? {}).map(([name, schema]) => {
          const description = (schema as { description?: unknown } | null)?.description;
          return {
            name,
            in: 'query',
            required: querySchema.required?.includes(name) ?? false,
            ...(typeof description === 'string' ? { description } : {}),
            schema: emit.copy(schema),
          };
        })
      : [];
  const headers = headerObjects(emit, d.headers).map((h) => ({ ...h, in: 'header' }));
  return [...path, ...query, ...headers];
}

function requestBodyOf(emit: SchemaEmitter, d: RouteDoc) {
  if (d.body !== undefined) {
    const required = typeof d.body === 'object' && (d.body.required?.length ?? 0) > 0;
    return { required, content: { 'application/json': { schema: emit.copy(d.body) } } };
  }
  if (d.rawBody) {
    return {
      required: true,
      content: Object.fromEntries(Object.entries(d.rawBody).map(([type, m]) => [type, media(emit, type, m)])),
    };
  }
  return undefined;
}

function responsesOf(emit: SchemaEmitter, d: RouteDoc, secured: boolean, where: string, method: string) {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(d.responses)) {
    const content = r.content
      ? Object.fromEntries(Object.entries(r.content).map(([type, m]) => [type, media(emit, type, m)]))
      : r.schema !== undefined || r.contentType
        ? {
            [r.contentType ?? 'application/json']: media(emit, r.contentType ?? 'application/json', {
              ...(r.schema !== undefined ? { schema: r.schema } : {}),
            }),
          }
        : undefined;
    const headers = r.headers
      ? Object.fromEntries(headerObjects(emit, r.headers).map(({ name, ...h }) => [name, h]))
      : undefined;
    responses[status] = {
      description: r.description,
      ...(headers ? { headers } : {}),
      ...(content ? { content } : {}),
    };
  }
  const errors = new Map<number, string>();
  const add = (status: number, description?: string) => {
    if (description || !errors.has(status)) errors.set(status, description ?? ERROR_DESCRIPTION[status] ?? 'Error');
  };
  // Any route may meet an outage of PostgreSQL or Temporal: 503, safe to send again.
  add(503);
  // Path and query values that PostgreSQL cannot hold (a NUL, half a surrogate pair) are refused on every route.
  add(422);
  if (secured) {
    add(401);
    // Every signed-in route refuses some role (integrations may only hand in events).
    add(403);
    // An integration's budget counts every request its key makes (api/throttle.ts).
    add(429);
  }
  // The body limit stands before every route that may carry a body.
  if (method !== 'get' || d.body !== undefined || d.rawBody !== undefined) add(413);
  if (d.body !== undefined) {
    add(400);
    add(422);
  }
  if (d.query !== undefined) add(422);
  for (const e of d.errors ?? []) {
    if (typeof e === 'number') add(e);
    else add(e.status, e.description);
  }
  for (const [status, description] of [...errors].sort(([a], [b]) => a - b)) {
    if (responses[status]) throw new Error(`${where}: status ${status} is both a response and an error`);
    responses[status] = { description, content: { [PROBLEM_TYPE]: { schema: problemRef } } };
  }
  return responses;
}

/**
 * The OpenAPI 3.1 document of every route that declares `doc()`. Routes are
 * read from `app.routes`, so sub-apps count as mounted with `app.route()`
 * (their routes are copied at that moment: declare routes before mounting).
 */
export function openApiDocument(app: Hono<any>, info: DocumentInfo): Record<string, unknown> {
  const emit = new SchemaEmitter();
  const paths: Record<string, Record<string, unknown>> = {};
  const operationIds = new Map<string, string>();
  const tags: string[] = [];
  for (const e of endpoints(app)) {
    const method = e.method.toLowerCase();
    if (!e.doc || !METHODS.has(method)) continue;
    const d = e.doc;
    for (const { path, params } of openApiPaths(e.path)) {
      const where = `${e.method} ${path}`;
      const operationId = d.operationId ?? operationIdFor(method, path);
      const taken = operationIds.get(operationId);
      if (taken) throw new Error(`operationId "${operationId}" of ${where} is already used by ${taken}`);
      operationIds.set(operationId, where);
      for (const t of d.tags ?? []) if (!tags.includes(t)) tags.push(t);
      const security = d.security ?? ['bearer'];
      const parameters = parametersOf(emit, d, params, where);
      const requestBody = requestBodyOf(emit, d);
      (paths[path] ??= {})[method] = {
        operationId,
        summary: d.summary,
        ...(d.description ? { description: d.description } : {}),
        ...(d.tags?.length ? { tags: [...d.tags] } : {}),
        ...(d.deprecated ? { deprecated: true } : {}),
        security: security.map((s) => ({ [SCHEME_OF[s]]: [] })),
        ...(parameters.length ? { parameters } : {}),
        ...(requestBody ? { requestBody } : {}),
        responses: responsesOf(emit, d, security.length > 0, where, method),
      };
    }
  }
  const described = new Map((info.tags ?? []).map((t) => [t.name, t]));
  if (emit.schemas.Problem) throw new Error('"Problem" is the shared error schema: name yours otherwise');
  const schemas = { ...emit.schemas, Problem: emit.copy(problemSchema, true) };
  return {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: info.version,
      ...(info.description ? { description: info.description } : {}),
    },
    ...(info.servers ? { servers: info.servers } : {}),
    ...(tags.length || described.size
      ? {
          tags: [...new Set([...described.keys(), ...tags])].map((name) => described.get(name) ?? { name }),
        }
      : {}),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}
