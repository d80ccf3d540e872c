/**
 * The regulation reference (docs/reference/regulation.md) is generated from
 * the schema: the committed page must be what `npm run docs:reference` writes
 * now, every key of the schema has a section, and every example it shows is
 * valid against that key's schema.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PAGE, currentReference, exampleRegulations } from '../../cli/docs-reference.js';
import { exampleOf, keyName, referenceEntries } from '../../regulation/reference.js';

describe('the regulation reference', () => {
  it('should be the page generated from the current schema (else run npm run docs:reference)', () => {
    expect(readFileSync(REFERENCE_PAGE, 'utf8')).toBe(currentReference());
  });

  it('should have a section for every key, nested ones too', () => {
    const page = readFileSync(REFERENCE_PAGE, 'utf8');
    const names = referenceEntries().map((e) => keyName(e.path));
    expect(names).toEqual(expect.arrayContaining(['id', 'stages', 'stages[].tasks[].due', 'escalation.chain[].to']));
    for (const name of names) expect(page, name).toContain(`\n## ${name}\n`);
  });

  it('should show for each key an example its schema accepts', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const examples = exampleRegulations();
    const invalid = referenceEntries().flatMap((entry) => {
      const { value } = exampleOf(entry, examples);
      return ajv.validate(entry.node, value) ? [] : [`${keyName(entry.path)}: ${ajv.errorsText()}`];
    });
    expect(invalid).toEqual([]);
  });
});
