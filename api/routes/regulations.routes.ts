/**
 * Regulations (mounted at `/regulations`): publish a version (YAML or JSON),
 * read versions, diff them, draw one, dry-run a scenario on it
 * (`app/regulations.ts`); moving running deals to a newer version is
 * `/regulations/:id/migrations` (`migrations.routes.ts`).
 *
 * @module
 */
import { Hono } from 'hono';
import { draftDiff, editorSchema, simulateDraft, validateDraft } from '../../app/regulation-drafts.js';
import {
  publishRegulation,
  regulationDiff,
  regulationGraph,
  regulationSource,
  regulationVersion,
  regulationVersions,
  revertRegulation,
  simulateRegulation,
  type Scenario,
} from '../../app/regulations.js';
import { allow, PEOPLE } from '../access.js';
import type { ApiDeps, AppEnv } from '../deps.js';
import { doc } from '../openapi.js';
import { SVG_CSP } from '../secure-headers.js';
import {
  draftDiffRequestSchema,
  draftDiffSchema,
  draftValidationSchema,
  publishedVersionSchema,
  publishQuerySchema,
  publishRawBody,
  regulationDiffQuerySchema,
  regulationDiffSchema,
  regulationGraphContent,
  regulationGraphQuerySchema,
  regulationListSchema,
  regulationVersionQuerySchema,
  regulationVersionSchema,
  regulationVersionsSchema,
  regulationSourceQuerySchema,
  regulationTextSchema,
  revertRequestSchema,
  simulateRequestSchema,
  simulationSchema,
  validateDraftRequestSchema,
} from '../schemas/index.js';
import { migrationRoutes } from './migrations.routes.js';

const tags = ['regulations'];
/** A query's positive integer (validated by its schema), or absent. */
const int = (value: string | undefined) => (value === undefined ? undefined : Number(value));

