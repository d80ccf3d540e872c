/**
 * `reglament plugin new <id>`: a self-contained plugin package that builds and
 * tests anywhere, outside this repository: `package.json` (Reglament as a
 * peer and dev dependency), `tsconfig.json`, `src/index.ts` (one inserted
 * stage, a reminder rule, a template, an activity) and a vitest test that
 * walks a deal through the new stage with `reglament/testing`. It imports only
 * the public entry points, never a path into our tree.
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/config.js';

/** The versions our own lockfile pins, so npm's cache serves a new plugin's install. */
function ours(): { version: string; dev: Record<string, string> } {
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
    devDependencies: Record<string, string>;
  };
  return { version: pkg.version, dev: pkg.devDependencies };
}

function indexTs(id: string): string {
  return `/**
 * ${id}: describe the industry and what this plugin adds to a regulation.
 *
 * @module
 */
import { definePlugin } from 'reglament/plugin';

export default definePlugin({
  manifest: { id: '${id}', version: '0.1.0', reglament: '^1.0.0', description: 'TODO: one line for directors' },
  requiresStages: ['proposal'],
  stages: [
    {
      before: 'proposal',
      stage: {
        key: '${id}_check',
        title: 'Industry check before the proposal',
        tasks: [{ key: 'check', title: 'Check what this industry always needs checked', due: 'PT8H' }],
        onEnter: [{ run: '${id}.announce' }],
      },
    },
  ],
  fields: { ${id}_note: { type: 'string', title: 'Industry note' } },
  rules: {
    reminders: [
      {
        name: 'check_reminder',
        conditions: { all: [{ fact: 'task', path: 'key', operator: 'equal', value: 'check' }] },
        event: { type: 'remind', params: { offsets: ['-PT1H'], to: 'assignee' } },
      },
    ],
  },
  templates: [{ id: '${id}_email', kind: 'email', title: 'Industry e-mail', body: 'Dear {{client.name}}, …' }],
  activities: {
    // Side effects run as Temporal activities on the worker, never in workflow code.
    async announce({ deal }) {
      return { message: \`deal \${deal.id} entered the industry check\` };
    },
  },
});
`;
}

function testTs(id: string): string {
  return `import { describe, expect, it } from 'vitest';
import { createHarness } from 'reglament/testing';
import plugin from '../src/index.js';

// b2b-basic is one of the example regulations Reglament ships: cold call → presentation → proposal → …
const harness = await createHarness({ plugins: [plugin], regulation: 'b2b-basic' });

describe('${id}', () => {
  it('should walk a deal through the industry check before the proposal, with its reminder', async () => {
    const walk = await harness.walk({
      start: '2026-11-23T09:00:00+03:00',
      deal: { client: { name: 'OOO Test' } },
      steps: [
        { after: 'PT1H', complete: 'call_client', fields: { decision_maker: 'Petrov' } },
        { event: 'QUALIFIED' },
        { after: 'PT2H', complete: 'schedule_meeting' },
        { after: 'P1D', complete: 'hold_meeting' },
        { after: 'P1D', complete: 'check' },
      ],
      until: 'PT1M',
    });
    expect(walk.stages).toEqual(['cold_call', 'presentation', '${id}_check', 'proposal']);
    expect(walk.timers).toContainEqual(expect.objectContaining({ kind: 'reminder', task: 'check' }));
    expect(walk.rejected).toEqual([]);
  });

  it('should announce the check and render its e-mail', async () => {
    expect(await harness.runActivity('${id}.announce', { id: 'd1' })).toEqual({
      message: 'deal d1 entered the industry check',
    });
    expect(harness.render('${id}_email', { client: { name: 'Ivan' } }).body).toBe('Dear Ivan, …');
  });
});
`;
}

export function scaffoldPlugin(id: string, dir: string): string[] {
  if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new Error(`plugin id "${id}" must be lower_snake_case`);
  const name = id.replace(/_/g, '-');
  const folder = path.resolve(dir, name);
  if (existsSync(folder)) throw new Error(`${folder} already exists`);
  const { version, dev } = ours();
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  const files: Record<string, string> = {
    'package.json': json({
      name: `reglament-plugin-${name}`,
      version: '0.1.0',
      type: 'module',
      description: `Reglament plugin: ${id}`,
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      files: ['dist'],
      keywords: ['reglament-plugin'],
      scripts: {
        build: 'tsc -p tsconfig.build.json',
        typecheck: 'tsc --noEmit',
        test: 'vitest run',
        start: 'reglament start --plugin ./src/index.ts',
        check: 'reglament plugin check ./src/index.ts',
        prepublishOnly: 'npm run typecheck && npm test && npm run build',
      },
      peerDependencies: { reglament: `^${version}` },
      devDependencies: {
        reglament: `^${version}`,
        '@types/node': dev['@types/node'],
        typescript: dev.typescript,
        vitest: dev.vitest,
      },
    }),
    'tsconfig.json': json({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
      },
      include: ['src', 'test'],
    }),
    'tsconfig.build.json': json({
      extends: './tsconfig.json',
      compilerOptions: { noEmit: false, declaration: true, outDir: 'dist', rootDir: 'src' },
      include: ['src'],
    }),
    '.gitignore': 'node_modules/\ndist/\n',
    'src/index.ts': indexTs(id),
    'test/plugin.test.ts': testTs(id),
    'README.md': `# ${id}

A Reglament plugin. A regulation uses it with \`plugins: [${id}]\`.

\`\`\`sh
npm install
npm test          # walks deals through the plugin on a simulated clock (reglament/testing)
npm start         # a local Reglament with this plugin: reglament start --plugin ./src/index.ts
npm publish       # typechecks, tests and builds dist/ first
\`\`\`

\`npm start\` needs the Temporal CLI once: \`npx reglament setup\` builds it from Go modules (or set
\`TEMPORAL_CLI\` to one you have); PostgreSQL is embedded unless \`DATABASE_URL\` is set.
\`npm run check\` shows what the plugin adds to each example regulation and any conflict.
Installed beside Reglament, the published package is loaded with
\`REGLAMENT_PLUGINS=reglament-plugin-${name}\`. The plugin author's guide is
docs/guides/plugin-developer.md in Reglament.
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  return Object.keys(files).map((f) => path.join(folder, f));
}
