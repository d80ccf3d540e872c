/**
 * Loads a regulation from YAML or JSON text: parse, validate against the JSON
 * Schema (ajv, every error at once), check semantics, normalise. Each problem
 * carries its JSON pointer and, for YAML, its line and column.
 *
 * @example
 * const regulation = loadRegulation(fs.readFileSync('b2b.yaml', 'utf8'), 'b2b.yaml');
 *
 * @module
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isCollection, isMap, isNode, isPair, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { RegulationInvalidError } from './errors.js';
import { pathOf, pointerOf, type RegulationIssue } from './issues.js';
import { regulationSchema } from './schema.js';
import { checkSemantics } from './semantics.js';
import { normalize, type RegulationSource } from './source.js';
import { DECISION_KINDS, defaultRegistry, type DecisionKind, type RulesRegistry } from '../rules/registry.js';
import { ruleSchema } from '../rules/schemas/rule.schema.js';
import type { Regulation } from './types.js';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validateSchema = ajv.compile<RegulationSource>(regulationSchema);

/** A regulation longer than this is refused before it is parsed (a 300-line regulation is about 15 KB). */
export const MAX_REGULATION_CHARS = 512 * 1024;
/** Alias references a regulation may resolve; more is an "alias bomb" that would expand without end. */
export const MAX_YAML_ALIASES = 100;

/** Deeper than any regulation is written. */
const MAX_YAML_DEPTH = 32;

/**
 * What no regulation has and what would make turning the document into data
 * slow or impossible: a mapping or list used as a key (its cost grows with
 * the power of its depth), or nesting deeper than a regulation goes.
 */
