/**
 * A strict XML reader for tests of markup the API answers (Graphviz SVG):
 * every element with its attributes and every text, entities decoded, so a
 * test judges what a parser sees rather than searching the raw text.
 * Malformed markup (a stray `<`, an unclosed or mismatched element, an
 * unknown entity) throws.
 */
export interface MarkupElement {
  name: string;
  attributes: Record<string, string>;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);|&/gi, (whole, ref: string | undefined) => {
    if (!ref) throw new Error(`a bare "&" in ${JSON.stringify(text.slice(0, 80))}`);
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    const named = NAMED[ref.toLowerCase()];
    if (named === undefined) throw new Error(`unknown entity ${whole}`);
    return named;
  });
}

export function parseXml(text: string): { elements: MarkupElement[]; texts: string[] } {
  const elements: MarkupElement[] = [];
  const texts: string[] = [];
  const open: string[] = [];
  let i = 0;
  const take = (end: string) => {
    const at = text.indexOf(end, i);
    if (at < 0) throw new Error(`unterminated markup at ${i}: expected ${end}`);
    const body = text.slice(i, at);
    i = at + end.length;
    return body;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.trim()) texts.push(decode(chunk));
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      i += 4;
      take('-->');
    } else if (text.startsWith('<![CDATA[', i)) {
      i += 9;
      texts.push(take(']]>'));
    } else if (text.startsWith('<?', i) || text.startsWith('<!DOCTYPE', i)) {
      take('>');
    } else if (text.startsWith('</', i)) {
      i += 2;
      const name = take('>').trim();
      if (open.pop() !== name) throw new Error(`</${name}> closes nothing open`);
    } else {
      const tag = /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(
        text.slice(i),
      );
      if (!tag) throw new Error(`malformed tag at ${i}: ${JSON.stringify(text.slice(i, i + 80))}`);
      const attributes: Record<string, string> = {};
      for (const a of tag[2]!.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attributes[a[1]!] = decode(a[2] ?? a[3] ?? '');
      elements.push({ name: tag[1]!, attributes });
      if (!tag[3]) open.push(tag[1]!);
      i += tag[0].length;
    }
  }
  if (open.length) throw new Error(`unclosed <${open.at(-1)}>`);
  return { elements, texts };
}

/** What in the markup could run script: script-like elements, `on*` handlers, `javascript:` links. */
export function scriptHazards(markup: string): string[] {
  const hazards: string[] = [];
  for (const e of parseXml(markup).elements) {
    const local = e.name.replace(/^.*:/, '').toLowerCase();
    if (['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'animate', 'set'].includes(local))
      hazards.push(`<${e.name}>`);
    for (const [name, value] of Object.entries(e.attributes)) {
      if (/^on/i.test(name)) hazards.push(`${e.name}@${name}`);
      // Browsers ignore control characters and blanks in a URL's scheme.
      if (/(^|:)href$/i.test(name) && /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, '')))
        hazards.push(`${e.name}@${name}=${value}`);
    }
  }
  return hazards;
}
