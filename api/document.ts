/**
 * The API's OpenAPI document without a running stack: `createApp` is built
 * over dependencies that are never used. Routes are enumerated, never called;
 * any dependency touched while the app is built (rather than inside a
 * handler) throws, naming what was touched.
 *
 * Run it to print the document (what `client/generate.ts` reads; client/
 * may not import api/):
 *
 *   npx tsx api/document.ts > openapi.json
 *   npx tsx api/document.ts | npx tsx client/generate.ts
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import type { ApiDeps } from './deps.js';
import { API_INFO } from './docs.routes.js';
import { openApiDocument } from './openapi.js';

export { API_INFO };

/** A stand-in for any dependency: property reads give further stand-ins; calling one throws. */
function unused(name: string): unknown {
  const fail = () => {
    throw new Error(`buildDocument: "${name}" was used while the app was built; routes are enumerated, never called`);
  };
  return new Proxy(fail, {
    apply: fail,
    construct: fail,
    get: (_, key) => {
      if (key === 'then') return undefined; // not a promise
      if (typeof key === 'symbol') return undefined;
      return unused(`${name}.${key}`);
    },
  });
}

const OPTIONAL = new Set([
  'log',
  'logError',
  'maxBodyBytes',
  'historyLimit',
  'intakeTimeoutMs',
  'intakeLeaseMs',
  'jwtPreviousSecret',
  'rateLimits',
]);

/** Dependencies for enumerating routes only: every member throws when used. */
export function enumerationDeps(): ApiDeps {
  return new Proxy({} as ApiDeps, {
    get: (_, key) => {
      if (key === 'jwtSecret') return 'unused';
      // Optional settings read while the app is built: absent, as on a default setup.
      if (typeof key === 'symbol' || OPTIONAL.has(key)) return undefined;
      return unused(`deps.${key}`);
    },
  });
}

export function buildDocument(): Record<string, unknown> {
  return openApiDocument(createApp(enumerationDeps()), API_INFO);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(buildDocument(), null, 2)}\n`);
}