function shapeIssues(doc: Document, lc: LineCounter): RegulationIssue[] {
  const issues: RegulationIssue[] = [];
  const at = (node: unknown) => {
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    const { line, col } = lc.linePos(offset);
    return { line, column: col };
  };
  visit(doc, {
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        issues.push({
          pointer: '',
          message: 'a mapping or list is used as a key; keys are plain names',
          ...at(pair.key),
        });
        return visit.BREAK;
      }
      return undefined;
    },
    Collection(_, node, path) {
      if (path.length > MAX_YAML_DEPTH * 2) {
        issues.push({ pointer: '', message: `nested deeper than ${MAX_YAML_DEPTH} levels`, ...at(node) });
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return issues;
}

/** Parses and validates regulation text; throws `RegulationInvalidError` listing every problem. */
export function loadRegulation(
  text: string,
  sourceName?: string,
  options: { composer?: RegulationComposer } = {},
): Regulation {
  if (text.length > MAX_REGULATION_CHARS) {
    throw new RegulationInvalidError(
      [
        {
          pointer: '',
          message: `the regulation is ${text.length} characters long; at most ${MAX_REGULATION_CHARS} are taken`,
        },
      ],
      sourceName,
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => ({
      pointer: '',
      message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      line: e.linePos?.[0].line,
      column: e.linePos?.[0].col,
    }));
    throw new RegulationInvalidError(issues, sourceName);
  }
  const shape = shapeIssues(doc, lineCounter);
  if (shape.length > 0) throw new RegulationInvalidError(shape, sourceName);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // The yaml package refuses a document whose aliases expand too far ("Excessive alias count").
    const message = `the YAML aliases (*name) expand too far: ${(error as Error).message}; at most ${MAX_YAML_ALIASES} alias references are resolved`;
    throw new RegulationInvalidError([{ pointer: '', message }], sourceName);
  }
  const locate = (pointer: string) => locateInYaml(doc, lineCounter, pointer);
  return validateRegulation(value, { locate, ...(sourceName ? { sourceName } : {}), ...options });
}

/**
 * Composes a regulation with the plugins it names; `PluginHost` is one. Kept
 * as an interface so the regulation model does not depend on plugin loading.
 */
export interface RegulationComposer {
  registry: RulesRegistry;
  compose(source: RegulationSource): { source: RegulationSource; issues: RegulationIssue[] };
  activity(name: string): unknown;
  /** `id@version` of each plugin a regulation names. */
  versions(refs: NonNullable<RegulationSource['plugins']>): string[];
}

/** Validates an already-parsed regulation document (e.g. a JSON API body). */
export function validateRegulation(
  value: unknown,
  options: {
    locate?: (pointer: string) => { line: number; column: number } | undefined;
    sourceName?: string;
    /** Facts and operators rules may use; plugins extend it. */
    registry?: RulesRegistry;
    /** Needed when the regulation names plugins; its registry then applies. */
    composer?: RegulationComposer;
  } = {},
): Regulation {
  const withPosition = (issue: RegulationIssue): RegulationIssue => ({ ...issue, ...options.locate?.(issue.pointer) });
  if (!validateSchema(value)) {
    const issues = schemaIssues(validateSchema.errors ?? []);
    // List the semantic mistakes too, so one run shows every problem. The
    // checks assume a schema-valid shape; where the shape is too broken for
    // them, the schema errors alone are reported.
    const reported = new Set(issues.map((i) => i.pointer));
    for (const issue of semanticsOfInvalid(value)) if (!reported.has(issue.pointer)) issues.push(issue);
    throw new RegulationInvalidError(issues.map(withPosition), options.sourceName);
  }
  const refs = value.plugins ?? [];
  if (refs.length > 0) return validateComposed(value, refs, options);
  const registry = options.registry ?? options.composer?.registry ?? sharedRegistry();
  const issues = [
    ...ruleIssues(value, registry),
    ...checkSemantics(value),
    ...automationIssues(value, options.composer),
  ];
  if (issues.length > 0) throw new RegulationInvalidError(issues.map(withPosition), options.sourceName);
  return normalize(value);
}

/**
 * A regulation with plugins: composed first, then validated as a whole. The
 * base's own positions are lost once plugins insert stages, so problems in
 * the composed regulation carry pointers into it and the plugins' names.
 */
function validateComposed(
  base: RegulationSource,
  refs: NonNullable<RegulationSource['plugins']>,
  options: {
    sourceName?: string;
    composer?: RegulationComposer;
    locate?: (pointer: string) => { line: number; column: number } | undefined;
  },
): Regulation {
  const withPosition = (issue: RegulationIssue): RegulationIssue => ({ ...issue, ...options.locate?.(issue.pointer) });
  if (!options.composer) {
    throw new RegulationInvalidError(
      [
        withPosition({
          pointer: '/plugins',
          message: 'this regulation names plugins; load it through the plugin host',
        }),
      ],
      options.sourceName,
    );
  }
  const { source, issues: composition } = options.composer.compose(base);
  if (composition.length > 0) throw new RegulationInvalidError(composition.map(withPosition), options.sourceName);
  const label = (issue: RegulationIssue): RegulationIssue => ({
    ...issue,
    message: `${issue.message} (in the regulation composed with plugins ${refs.map((r) => (typeof r === 'string' ? r : r.id)).join(', ')})`,
  });
  if (!validateSchema(source))
    throw new RegulationInvalidError(schemaIssues(validateSchema.errors ?? []).map(label), options.sourceName);
  const issues = [
    ...ruleIssues(source, options.composer.registry),
    ...checkSemantics(source),
    ...automationIssues(source, options.composer),
  ];
  if (issues.length > 0) throw new RegulationInvalidError(issues.map(label), options.sourceName);
  return normalize(source, options.composer.versions(refs));
}

/** Every `onEnter.run` must name a loaded plugin's activity. */
function automationIssues(source: RegulationSource, composer: RegulationComposer | undefined): RegulationIssue[] {
  const issues: RegulationIssue[] = [];
  source.stages.forEach((stage, i) =>
    (stage.onEnter ?? []).forEach((a, j) => {
      if (!composer?.activity(a.run))
        issues.push({
          pointer: `/stages/${i}/onEnter/${j}/run`,
          message: `no loaded plugin provides activity "${a.run}"`,
        });
    }),
  );
  return issues;
}

let defaultRegistryInstance: RulesRegistry | undefined;
const sharedRegistry = () => (defaultRegistryInstance ??= defaultRegistry());
const ruleValidators = new WeakMap<RulesRegistry, Map<DecisionKind, ValidateFunction>>();

/** Each rule checked against its decision's schema: facts, operators, paths and event. */
function ruleIssues(source: RegulationSource, registry: RulesRegistry): RegulationIssue[] {
  let byKind = ruleValidators.get(registry);
  if (!byKind) {
    byKind = new Map(DECISION_KINDS.map((k) => [k, ajv.compile(ruleSchema(k, registry))]));
    ruleValidators.set(registry, byKind);
  }
  const issues: RegulationIssue[] = [];
  for (const kind of DECISION_KINDS) {
    (source.rules?.[kind] ?? []).forEach((rule, i) => {
      const validate = byKind.get(kind)!;
      if (validate(rule)) return;
      for (const issue of schemaIssues(validate.errors ?? [])) {
        issues.push({ ...issue, pointer: `/rules/${kind}/${i}${issue.pointer}` });
      }
    });
  }
  return issues;
}

function semanticsOfInvalid(value: unknown): RegulationIssue[] {
  try {
    return checkSemantics(value as RegulationSource);
  } catch {
    return [];
  }
}

/** Turns ajv's errors into one readable issue per mistake. */
export function schemaIssues(errors: ErrorObject[]): RegulationIssue[] {
  // Inside a oneOf, every failed branch reports; keep only the oneOf summary.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const kept = errors.filter(
    (e) =>
      e.keyword === 'oneOf' ||
      ![...oneOfPaths].some((p) => e.instancePath.startsWith(p) && e.schemaPath.includes('/oneOf/')),
  );
  const seen = new Set<string>();
  const issues: RegulationIssue[] = [];
  for (const e of kept) {
    const issue = describe(e);
    if (!issue) continue;
    const id = issue.pointer + '\u0000' + issue.message;
    if (!seen.has(id)) {
      seen.add(id);
      issues.push(issue);
    }
  }
  return issues;
}