export function regulationRoutes(deps: ApiDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', allow(...PEOPLE));

  app.get(
    '/',
    doc({
      summary: 'Every regulation with its newest version',
      tags,
      responses: { 200: { description: 'by id', schema: regulationListSchema } },
    }),
    async (c) => c.json({ regulations: await deps.regulations.list() }),
  );

  app.get(
    '/schema',
    doc({
      summary: 'The JSON Schema a regulation file follows',
      description:
        'With each kind of rule spelled out: the facts and operators this server and its plugins offer, and the loaded plugins by id (what an editor completes from).',
      tags,
      responses: { 200: { description: 'JSON Schema 2020-12', schema: { type: 'object' } } },
    }),
    (c) => c.json(editorSchema(deps)),
  );

  app.post(
    '/validate',
    allow('director', 'head', 'admin'),
    doc({
      summary: 'Validate a draft without publishing it',
      description:
        'The same checks as publishing (and `reglament validate`): every problem with its JSON pointer, line and column; when the draft is valid, its stages after composition with plugins and its diagram. A draft with problems is still a 200: the problems are the answer.',
      tags,
      body: validateDraftRequestSchema,
      responses: { 200: { description: 'the problems, or the stages and the diagram', schema: draftValidationSchema } },
      errors: [403],
    }),
    async (c) => {
      const body = c.get('body');
      return c.json(await validateDraft(deps, body.source, { diagram: body.diagram ?? true }));
    },
  );

  app.get(
    '/:id/versions',
    doc({
      summary: 'Every version with who published it, when and why',
      tags,
      responses: { 200: { description: 'oldest first', schema: regulationVersionsSchema } },
      errors: [404],
    }),
    async (c) => c.json(await regulationVersions(deps, c.req.param('id'))),
  );

  app.get(
    '/:id/diff',
    doc({
      summary: 'What changed between two versions (default: the newest against the one before)',
      tags,
      query: regulationDiffQuerySchema,
      responses: { 200: { description: 'the changes, and as readable lines', schema: regulationDiffSchema } },
      errors: [404],
    }),
    async (c) => {
      const q = c.get('query');
      const [from, to] = [int(q.from), int(q.to)];
      return c.json(
        await regulationDiff(deps, c.req.param('id'), {
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
        }),
      );
    },
  );

  app.post(
    '/:id/simulate',
    allow('director', 'head', 'admin'),
    doc({
      summary: 'Dry-run a scenario on a simulated clock: nothing is written, no workflow starts',
      description: 'On a published version, or on a draft sent as `source` (which must be valid).',
      tags,
      body: simulateRequestSchema,
      responses: { 200: { description: 'the timeline and where the deal ends', schema: simulationSchema } },
      errors: [403, 404],
    }),
    async (c) => {
      const body = c.get('body');
      const scenario = body.scenario as Scenario;
      return c.json(
        body.source !== undefined
          ? await simulateDraft(deps, body.source, scenario)
          : await simulateRegulation(deps, c.req.param('id'), scenario, body.version),
      );
    },
  );

  app.post(
    '/:id/diff',
    allow('director', 'head', 'admin'),
    doc({
      summary: 'What a draft changes against a published version (default: the newest)',
      tags,
      body: draftDiffRequestSchema,
      responses: { 200: { description: 'the changes, and as readable lines', schema: draftDiffSchema } },
      errors: [403, 404],
    }),
    async (c) => {
      const body = c.get('body');
      return c.json(await draftDiff(deps, c.req.param('id'), body.source, body.against));
    },
  );

  app.get(
    '/:id/source',
    doc({
      summary: 'The text a version was published as (default: the newest)',
      tags,
      query: regulationSourceQuerySchema,
      responses: { 200: { description: 'the YAML as written', schema: regulationTextSchema } },
      errors: [404],
    }),
    async (c) => {
      const id = c.req.param('id');
      return c.json({ id, ...(await regulationSource(deps, id, int(c.get('query').version))) });
    },
  );

  app.post(
    '/:id/revert',
    allow('director', 'admin'),
    doc({
      summary: 'Publish an older version again, as a new version',
      description:
        'History is never rewritten: the older content becomes the newest version, with who reverted and why. When the newest version already has that content, nothing changes (200).',
      tags,
      body: revertRequestSchema,
      responses: {
        201: { description: 'a new version with the older content', schema: publishedVersionSchema },
        200: { description: 'the newest version already has this content', schema: publishedVersionSchema },
      },
      errors: [403, 404],
    }),
    async (c) => {
      const body = c.get('body');
      const published = await revertRegulation(deps, {
        id: c.req.param('id'),
        version: body.version,
        comment: body.comment,
        actor: c.get('actor'),
      });
      return c.json(published, published.created ? 201 : 200);
    },
  );

  app.get(
    '/:id/graph',
    doc({
      summary: 'The regulation as a diagram: Mermaid (default), Graphviz DOT or SVG',
      tags,
      query: regulationGraphQuerySchema,
      responses: { 200: { description: 'the diagram', content: regulationGraphContent } },
      errors: [404],
    }),
    async (c) => {
      const q = c.get('query');
      const format = q.format ?? 'mermaid';
      const graph = await regulationGraph(deps, c.req.param('id'), format, int(q.version));
      // Opened on its own, the SVG is a document: nothing in it may run (its text is the regulation's).
      return format === 'svg'
        ? c.body(graph, 200, { 'content-type': 'image/svg+xml', 'content-security-policy': SVG_CSP })
        : c.text(graph);
    },
  );

  app.get(
    '/:id',
    doc({
      summary: 'One version of a regulation (default: the newest)',
      tags,
      query: regulationVersionQuerySchema,
      responses: { 200: { description: 'the regulation as stored', schema: regulationVersionSchema } },
      errors: [404],
    }),
    async (c) => c.json(await regulationVersion(deps, c.req.param('id'), int(c.get('query').version))),
  );

  app.put(
    '/:id',
    allow('director', 'admin'),
    doc({
      summary: 'Publish a version',
      description:
        'The regulation as YAML (problems reported with line and column) or JSON. Publishing the newest content again changes nothing (200).',
      tags,
      rawBody: publishRawBody,
      query: publishQuerySchema,
      headers: { 'X-Change-Comment': 'why this version (or ?comment=)' },
      responses: {
        201: { description: 'a new version', schema: publishedVersionSchema },
        200: { description: 'the newest version already has this content', schema: publishedVersionSchema },
      },
      errors: [400, 403, 415, 422],
    }),
    async (c) => {
      const published = await publishRegulation(deps, {
        id: c.req.param('id'),
        text: await c.req.text(),
        contentType: c.req.header('content-type') ?? '',
        comment: c.get('query').comment ?? c.req.header('x-change-comment'),
        actor: c.get('actor'),
      });
      return c.json(published, published.created ? 201 : 200);
    },
  );

  app.route('/:id/migrations', migrationRoutes(deps));

  return app;
}
