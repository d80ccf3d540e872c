/**
 * The SDK's reference, generated from its TSDoc with the TypeScript compiler:
 * every export of `reglament/plugin` and `reglament/testing`, its signature or
 * kind, its summary and, for interfaces, each member's. The plugin author's
 * guide carries it between `<!-- reference:start -->` and
 * `<!-- reference:end -->`; `npm run docs:plugin` rewrites that part and a
 * test fails when it is stale. (TypeDoc or API Extractor would do this too;
 * neither is among our dependencies, and the compiler we have is enough.)
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GUIDE = path.join(ROOT, 'docs', 'guides', 'plugin-developer.md');
const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function entryReference(program: ts.Program, name: string, file: string): string[] {
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const lines = [`### \`${name}\``, ''];
  const symbols = checker
    .getExportsOfModule(module)
    .map((s) => ({ exported: s.name, symbol: s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s }))
    .sort((a, b) => a.exported.localeCompare(b.exported));
  for (const { exported, symbol } of symbols) {
    const doc = oneLine(ts.displayPartsToString(symbol.getDocumentationComment(checker)));
    const declaration = symbol.declarations?.[0];
    let head = `\`${exported}\``;
    if (symbol.flags & ts.SymbolFlags.Function && declaration) {
      const signature = checker.getSignaturesOfType(
        checker.getTypeOfSymbolAtLocation(symbol, declaration),
        ts.SignatureKind.Call,
      )[0];
      if (signature) head = `\`${exported}${checker.signatureToString(signature)}\``;
    } else if (symbol.flags & ts.SymbolFlags.Interface) head += ' (interface)';
    else if (symbol.flags & ts.SymbolFlags.TypeAlias) head += ' (type)';
    else if (symbol.flags & ts.SymbolFlags.Variable) head += ' (constant)';
    lines.push(`- ${head}${doc ? `: ${doc}` : ''}`);
    if (symbol.flags & ts.SymbolFlags.Interface) {
      for (const member of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) {
        const memberDoc = oneLine(ts.displayPartsToString(member.getDocumentationComment(checker)));
        const optional = member.flags & ts.SymbolFlags.Optional ? '?' : '';
        lines.push(`  - \`${member.name}${optional}\`${memberDoc ? `: ${memberDoc}` : ''}`);
      }
    }
  }
  return lines;
}

/** The reference as markdown, from the sources' TSDoc. */
export function sdkReference(): string {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const entries = { 'reglament/plugin': 'sdk/plugin.ts', 'reglament/testing': 'sdk/testing.ts' };
  const files = Object.values(entries).map((f) => path.join(ROOT, f));
  const program = ts.createProgram(files, { ...options, noEmit: true });
  return Object.entries(entries)
    .flatMap(([name, file]) => [...entryReference(program, name, path.join(ROOT, file)), ''])
    .join('\n');
}

/** The guide with its reference section as it should be. */
export function guideWithReference(guide = readFileSync(GUIDE, 'utf8')): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the guide has no ${START} … ${END} section`);
  return `${guide.slice(0, start + START.length)}\n\n${sdkReference()}\n${guide.slice(end)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(GUIDE, guideWithReference());
  console.log(`wrote the SDK reference into ${path.relative(process.cwd(), GUIDE)}`);
}
