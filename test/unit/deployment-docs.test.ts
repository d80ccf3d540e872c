/**
 * docs/DEPLOYMENT.md and its examples agree with the code: every environment
 * variable the code reads is documented and every documented one is read; the
 * compose file parses and gives each Reglament process exactly the variables
 * the docs mark for a cluster; the Temporal server version is the same in the
 * examples as in the project's own server build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../../runtime/config.js';

const DOC = readFileSync(path.join(PROJECT_ROOT, 'docs', 'DEPLOYMENT.md'), 'utf8');
const COMPOSE_TEXT = readFileSync(path.join(PROJECT_ROOT, 'docs', 'deploy', 'compose.yaml'), 'utf8');
const HELM_TEXT = readFileSync(path.join(PROJECT_ROOT, 'docs', 'deploy', 'temporal-helm-values.yaml'), 'utf8');

/** Folders of the product's own code (not tests, benchmarks or the browser app). */
const CODE = [
  'runtime',
  'cli',
  'api',
  'app',
  'activities',
  'integrations',
  'plugins',
  'storage',
  'workflows',
  'domain',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The variables the code reads: `process.env.X`, `env.X`, `env['X']`,
 * `portFromEnv(env, 'X')`, and a family read by pattern (`/^X_(.+)$/` over
 * the environment's keys) as `X_*`.
 */
function variablesInCode(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\bprocess\.env\.([A-Z][A-Z0-9_]*)/g,
    /\benv\.([A-Z][A-Z0-9_]*)/g,
    /\benv\[['"]([A-Z][A-Z0-9_]*)['"]\]/g,
    /FromEnv\(\s*\w+,\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
  ];
  for (const file of CODE.flatMap((dir) => sourceFiles(path.join(PROJECT_ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(PROJECT_ROOT, file);
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.set(m[1]!, where);
    for (const m of text.matchAll(/\/\^([A-Z][A-Z0-9_]*_)\(\.\+\)\$\//g)) found.set(`${m[1]}*`, where);
  }
  return found;
}

/** The rows of the doc's "Environment variables" table: name (`X_<Y>` as `X_*`) and whether a cluster sets it. */
function documented(): Map<string, boolean> {
  const section = DOC.split(/^## /m).find((s) => s.startsWith('Environment variables'));
  if (!section) throw new Error('docs/DEPLOYMENT.md has no "Environment variables" section');
  const rows = new Map<string, boolean>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([A-Z][A-Z0-9_]*(?:<[A-Z]+>)?)`\s*\|\s*(yes)?\s*\|/.exec(line);
    if (m) rows.set(m[1]!.replace(/<[A-Z]+>$/, '*'), m[2] === 'yes');
  }
  return rows;
}

/** The go.temporal.io/server version the project's own Temporal server is built with, without the `v`. */
function serverVersion(): string {
  const mod = readFileSync(path.join(PROJECT_ROOT, 'runtime', 'temporal-server', 'go.mod'), 'utf8');
  const m = /^\s*go\.temporal\.io\/server v(\d+\.\d+\.\d+)\s*$/m.exec(mod);
  if (!m) throw new Error('runtime/temporal-server/go.mod does not require go.temporal.io/server');
  return m[1]!;
}

type Service = { image?: string; environment?: Record<string, string> };

describe('the deployment docs', () => {
  const code = variablesInCode();
  const docs = documented();
  const compose = parse(COMPOSE_TEXT, { merge: true }) as { services: Record<string, Service> };
  const reglament = Object.entries(compose.services).filter(([name]) => name.startsWith('reglament'));

  it('should document every environment variable the code reads', () => {
    expect(code.size).toBeGreaterThan(10); // the scan finds what it should
    const missing = [...code].filter(([name]) => !docs.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('should document only variables the code reads', () => {
    expect([...docs.keys()].filter((name) => !code.has(name))).toEqual([]);
  });

  it('should give each Reglament process in the compose file exactly the variables marked for a cluster', () => {
    expect(reglament.length).toBeGreaterThanOrEqual(2);
    const cluster = [...docs].filter(([, yes]) => yes).map(([name]) => name);
    for (const [name, service] of reglament)
      expect(Object.keys(service.environment ?? {}).sort(), name).toEqual(cluster.sort());
  });

  it('should name the namespace of temporal.yaml and the server version of the project’s build', () => {
    const { namespace } = loadConfig({}).temporal;
    for (const [, service] of reglament) expect(service.environment?.TEMPORAL_NAMESPACE).toBe(namespace);
    const temporal = compose.services.temporal!;
    expect(temporal.image).toBe(`temporalio/auto-setup:${serverVersion()}`);
    expect(temporal.environment).toMatchObject({ DB: 'postgres12', DEFAULT_NAMESPACE: namespace });

    const helm = parse(HELM_TEXT) as {
      server: {
        image: { tag: string };
        config: {
          persistence: Record<'default' | 'visibility', { driver: string; sql: { driver: string; database: string } }>;
          namespaces: { namespace: Array<{ name: string }> };
        };
      };
    };
    expect(String(helm.server.image.tag)).toBe(serverVersion());
    const { persistence } = helm.server.config;
    expect([persistence.default, persistence.visibility].map((s) => [s.driver, s.sql.driver, s.sql.database])).toEqual([
      ['sql', 'postgres12', 'temporal'],
      ['sql', 'postgres12', 'temporal_visibility'],
    ]);
    expect(helm.server.config.namespaces.namespace.map((n) => n.name)).toContain(namespace);
  });

  it('should describe the health endpoints the API serves', async () => {
    const { buildDocument } = await import('../../api/document.js');
    const paths = Object.keys((buildDocument() as { paths: Record<string, unknown> }).paths);
    for (const endpoint of DOC.matchAll(/`GET (\/[a-z]+)`/g)) expect(paths).toContain(endpoint[1]);
    expect(paths).toEqual(expect.arrayContaining(['/health', '/ready']));
  });
});
