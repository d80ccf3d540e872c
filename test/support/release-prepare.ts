/**
 * Run by the upgrade test inside an earlier release's source tree
 * (RELEASE_ROOT, the working directory): that release's own code migrates the
 * database at DATABASE_URL, adds the director the test signs in as
 * (DIRECTOR), and bundles that release's workflow code into WORKFLOW_BUNDLE
 * for its worker. Each step goes through the release's modules, loaded from
 * its tree, never this one's. Prints "ready" when done.
 *
 * It reaches into the release through `storage/db`, `storage/managers.repo`
 * and `runtime/worker`: when a later baseline renames one of those, this file
 * follows it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const root = env('RELEASE_ROOT');
const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);

const { connect, migrate } = await load('storage/db.ts');
const { createManagerRepo } = await load('storage/managers.repo.ts');
const { bundleWorkflows } = await load('runtime/worker.ts');

const sql = connect(env('DATABASE_URL'));
await migrate(sql, (line: string) => console.log(`release: applying ${line}`));
await createManagerRepo(sql).upsert({ id: env('DIRECTOR'), name: 'Director', role: 'director' });
await sql.end({ timeout: 5 });
const bundle = await bundleWorkflows();
writeFileSync(env('WORKFLOW_BUNDLE'), bundle.code);
console.log('ready');
