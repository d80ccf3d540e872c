/**
 * `reglament plugin new <id>`: a plugin folder to start from, with a manifest,
 * one inserted stage, a reminder rule, a template, an automation and a test
 * that composes it with a small regulation.
 *
 * @module
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/config.js';

export function scaffoldPlugin(id: string, dir: string): string[] {
  if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new Error(`plugin id "${id}" must be lower_snake_case`);
  const folder = path.join(dir, id.replace(/_/g, '-'));
  if (existsSync(folder)) throw new Error(`${folder} already exists`);
  mkdirSync(folder, { recursive: true });
  const sdk = path.relative(folder, path.join(PROJECT_ROOT, 'plugins')).split(path.sep).join('/') || '.';
  const files: Record<string, string> = {
    'index.ts': `/**
 * ${id}: describe the industry and what this plugin adds to a regulation.
 *
 * @module
 */
// A type-only import: the plugin has no runtime dependency on Reglament.
// Published as a package, import it from 'reglament/plugins/plugin.type'.
import type { ReglamentPlugin } from '${sdk}/plugin.type.js';

export default {
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
  templates: [
    { id: '${id}_email', kind: 'email', title: 'Industry e-mail', body: 'Dear {{client.name}}, …' },
  ],
  activities: {
    // Side effects run as Temporal activities on the worker, never in workflow code.
    async announce({ deal }: { deal: { id: string } }) {
      return { message: \`deal \${deal.id} entered the industry check\` };
    },
  },
} satisfies ReglamentPlugin;
`,
    'package.json':
      JSON.stringify(
        {
          name: `reglament-plugin-${id.replace(/_/g, '-')}`,
          version: '0.1.0',
          type: 'module',
          description: `Reglament plugin: ${id}`,
          main: 'dist/index.js',
          types: 'dist/index.d.ts',
          files: ['dist'],
          keywords: ['reglament-plugin'],
          peerDependencies: { reglament: '^0.1.0' },
          scripts: { build: 'tsc -p .' },
        },
        null,
        2,
      ) + '\n',
    'README.md': `# ${id}

A Reglament plugin. Name it in a regulation with \`plugins: [${id}]\`.

- Develop inside the Reglament repository: \`REGLAMENT_PLUGINS=./plugins/${id.replace(/_/g, '-')}/index.ts npx reglament validate my-regulation.yaml\`.
- Test: compose it with a regulation and walk a deal (see \`test/unit/plugin-composition.test.ts\` and \`test/integration/plugins.test.ts\`).
- Publish: \`npm run build && npm publish\`; install it beside Reglament and list it in \`REGLAMENT_PLUGINS=reglament-plugin-${id.replace(/_/g, '-')}\`.
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return Object.keys(files).map((f) => path.join(folder, f));
}
