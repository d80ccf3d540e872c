/**
 * The docs as pages of the app (`/guide`): which Markdown file each page is,
 * and its rendering with `marked` into a self-contained HTML page (its own
 * small stylesheet inline, no script, nothing loaded from elsewhere, so it
 * works offline). Links between docs become links between pages; headings get
 * GitHub's anchors, so a link written for the repository works here too; a
 * link to a file that is not a page (an example, a source file) keeps its
 * text only.
 *
 * @example
 * const guide = guideIndex();
 * const html = renderGuidePage(guide, 'director.en');
 *
 * @module
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked, type Tokens } from 'marked';

export const DOCS_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The page a file is: `docs/guides/director.en.md` → `director.en`, `docs/DEPLOYMENT.md` → `deployment`, `docs/reference/regulation.md` → `regulation-reference`, `README.md` → `readme`; the docs' own map (docs/README.md) is `index`. */
export function slugOf(file: string): string {
  const name = path.basename(file, '.md').toLowerCase();
  if (file === 'docs/README.md') return 'index';
  if (file === 'README.md') return 'readme';
  return file.startsWith('docs/reference/') ? `${name}-reference` : name;
}

export interface GuideIndex {
  root: string;
  /** Slug → file relative to root. */
  pages: Map<string, string>;
  /** File relative to root → slug. */
  slugs: Map<string, string>;
  /** The pictures under docs/images/, by file name. */
  images: Set<string>;
}

/** Every Markdown file of docs/ (and the README) as a page; two files with one slug are refused. */
export function guideIndex(root = DOCS_ROOT): GuideIndex {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((name) => {
      const rel = path.posix.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) return walk(rel);
      return name.endsWith('.md') ? [rel] : [];
    });
  const files = ['README.md', ...walk('docs')];
  const pages = new Map<string, string>();
  for (const file of files) {
    const slug = slugOf(file);
    const other = pages.get(slug);
    if (other) throw new Error(`two docs make the page /guide/${slug}: ${other} and ${file}`);
    pages.set(slug, file);
  }
  const imagesDir = path.join(root, 'docs', 'images');
  const images = new Set(existsSync(imagesDir) ? readdirSync(imagesDir).filter((n) => /\.(png|svg)$/.test(n)) : []);
  return { root, pages, slugs: new Map([...pages].map(([s, f]) => [f, s])), images };
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces to hyphens. */
export const anchorOf = (text: string) =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/gi, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The page's stylesheet: readable measure, system fonts, tables and code that scroll on a phone. */
const STYLE = `
  :root { color-scheme: light; --ink: #1d2430; --muted: #5a6472; --line: #d9dee5; --accent: #1558b0; --code: #f3f5f8; }
  body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
  header { border-bottom: 1px solid var(--line); padding: 0.6rem 1rem; display: flex; gap: 1rem; flex-wrap: wrap; }
  header a { font-weight: 600; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
  a { color: var(--accent); }
  h1, h2, h3 { line-height: 1.25; margin-top: 1.8em; } h1 { margin-top: 0.6em; }
  code { background: var(--code); padding: 0.1em 0.3em; border-radius: 3px; font-size: 0.9em; }
  pre { background: var(--code); padding: 0.8rem; overflow-x: auto; border-radius: 4px; }
  pre code { padding: 0; background: none; }
  table { border-collapse: collapse; display: block; overflow-x: auto; }
  th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  img { max-width: 100%; height: auto; border: 1px solid var(--line); }
  .not-a-page { color: var(--muted); }
`;

/** The page's HTML, or undefined when there is no such page. */
export function renderGuidePage(index: GuideIndex, slug: string): string | undefined {
  const file = index.pages.get(slug);
  if (!file) return undefined;
  const markdown = readFileSync(path.join(index.root, file), 'utf8');
  // Relative URLs, so the pages work behind a path prefix: the map is /guide, the others /guide/<slug>.
  const here = slug === 'index' ? 'guide/' : '';
  const resolve = (href: string): { url?: string } => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return { url: href };
    const [target, anchor] = href.split('#') as [string, string | undefined];
    const hash = anchor ? `#${anchor}` : '';
    if (!target) return { url: hash };
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(target)));
    const page = index.slugs.get(rel);
    if (page) return { url: (page === 'index' ? (here ? 'guide' : '../guide') : here + page) + hash };
    if (rel.startsWith('docs/images/') && index.images.has(path.posix.basename(rel)))
      return { url: `${here}images/${path.posix.basename(rel)}` };
    return {};
  };
  const counts = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(t: Tokens.Heading['tokens']): string } }, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        const base = anchorOf(token.text.replace(/`/g, ''));
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        return `<h${token.depth} id="${escape(id)}">${inner}</h${token.depth}>\n`;
      },
      link(this: { parser: { parseInline(t: Tokens.Link['tokens']): string } }, token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        const { url } = resolve(token.href);
        if (url === undefined) return `<span class="not-a-page" title="${escape(token.href)}">${inner}</span>`;
        return `<a href="${escape(url)}">${inner}</a>`;
      },
      image(token: Tokens.Image) {
        const { url } = resolve(token.href);
        return url === undefined ? escape(token.text) : `<img src="${escape(url)}" alt="${escape(token.text)}">`;
      },
    },
  });
  // Code and wide tables scroll sideways on a phone; focusable, a keyboard can scroll them too.
  const body = marked
    .parse(markdown, { async: false })
    .replace(/<pre>/g, '<pre tabindex="0">')
    .replace(/<table>/g, '<table tabindex="0">');
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.replace(/`/g, '') ?? 'Reglament';
  const lang = /\.ru\.md$/.test(file) ? 'ru' : 'en';
  const map = slug === 'index' ? '' : `<a href="../guide">${lang === 'ru' ? 'Все руководства' : 'All guides'}</a>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Reglament</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="${here ? './' : '../'}">Reglament</a>${map}</header>
<main>
${body}
</main>
</body>
</html>
`;
}
