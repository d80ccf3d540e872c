/**
 * The regulation format's reference page, written from its JSON Schema
 * (`schema.ts`) so that it cannot drift: one section per key, with its type,
 * whether it is required, its default, its allowed values and description,
 * and an example taken from the example regulations (the first value found at
 * that key), or one made from the schema when no example uses the key.
 * `npm run docs:reference` writes it to docs/reference/regulation.md;
 * test/unit/docs-reference.test.ts fails when the committed page is stale.
 *
 * @example
 * const page = regulationReference([{ name: 'b2b-basic.yaml', data: parse(text) }]);
 *
 * @module
 */
import { stringify } from 'yaml';
import { regulationSchema } from './schema.js';

/** A JSON Schema node as `schema.ts` writes them (plain objects, no `$ref`). */
export interface SchemaNode {
  type?: string | readonly string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  oneOf?: readonly SchemaNode[];
  enum?: readonly unknown[];
  required?: readonly string[];
  default?: unknown;
  pattern?: string;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  uniqueItems?: boolean;
}

/** One key of the format: where it is, its schema, and whether its parent requires it. */
export interface ReferenceEntry {
  /** Segments from the root: a property name, `[]` (an item of a list), or `<name>` (any key of a map). */
  path: string[];
  node: SchemaNode;
  required: boolean;
}

/** An example regulation, already parsed (YAML or JSON). */
export interface ReferenceExample {
  name: string;
  data: unknown;
}

/** Every key the schema names, depth first, in the schema's order (branches of `oneOf` included). */
export function referenceEntries(root: SchemaNode = regulationSchema as unknown as SchemaNode): ReferenceEntry[] {
  const entries: ReferenceEntry[] = [];
  const seen = new Set<string>();
  const walk = (node: SchemaNode, path: string[]) => {
    for (const branch of node.oneOf ?? []) walk(branch, path);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      if (name === '$schema') continue;
      const childPath = [...path, name];
      const id = childPath.join('.');
      if (!seen.has(id)) {
        seen.add(id);
        entries.push({ path: childPath, node: child, required: (node.required ?? []).includes(name) });
      }
      walk(child, childPath);
    }
    if (node.items) walk(node.items, [...path, '[]']);
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, [...path, '<name>']);
  };
  walk(root, []);
  return entries;
}

/** `stages[].tasks[].due`: how the page names a key. */
export const keyName = (path: string[]) => path.join('.').replace(/\.\[\]/g, '[]');

/** The values found at `path` in `data`, in document order. */
export function valuesAt(data: unknown, path: string[]): unknown[] {
  if (path.length === 0) return data === undefined ? [] : [data];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '[]') return Array.isArray(data) ? data.flatMap((item) => valuesAt(item, rest)) : [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  if (head === '<name>') return Object.values(record).flatMap((value) => valuesAt(value, rest));
  return head in record ? valuesAt(record[head], rest) : [];
}

/** An example short enough to read, and still valid: a list of objects keeps its first item. */
function trim(value: unknown): unknown {
  if (Array.isArray(value)) {
    const objects = value.some((v) => v !== null && typeof v === 'object');
    return value.slice(0, objects ? 1 : 6).map(trim);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v)]));
  }
  return value;
}

/** A value the schema accepts, for a key no example regulation uses. */
export function sampleOf(node: SchemaNode): unknown {
  if (node.default !== undefined) return node.default;
  if (node.enum) return node.enum[0];
  if (node.oneOf?.[0]) return sampleOf(node.oneOf[0]);
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (node.description?.includes('ISO 8601')) return 'PT4H';
  switch (type) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return node.minimum ?? 1;
    case 'array':
      return node.items ? [sampleOf(node.items)] : [];
    case 'object': {
      const required = node.required ?? [];
      return Object.fromEntries(required.map((k) => [k, sampleOf(node.properties?.[k] ?? {})]));
    }
    default:
      if (node.pattern?.startsWith('^[A-Z]')) return 'QUALIFIED';
      if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2027-01-01';
      if (node.pattern?.startsWith('^([01]')) return '09:00';
      if (node.pattern?.startsWith('^P(?!$)')) return 'P1D'; // an ISO 8601 duration
      if (node.pattern?.startsWith('^[a-z][a-z0-9_]*\\.')) return 'plugin_id.activity';
      return node.pattern ? 'example_key' : 'Example';
  }
}

