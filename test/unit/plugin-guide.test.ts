import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { guideWithReference } from '../../sdk/reference.js';

const GUIDE = readFileSync(path.join(PROJECT_ROOT, 'docs/guides/plugin-developer.md'), 'utf8');
const OUT = path.join(PROJECT_ROOT, 'test-artifacts', 'plugin-guide');

/** The guide's TypeScript blocks; one whose first line is `// file: <path>` belongs at that path. */
function examples(): Array<{ file: string; code: string }> {
  return [...GUIDE.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => {
    const named = /^\/\/ file: (\S+)/.exec(m[1]!);
    return { file: named ? named[1]! : `example-${i + 1}.ts`, code: m[1]! };
  });
}

function compilerOptions(): ts.CompilerOptions {
  const file = path.join(PROJECT_ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(file, ts.sys.readFile);
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, PROJECT_ROOT).options, noEmit: true };
}

/** What an entry point exports, by name, as the compiler sees it. */
function exportsOf(entry: string): string[] {
  const program = ts.createProgram([path.join(PROJECT_ROOT, entry)], compilerOptions());
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(path.join(PROJECT_ROOT, entry))!)!;
  return checker.getExportsOfModule(module).map((s) => s.name);
}

describe('the plugin author guide', () => {
  it('should compile every TypeScript example against the public entry points', () => {
    rmSync(OUT, { recursive: true, force: true });
    const files = examples().map(({ file, code }) => {
      const target = path.join(OUT, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, code);
      return target;
    });
    expect(files.length).toBeGreaterThanOrEqual(6);
    const program = ts.createProgram(files, compilerOptions());
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${path.relative(OUT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start!).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
    // Only the public names: an example reaching into our tree would not work for a plugin author.
    for (const { file, code } of examples()) {
      const imports = [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(
        imports.filter((i) => !/^(reglament\/(plugin|testing)|vitest|\.\/|\.\.\/src\/)/.test(i)),
        file,
      ).toEqual([]);
    }
  });

  it("should pass the example plugin's own test (written by the first test)", () => {
    const config = path.join(OUT, 'vitest.config.ts');
    writeFileSync(
      config,
      `export default { resolve: { alias: ${JSON.stringify({
        'reglament/plugin': path.join(PROJECT_ROOT, 'sdk/plugin.ts'),
        'reglament/testing': path.join(PROJECT_ROOT, 'sdk/testing.ts'),
      })} }, test: { include: ['test/*.test.ts'] } };\n`,
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_OPTIONS$)/.test(k)));
    const vitest = path.join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
    const r = spawnSync(process.execPath, [vitest, 'run', '--config', config, '--root', OUT], {
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1' },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 passed/);
  });

  it('should list exactly what reglament/plugin and reglament/testing export', () => {
    const section = GUIDE.slice(GUIDE.indexOf('## The public surface'));
    const listed = (entry: string) => {
      const paragraph = section.slice(section.indexOf(`\`${entry}\`:`)).split('\n\n')[0]!;
      return [...paragraph.matchAll(/`(\w+)`/g)].map((m) => m[1]!).sort();
    };
    expect(listed('reglament/plugin')).toEqual(exportsOf('sdk/plugin.ts').sort());
    expect(listed('reglament/testing')).toEqual(exportsOf('sdk/testing.ts').sort());
  });

  it('should carry the reference generated from the SDK TSDoc, as npm run docs:plugin writes it', () => {
    expect(GUIDE).toContain('`definePlugin(plugin: ReglamentPlugin): ReglamentPlugin`: Types a plugin');
    expect(GUIDE, 'the reference is stale: npm run docs:plugin').toBe(guideWithReference(GUIDE));
  });
});
