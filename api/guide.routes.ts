/**
 * The guides as pages of the app, mounted at `/guide` (`/docs` is the API
 * reference): the docs' map at `/guide`, each doc at `/guide/<page>`
 * (`director.en`, `manager.ru`, `operator`, `regulation-reference`…), their
 * pictures at `/guide/images/<file>`, and `/guide/help?page=<path>&lang=ru`,
 * which the workspace's help menu opens: it answers a redirect to the section
 * of the guide about the page the person is on, in their language. All are
 * public, like the API reference: the docs hold no secret, and a person who
 * cannot sign in needs them most. A page loads nothing and runs nothing
 * (`GUIDE_CSP`).
 *
 * @example
 * app.route('/guide', guideRoutes());
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { problem, sendProblem } from './errors.js';
import { guideIndex, renderGuidePage, type GuideIndex } from './guide.js';
import { doc } from './openapi.js';

/** A guide page: its inline stylesheet and its own pictures, nothing else; no script at all. */
export const GUIDE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

type Lang = 'ru' | 'en';

/**
 * Where the help menu leads from each of the workspace's pages (web/src's
 * routes), by language: a guide page and the anchor of its section. The first
 * pattern matching the path wins; anything else opens the reader's guide map.
 */
export const HELP: ReadonlyArray<{ path: RegExp; ru: string; en: string }> = [
  { path: /^\/(signin|accept)$/, ru: 'manager.ru#вход', en: 'manager.en#signing-in' },
  { path: /^\/(inbox)?$/, ru: 'manager.ru#входящие-задачи', en: 'manager.en#the-inbox' },
  { path: /^\/deal\//, ru: 'manager.ru#карточка-сделки', en: 'manager.en#the-deal-card' },
  { path: /^\/new-deal$/, ru: 'manager.ru#новая-сделка', en: 'manager.en#starting-a-deal' },
  { path: /^\/deal-list$/, ru: 'manager.ru#список-сделок', en: 'manager.en#the-deals-list' },
  { path: /^\/company(-list$|\/)/, ru: 'manager.ru#компании-и-контакты', en: 'manager.en#companies-and-contacts' },
  { path: /^\/schedule$/, ru: 'manager.ru#календарь', en: 'manager.en#the-calendar' },
  { path: /^\/pipeline$/, ru: 'manager.ru#воронка', en: 'manager.en#the-pipeline' },
  { path: /^\/board$/, ru: 'manager.ru#доска-руководителя', en: 'manager.en#the-heads-board' },
  { path: /^\/studio\/dashboards/, ru: 'director.ru#дашборды', en: 'director.en#reading-the-dashboards' },
  { path: /^\/studio\/admin/, ru: 'director.ru#люди-ключи-и-вебхуки', en: 'director.en#people-keys-and-webhooks' },
  { path: /^\/studio/, ru: 'director.ru#регламент-в-студии', en: 'director.en#the-regulation-in-the-studio' },
];

/** The guide section for a workspace path, relative to `/guide/help`. */
export function helpTarget(page: string, lang: Lang): string {
  const match = HELP.find((h) => h.path.test(page));
  return match ? match[lang] : '../guide';
}

const html = (c: Context, body: string) => {
  c.header('content-security-policy', GUIDE_CSP);
  c.header('cache-control', 'no-cache');
  return c.html(body);
};

/** Mounted at `/guide`; `root` holds README.md and docs/ (the project's, unless a test gives another). */
export function guideRoutes(root?: string) {
  const app = new Hono();
  let index: GuideIndex | undefined;
  const guide = () => (index ??= guideIndex(root));
  const pageDoc = (summary: string) =>
    doc({
      summary,
      tags: ['docs'],
      security: [],
      responses: { 200: { description: 'an HTML page, rendered from the docs', contentType: 'text/html' } },
      errors: [404],
    });

  app.get('/', pageDoc("The guides' map: one guide per reader (rendered docs/README.md)"), (c) =>
    html(c, renderGuidePage(guide(), 'index')!),
  );

  app.get(
    '/help',
    doc({
      summary: "The workspace's help: a redirect to the guide's section about a page of the workspace",
      tags: ['docs'],
      security: [],
      query: {
        type: 'object',
        additionalProperties: false,
        required: ['page'],
        properties: {
          page: { type: 'string', pattern: '^/', maxLength: 300, description: "the workspace's path, e.g. /inbox" },
          lang: { enum: ['ru', 'en'], default: 'ru', description: "the person's language" },
        },
      },
      responses: { 302: { description: 'to the guide page and section', headers: { location: 'the section' } } },
    }),
    (c) => {
      const q = c.get('query') as { page: string; lang?: Lang };
      return c.redirect(helpTarget(q.page, q.lang ?? 'ru'), 302);
    },
  );

  app.get(
    '/images/:file{[a-z0-9-]+\\.png}',
    doc({
      summary: 'A picture of the guides (docs/images/)',
      tags: ['docs'],
      security: [],
      responses: { 200: { description: 'the picture', contentType: 'image/png' } },
      errors: [404],
    }),
    async (c) => {
      const file = c.req.param('file');
      if (!guide().images.has(file)) return sendProblem(c, problem('NOT_FOUND', `no picture ${file}`));
      const body = await readFile(path.join(guide().root, 'docs', 'images', file));
      return c.body(new Uint8Array(body), 200, {
        'content-type': 'image/png',
        'cache-control': 'public, max-age=3600',
      });
    },
  );

  app.get('/:page{[a-z0-9][a-z0-9.-]*}', pageDoc('A guide, rendered from its Markdown'), (c) => {
    const page = renderGuidePage(guide(), c.req.param('page'));
    if (page === undefined) return sendProblem(c, problem('NOT_FOUND', `no guide page ${c.req.param('page')}`));
    return html(c, page);
  });

  return app;
}