/** The example of an entry: from the example regulations when one uses the key, else from the schema. */
export function exampleOf(entry: ReferenceEntry, examples: ReferenceExample[]): { value: unknown; from?: string } {
  for (const example of examples) {
    const found = valuesAt(example.data, entry.path);
    if (found.length > 0) return { value: trim(found[0]), from: example.name };
  }
  return { value: sampleOf(entry.node) };
}

const code = (value: unknown) => '`' + (typeof value === 'string' ? value : JSON.stringify(value)) + '`';

function typeOf(node: SchemaNode): string {
  if (node.oneOf) return node.oneOf.map(typeOf).join(' or ');
  if (node.enum) return 'one of ' + node.enum.map(code).join(', ');
  const type: string = typeof node.type === 'string' ? node.type : (node.type?.join(' or ') ?? 'any');
  if (type === 'array' && node.items) return `list of ${typeOf(node.items)}`;
  if (type === 'object' && typeof node.additionalProperties === 'object' && !node.properties)
    return `map of name → ${typeOf(node.additionalProperties)}`;
  return type;
}

function constraints(node: SchemaNode): string[] {
  const out: string[] = [];
  if (node.pattern) out.push(`pattern ${code(node.pattern)}`);
  if (node.minLength !== undefined) out.push(`at least ${node.minLength} character(s)`);
  if (node.maxLength !== undefined) out.push(`at most ${node.maxLength} characters`);
  if (node.minimum !== undefined) out.push(`from ${node.minimum}`);
  if (node.maximum !== undefined) out.push(`to ${node.maximum}`);
  if (node.minItems !== undefined) out.push(`at least ${node.minItems} item(s)`);
  if (node.uniqueItems) out.push('no repeats');
  if (node.propertyNames?.pattern) out.push(`names match ${code(node.propertyNames.pattern)}`);
  return out;
}

/** The example as YAML, under its own key name (or `name:` for any key of a map). */
export function exampleYaml(entry: ReferenceEntry, value: unknown): string {
  const last = entry.path[entry.path.length - 1]!;
  const key = last === '<name>' ? 'name' : last;
  return stringify({ [key]: value }, { lineWidth: 0, flowCollectionPadding: true }).trimEnd();
}

/** The whole page, Markdown. */
export function regulationReference(examples: ReferenceExample[]): string {
  const schema = regulationSchema as unknown as SchemaNode & { title: string; $id: string };
  const lines = [
    '# Regulation format reference',
    '',
    '<!-- Generated from regulation/schema.ts by `npm run docs:reference`; do not edit by hand. -->',
    '',
    `Every key of a regulation file (${schema.title}, \`${schema.$id}\`), from its JSON Schema.`,
    'Examples come from the example regulations in `examples/regulations/` (named under each);',
    'where none uses a key, the example is built from the schema. A path such as',
    '`stages[].tasks[].due` means the key `due` of any task of any stage; `<name>` stands for a',
    'name of your own (a field, a stage key, an event). The checks a schema cannot express',
    '(targets exist, stages reachable, rules use known facts) are made by `npx reglament validate`.',
    '',
  ];
  for (const entry of referenceEntries()) {
    const { node } = entry;
    const name = keyName(entry.path);
    lines.push(`## ${name}`, '');
    const facts = [`**Type:** ${typeOf(node)}`, entry.required ? '**required**' : 'optional'];
    if (node.default !== undefined) facts.push(`default ${code(node.default)}`);
    lines.push(facts.join(' · '), '');
    if (node.description) {
      const text = node.description.charAt(0).toUpperCase() + node.description.slice(1);
      lines.push(/[.!?)]$/.test(text) ? text : `${text}.`, '');
    }
    const rules = constraints(node);
    if (rules.length > 0) lines.push(`Constraints: ${rules.join('; ')}.`, '');
    const example = exampleOf(entry, examples);
    lines.push(example.from ? `Example (from \`${example.from}\`):` : 'Example:', '');
    lines.push('```yaml reference', exampleYaml(entry, example.value), '```', '');
  }
  return lines.join('\n');
}
