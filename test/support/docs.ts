/**
 * What the docs test reads: every Markdown page of the project (README.md and
 * docs/**), its fenced examples with their info string, its relative links,
 * and the anchors its headings make (GitHub's way: lower case, punctuation
 * dropped, spaces to hyphens, repeats numbered).
 *
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../runtime/config.js';

export interface DocBlock {
  /** The page, relative to the project root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's words: `yaml`, `yaml fragment`, `ts`… */
  info: string[];
  text: string;
}

export interface DocLink {
  file: string;
  line: number;
  target: string;
}

/** README.md and every .md under docs/, relative to the project root. */
export function docPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(PROJECT_ROOT, dir)).flatMap((name) => {
      const rel = path.join(dir, name);
      if (statSync(path.join(PROJECT_ROOT, rel)).isDirectory()) return walk(rel);
      return name.endsWith('.md') ? [rel] : [];
    });
  return ['README.md', ...walk('docs')].sort();
}

export const readDoc = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

/** Fenced code blocks (``` or ~~~), with their info string. */
export function codeBlocks(file: string, text = readDoc(file)): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence); j++) body.push(lines[j]!.slice(indent.length));
    blocks.push({ file, line: i + 1, info: info.trim().split(/\s+/).filter(Boolean), text: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** The page without its code blocks (links and headings inside code are not links). */
function prose(text: string, keepInlineCode = false): string[] {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open && (!fence || line.trimStart().startsWith(fence))) {
      fence = fence ? undefined : open[1];
      return '';
    }
    if (fence) return '';
    return keepInlineCode ? line : line.replace(/`[^`]*`/g, '');
  });
}

/** Links that are not absolute URLs: `[text](target)`, `![alt](target)`, `src="…"`, `href="…"`. */
export function relativeLinks(file: string, text = readDoc(file)): DocLink[] {
  const links: DocLink[] = [];
  prose(text).forEach((line, i) => {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|(?:src|href)="([^"]+)"/g)) {
      const target = (m[1] ?? m[2])!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      links.push({ file, line: i + 1, target });
    }
  });
  return links;
}

/** The anchors a page's headings make, as GitHub makes them. */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  for (const line of prose(text, true)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const slug = m[1]!
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = counts.get(slug) ?? 0;
    counts.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}
