/**
 * Docs that cannot rot: every page of README.md and docs/ is read, and
 *
 * - every relative link (and image) points at a file that exists, and at a
 *   heading that exists when it names one;
 * - every ```yaml block is a whole regulation, loaded by the same loader as
 *   `reglament validate` (plugins included); ```yaml fragment is a part of
 *   one, laid over a minimal regulation (its top-level keys replace the
 *   base's) and loaded the same way; ```yaml scenario is run by the simulator
 *   on the regulation it names (one of the docs' own, or an example
 *   regulation) and must reach the timeline's end; ```yaml reference (the
 *   generated reference, checked against the schema by
 *   docs-reference.test.ts) only has to parse; any other kind of YAML block
 *   fails, so a writer says what each one is;
 * - every ```ts block compiles with the project's compiler options, as a
 *   module at the project root (so `./client/index.js` is the typed client);
 * - the README stays short and keeps its two commands, and each guide for
 *   directors, managers and heads exists in Russian and in English.
 *
 * @module
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlugins } from '../../plugins/index.js';
import type { PluginHost } from '../../plugins/host.js';
import { RegulationInvalidError } from '../../regulation/errors.js';
import { loadRegulation } from '../../regulation/load.js';
import type { Regulation } from '../../regulation/types.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { simulate, type Scenario } from '../../simulation/simulator.js';
import { anchorsOf, codeBlocks, docPages, readDoc, relativeLinks, type DocBlock } from '../support/docs.js';

const PAGES = docPages();
const BLOCKS = PAGES.flatMap((file) => codeBlocks(file));
const where = (b: { file: string; line: number }) => `${b.file}:${b.line}`;

/** What a ```yaml fragment is laid over. */
const BASE = {
  id: 'doc_fragment',
  title: 'A fragment of the docs',
  stages: [
    { key: 'start', title: 'Start', on: { WON: 'won', LOST: 'lost' } },
    { key: 'won', title: 'Won', final: 'won' },
    { key: 'lost', title: 'Lost', final: 'lost' },
  ],
};

let plugins: PluginHost;
beforeAll(async () => {
  plugins = await loadPlugins(() => {});
});

/** The problems of a regulation, as `reglament validate` would list them, or [] when it loads. */
function regulationProblems(text: string, name: string): string[] {
  try {
    loadRegulation(text, name, { composer: plugins });
    return [];
  } catch (error) {
    if (error instanceof RegulationInvalidError) return error.issues.map((i) => `${name}: ${i.pointer} ${i.message}`);
    return [`${name}: ${(error as Error).message}`];
  }
}

