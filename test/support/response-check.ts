/**
 * Checks a response against the OpenAPI document: finds the operation for a
 * concrete URL (templated paths match, the most specific first), the schema
 * for the status and content type, and validates the body with ajv (JSON
 * Schema 2020-12). A mismatch throws an error listing each JSON pointer and
 * what is wrong there.
 *
 * @example
 * const check = responseChecker(buildDocument());
 * const res = await app.request('/deals/42', { headers });
 * check('GET', '/deals/42', res.status, await res.json(), res.headers.get('content-type'));
 *
 * @module
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type Json = Record<string, any>;

export type ResponseCheck = (
  method: string,
  url: string,
  status: number,
  body: unknown,
  contentType?: string | null,
) => void;

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

function newAjv() {
  // strict: false, so the document's own keywords (and `components` beside a schema) are let be;
  // the formats the schemas use are declared here, no ajv-formats.
  return new Ajv2020({
    strict: false,
    allErrors: true,
    logger: false,
    formats: {
      'date-time': (s: string) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)),
      date: /^\d{4}-\d{2}-\d{2}$/,
      uri: (s: string) => URL.canParse(s),
      email: /^[^\s@]+@[^\s@]+$/,
    },
  });
}

interface Template {
  path: string;
  regex: RegExp;
  params: number;
  statics: number;
}

function templates(document: Json): Template[] {
  return Object.keys(document.paths ?? {})
    .map((path) => {
      const parts = path.split(/(\{[^}]+\})/);
      const regex = new RegExp(
        `^${parts.map((p) => (/^\{[^}]+\}$/.test(p) ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}/?$`,
      );
      const params = parts.filter((p) => /^\{[^}]+\}$/.test(p)).length;
      return { path, regex, params, statics: path.replace(/\{[^}]+\}/g, '').length };
    })
    .sort((a, b) => a.params - b.params || b.statics - a.statics);
}

/** `#/components/responses/X` and the like, within the document. */
function deref(document: Json, value: Json): Json {
  let v = value;
  for (let i = 0; v && typeof v.$ref === 'string' && v.$ref.startsWith('#/') && i < 10; i++) {
    v = v.$ref
      .slice(2)
      .split('/')
      .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((o: Json | undefined, k: string) => o?.[k], document) as Json;
  }
  return v ?? {};
}

export function responseChecker(document: object): ResponseCheck {
  const doc = document as Json;
  const ajv = newAjv();
  const compiled = new Map<string, ValidateFunction>();
  const paths = templates(doc);

  const operationFor = (method: string, url: string) => {
    const pathname = new URL(url, 'http://localhost').pathname;
    const m = method.toLowerCase();
    const matching = paths.filter((t) => t.regex.test(pathname));
    for (const t of matching) {
      const op = doc.paths[t.path]?.[m];
      if (op) return { template: t.path, op: op as Json };
    }
    throw new Error(
      matching.length
        ? `${method.toUpperCase()} ${pathname}: ${matching.map((t) => t.path).join(', ')} documents no ${method.toUpperCase()}`
        : `${method.toUpperCase()} ${pathname}: no documented path matches`,
    );
  };

  return (method, url, status, body, contentType) => {
    const { template, op } = operationFor(method, url);
    const where = `${method.toUpperCase()} ${template} → ${status}`;
    const responses = (op.responses ?? {}) as Json;
    const raw = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!raw) {
      throw new Error(
        `${where}: status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})` +
          (body !== undefined ? `\nbody: ${JSON.stringify(body).slice(0, 500)}` : ''),
      );
    }
    const response = deref(doc, raw);
    const content = (response.content ?? {}) as Json;
    const types = Object.keys(content);
    const empty = body === undefined || body === null || body === '';
    if (types.length === 0) {
      if (empty) return;
      throw new Error(`${where}: documented without a body, got ${JSON.stringify(body).slice(0, 200)}`);
    }
    const given = contentType?.split(';')[0]?.trim().toLowerCase();
    const type = given
      ? (types.find((t) => t.toLowerCase() === given) ??
        types.find((t) => t.endsWith('/*') && given.startsWith(t.slice(0, -1))) ??
        types.find((t) => t === '*/*'))
      : types.includes('application/json')
        ? 'application/json'
        : types.length === 1
          ? types[0]
          : undefined;
    if (!type) {
      throw new Error(
        given
          ? `${where}: content type ${given} is not documented (documented: ${types.join(', ')})`
          : `${where}: give the content type, one of ${types.join(', ')}`,
      );
    }
    const schema = (content[type] as Json).schema;
    if (schema === undefined) return;
    const key = `${where} ${type}`;
    let validate = compiled.get(key);
    if (!validate) {
      // The schema as the root, with the document's components beside it so `#/components/…` resolves.
      validate = ajv.compile({ allOf: [schema], components: doc.components ?? {} });
      compiled.set(key, validate);
    }
    if (!validate(body)) {
      const lines = (validate.errors ?? []).map((e) => {
        const extra =
          e.keyword === 'additionalProperties'
            ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
            : e.keyword === 'enum' || e.keyword === 'const'
              ? ` ${JSON.stringify(e.params)}`
              : '';
        return `  ${e.instancePath || '/'}: ${e.message}${extra}`;
      });
      throw new Error(
        `${where} ${type}: the body does not match the document\n${[...new Set(lines)].join('\n')}\nbody: ${JSON.stringify(body).slice(0, 1000)}`,
      );
    }
  };
}
