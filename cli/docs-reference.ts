/**
 * `npm run docs:reference`: writes docs/reference/regulation.md from the
 * regulation's JSON Schema and the example regulations. With `--check` it
 * writes nothing and exits 1 when the committed page differs (what
 * test/unit/docs-reference.test.ts asserts too).
 *
 * @module
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { regulationReference, type ReferenceExample } from '../regulation/reference.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_PAGE = path.join(ROOT, 'docs', 'reference', 'regulation.md');

/** The example regulations, by file name, in a stable order (the basic one first: its examples are the plainest). */
export function exampleRegulations(): ReferenceExample[] {
  const dir = path.join(ROOT, 'examples', 'regulations');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort((a, b) => (a === 'b2b-basic.yaml' ? -1 : b === 'b2b-basic.yaml' ? 1 : a.localeCompare(b)));
  return names.map((name) => ({ name, data: parse(readFileSync(path.join(dir, name), 'utf8')) as unknown }));
}

export const currentReference = () => regulationReference(exampleRegulations());

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const page = currentReference();
  if (process.argv.includes('--check')) {
    const stale = readFileSync(REFERENCE_PAGE, 'utf8') !== page;
    console.log(stale ? `${REFERENCE_PAGE} is stale: run npm run docs:reference` : 'up to date');
    process.exit(stale ? 1 : 0);
  }
  writeFileSync(REFERENCE_PAGE, page);
  console.log(`wrote ${path.relative(ROOT, REFERENCE_PAGE)}`);
}