describe('the docs', () => {
  it('should have pages to check, with examples of each kind', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/reference/regulation.md']));
    const kinds = new Set(BLOCKS.map((b) => b.info.join(' ')));
    for (const kind of ['yaml', 'yaml fragment', 'ts']) expect(kinds, kind).toContain(kind);
  });

  it('should link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of PAGES) {
      for (const link of relativeLinks(file)) {
        const [target, anchor] = link.target.split('#') as [string, string | undefined];
        const resolved = target
          ? path.resolve(PROJECT_ROOT, path.dirname(file), decodeURI(target))
          : path.join(PROJECT_ROOT, file);
        if (!resolved.startsWith(PROJECT_ROOT) || !existsSync(resolved)) {
          broken.push(`${where(link)} → ${link.target} (no such file)`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile()) {
          const anchors = anchorsOf(readDoc(path.relative(PROJECT_ROOT, resolved)));
          if (!anchors.has(decodeURIComponent(anchor)))
            broken.push(`${where(link)} → ${link.target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('should have every YAML example valid as what it says it is', () => {
    const problems: string[] = [];
    const yamlBlocks = BLOCKS.filter((b) => b.info[0] === 'yaml' || b.info[0] === 'yml');
    expect(yamlBlocks.length).toBeGreaterThan(10);
    for (const block of yamlBlocks) {
      const kind = block.info[1];
      const name = where(block);
      if (kind === undefined) problems.push(...regulationProblems(block.text, name));
      else if (kind === 'fragment') {
        const fragment = parse(block.text) as Record<string, unknown>;
        problems.push(...regulationProblems(stringify({ ...BASE, ...fragment }), name));
      } else if (kind === 'reference' || kind === 'scenario') {
        try {
          parse(block.text);
        } catch (error) {
          problems.push(`${name}: ${(error as Error).message}`);
        }
      } else
        problems.push(
          `${name}: unknown kind of YAML block "${kind}" (yaml, yaml fragment, yaml reference, yaml scenario)`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('should run every scenario example on the simulator', async () => {
    const scenarios = BLOCKS.filter((b) => b.info[0] === 'yaml' && b.info[1] === 'scenario');
    expect(scenarios.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const block of scenarios) {
      const scenario = parse(block.text) as Scenario & { regulation?: string };
      const regulation = scenario.regulation ? knownRegulations().get(scenario.regulation) : undefined;
      if (!regulation) {
        problems.push(`${where(block)}: no regulation "${scenario.regulation}" in the docs or examples/regulations`);
        continue;
      }
      try {
        const { timeline } = await simulate(regulation, scenario, { registry: plugins.registry });
        if (timeline.length === 0) problems.push(`${where(block)}: the simulation's timeline is empty`);
        // A step the regulation refuses is a mistake in the example (a task that is not open, a field missing).
        for (const entry of timeline.filter((e) => e.kind === 'rejected'))
          problems.push(`${where(block)}: a step was refused: ${entry.detail}`);
      } catch (error) {
        problems.push(`${where(block)}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('should refuse a broken regulation example (the check can fail)', () => {
    expect(
      regulationProblems('id: x\ntitle: X\nstages: [{ key: a, title: A, on: { GO: nowhere } }]', 'bad'),
    ).not.toEqual([]);
  });

  it('should compile every TypeScript example', () => {
    // A block that opens with `// file: <path>` is one file of the plugin guide's example package: the
    // plugin guide's own test (plugin-guide.test.ts) writes those files out together and compiles them as one project.
    const snippets = BLOCKS.filter(
      (b) => (b.info[0] === 'ts' || b.info[0] === 'typescript') && !/^\/\/ file: /.test(b.text),
    );
    expect(snippets.length).toBeGreaterThan(0);
    expect(compileProblems(snippets)).toEqual([]);
  }, 120_000);

  it('should refuse a TypeScript example that does not compile (the check can fail)', () => {
    const bad: DocBlock = { file: 'bad.md', line: 1, info: ['ts'], text: "const n: number = 'text';\nexport {};" };
    expect(compileProblems([bad])).toHaveLength(1);
  }, 120_000);

  it('should keep its pictures small (each under 150 KB)', () => {
    const dir = path.join(PROJECT_ROOT, 'docs', 'images');
    const sizes = readdirSync(dir).map((name) => [name, statSync(path.join(dir, name)).size] as const);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(sizes.filter(([, bytes]) => bytes > 150 * 1024)).toEqual([]);
  });

  it('should keep the README short, with its two commands', () => {
    const readme = readDoc('README.md');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('should have the guides for directors, managers and heads in Russian and English', () => {
    for (const guide of ['director', 'manager']) {
      for (const lang of ['ru', 'en']) expect(PAGES, `${guide}.${lang}`).toContain(`docs/guides/${guide}.${lang}.md`);
    }
  });
});

/** The regulations a scenario may name: the docs' whole regulations and the example regulations, by id. */
function knownRegulations(): Map<string, Regulation> {
  const dir = path.join(PROJECT_ROOT, 'examples', 'regulations');
  const texts = [
    ...readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8')),
    ...BLOCKS.filter((b) => b.info.length === 1 && b.info[0] === 'yaml').map((b) => b.text),
  ];
  const byId = new Map<string, Regulation>();
  for (const text of texts) {
    const regulation = loadRegulation(text, undefined, { composer: plugins });
    byId.set(regulation.id, regulation);
  }
  return byId;
}

/** Compiles the snippets as modules at the project root (never written to disk); one message per failing snippet. */
function compileProblems(snippets: DocBlock[]): string[] {
  const config = ts.readConfigFile(path.join(PROJECT_ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, PROJECT_ROOT);
  const virtual = new Map(snippets.map((s, i) => [path.join(PROJECT_ROOT, `__docs_snippet_${i}.ts`), s] as const));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists(f);
  host.readFile = (f) => virtual.get(f)?.text ?? readFile(f);
  host.getSourceFile = (f, language, ...rest) => {
    const snippet = virtual.get(f);
    return snippet ? ts.createSourceFile(f, snippet.text, language) : getSourceFile(f, language, ...rest);
  };
  const program = ts.createProgram([...virtual.keys()], { ...options, noEmit: true }, host);
  const problems = new Map<string, string>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const snippet = d.file && virtual.get(d.file.fileName);
    if (!snippet) continue;
    const line = d.start === undefined ? 0 : d.file!.getLineAndCharacterOfPosition(d.start).line;
    problems.set(
      where(snippet),
      `${where(snippet)} (+${line}): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
  }
  return [...problems.values()];
}