function describe(e: ErrorObject): RegulationIssue | undefined {
  const here = e.instancePath;
  const last = pathOf(here).at(-1) ?? '';
  switch (e.keyword) {
    case 'required':
      return { pointer: `${here}/${e.params.missingProperty}`, message: `"${e.params.missingProperty}" is required` };
    case 'additionalProperties':
      return {
        pointer: `${here}/${e.params.additionalProperty}`,
        message: `unknown property "${e.params.additionalProperty}"`,
      };
    case 'propertyName':
      return undefined; // reported through the nested pattern error below
    case 'pattern': {
      if (e.propertyName !== undefined) {
        const rule =
          /A-Z/.test(String(e.params.pattern)) && !/a-z/.test(String(e.params.pattern))
            ? 'event names are SCREAMING_CASE, e.g. QUALIFIED'
            : 'keys are lower_snake_case, e.g. budget';
        return { pointer: `${here}/${e.propertyName}`, message: `"${e.propertyName}" is not a valid name: ${rule}` };
      }
      if (last === 'due' || last === 'sla' || last === 'after')
        return { pointer: here, message: 'is not an ISO 8601 duration (e.g. PT4H, P2D, P1DT12H)' };
      if (last === 'path')
        return { pointer: here, message: 'must be a plain dot path such as "address.city" (JSONPath is not accepted)' };
      if (pathOf(here).at(-2) === 'offsets')
        return {
          pointer: here,
          message: 'must be a signed ISO 8601 duration, e.g. -PT30M (before due) or PT1H (after)',
        };
      if (/\\d\{4\}/.test(String(e.params.pattern))) return { pointer: here, message: 'must be a date YYYY-MM-DD' };
      if (/\[01\]/.test(String(e.params.pattern))) return { pointer: here, message: 'must be a time HH:MM' };
      return { pointer: here, message: 'must be lower_snake_case (letters, digits, _), starting with a letter' };
    }
    case 'oneOf':
      if (last === 'due')
        return {
          pointer: here,
          message:
            'is not an ISO 8601 duration (e.g. PT4H, P2D, P1DT12H), nor a date field with an offset ({ field: need_expected_at, offset: -P1D })',
        };
      return {
        pointer: here,
        message: 'must be a target stage key, or an object { to: <stage>, enforce: true|false, title: <words> }',
      };
    case 'minProperties':
    case 'maxProperties':
      return { pointer: here, message: 'needs exactly one of "all", "any" or "not"' };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).join(', ');
      if (last === 'fact') return { pointer: here, message: `unknown fact; this decision offers: ${allowed}` };
      if (last === 'operator') return { pointer: here, message: `unknown operator; known: ${allowed}` };
      return { pointer: here, message: `must be one of: ${allowed}` };
    }
    case 'const':
      return { pointer: here, message: `must be "${String(e.params.allowedValue)}"` };
    case 'if':
      return undefined; // the failing branch reports the real error
    case 'type':
      return { pointer: here, message: `must be ${article(String(e.params.type))}` };
    case 'minItems':
      return {
        pointer: here,
        message: e.params.limit === 1 ? 'must not be empty' : `needs at least ${e.params.limit} items`,
      };
    case 'minLength':
      return { pointer: here, message: 'must not be empty' };
    default:
      return { pointer: here, message: e.message ?? e.keyword };
  }
}

function article(type: string): string {
  const t = type.replace(/,/g, ' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

/** Line/column of the node a pointer names, or of its nearest existing parent. */
function locateInYaml(doc: Document, lc: LineCounter, pointer: string): { line: number; column: number } | undefined {
  const path = pathOf(pointer);
  for (let n = path.length; n >= 0; n--) {
    const prefix = path.slice(0, n).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let offset: number | undefined;
    if (n > 0) {
      // Prefer the key of a mapping entry: that is where a reader looks.
      const parent = prefix.length === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find(
          (it) =>
            isPair(it) && isNode(it.key) && String((it.key as { value?: unknown }).value) === String(prefix.at(-1)),
        );
        if (pair && isNode(pair.key)) offset = pair.key.range?.[0];
      }
    }
    if (offset === undefined) {
      const node = n === 0 ? doc.contents : doc.getIn(prefix, true);
      if (isNode(node)) offset = node.range?.[0];
    }
    if (offset !== undefined) {
      const { line, col } = lc.linePos(offset);
      return { line, column: col };
    }
  }
  return undefined;
}

export { pointerOf };
