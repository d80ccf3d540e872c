/**
 * Writes `client/schema.ts`, the TypeScript types of the API, from the
 * OpenAPI document the API serves at /openapi.json. client/ imports nothing
 * of the API (see test/unit/architecture.test.ts), so the document comes in
 * as JSON: on standard input, from a file, or from a running API.
 *
 *   npx tsx api/document.ts | npx tsx client/generate.ts            # writes client/schema.ts
 *   npx tsx api/document.ts | npx tsx client/generate.ts --check    # fails when it is stale
 *   npx tsx client/generate.ts openapi.json
 *   npx tsx client/generate.ts http://127.0.0.1:3000/openapi.json
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

export const SCHEMA_FILE = fileURLToPath(new URL('./schema.ts', import.meta.url));

const BANNER = `/**
 * The Reglament API's types, generated from its OpenAPI document by
 * client/generate.ts (openapi-typescript). Do not edit: run
 * \`npx tsx api/document.ts | npx tsx client/generate.ts\`.
 */

`;

/** The generated module's text, formatted as the repository formats TypeScript. */
export async function generateSchema(document: object): Promise<string> {
  // emptyObjectsUnknown: `{ type: 'object' }` (open data) is `Record<string, unknown>`, not `Record<string, never>`.
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: false, emptyObjectsUnknown: true });
  const text = BANNER + astToString(ast);
  return format(text, { ...(await resolveConfig(SCHEMA_FILE)), filepath: SCHEMA_FILE });
}

async function readDocument(source: string | undefined): Promise<object> {
  if (source && /^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: ${res.status} ${res.statusText}`);
    return (await res.json()) as object;
  }
  if (source) return JSON.parse(readFileSync(source, 'utf8')) as object;
  if (process.stdin.isTTY)
    throw new Error('pipe the document in: npx tsx api/document.ts | npx tsx client/generate.ts');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as object;
}

async function main(args: string[]) {
  const text = await generateSchema(await readDocument(args.find((a) => !a.startsWith('--'))));
  if (!args.includes('--check')) {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error('client/schema.ts is stale: run npx tsx api/document.ts | npx tsx client/generate.ts');
    process.exitCode = 1;
  } else console.log('client/schema.ts is up to date');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
