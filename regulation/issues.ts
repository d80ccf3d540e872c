/**
 * Problems found in a regulation, each pinned to where a director can find it.
 *
 * @module
 */

export interface RegulationIssue {
  /** RFC 6901 JSON pointer into the regulation document, e.g. `/stages/2/on/QUALIFIED`. */
  pointer: string;
  message: string;
  /** 1-based position in the YAML source, when the regulation came from YAML. */
  line?: number;
  column?: number;
}

export function pointerOf(path: ReadonlyArray<string | number>): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function pathOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** One line per issue: `file:line:col  /pointer  message`. */
export function formatIssue(issue: RegulationIssue, source?: string): string {
  const where =
    issue.line !== undefined
      ? `${source ?? ''}${source ? ':' : 'line '}${issue.line}:${issue.column ?? 1}`
      : (source ?? '');
  return `${where ? where + '  ' : ''}${issue.pointer || '/'}  ${issue.message}`;
}
