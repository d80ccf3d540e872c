import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config.js';

// Runs the real CLI under plain Node ESM (not vitest's loader), so module
// interop mistakes anywhere in its import graph fail here too.
function reglament(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'cli/reglament.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('reglament validate', () => {
  it('should accept the shipped example with exit code 0', () => {
    const r = reglament('validate', 'examples/regulations/b2b-basic.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✓ examples\/regulations\/b2b-basic.yaml: b2b_basic, 7 stages, 9 tasks/);
  });

  it('should list every problem with file, line, column and pointer, and exit 1', () => {
    const r = reglament('validate', 'test/fixtures/regulations/broken.yaml');
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe('✗ test/fixtures/regulations/broken.yaml: 5 problems');
    expect(lines).toContain(
      '  test/fixtures/regulations/broken.yaml:7:35  /stages/0/tasks/0/due  is not an ISO 8601 duration (e.g. PT4H, P2D, P1DT12H), nor a date field with an offset ({ field: need_expected_at, offset: -P1D })',
    );
    expect(r.err).toMatch(
      /broken.yaml:8:11 {2}\/stages\/0\/tasks\/1\/key {2}duplicate task key "call" in stage "cold_call"/,
    );
    expect(r.err).toMatch(/broken.yaml:10:7 {2}\/stages\/0\/on\/QUALIFIED {2}unknown target stage "presentaton"/);
    expect(r.err).toMatch(/\/stages\/1 {2}stage "presentation" is unreachable/);
  });

  it('should exit 2 with usage help on a bad command line', () => {
    const r = reglament('validate');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/missing required argument/);
  });
});

describe('reglament graph, diff and simulate', () => {
  it('should print a Mermaid diagram', () => {
    const r = reglament('graph', 'examples/regulations/b2b-basic.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^stateDiagram-v2\n/);
    expect(r.out).toContain('cold_call --> presentation : QUALIFIED [fields: decision_maker; required tasks done]');
  });

  it('should say "no changes" for the same file and exit 1 on changes with --exit-code', () => {
    const same = reglament(
      'diff',
      'examples/regulations/b2b-basic.yaml',
      'examples/regulations/b2b-basic.yaml',
      '--exit-code',
    );
    expect(same).toMatchObject({ code: 0 });
    expect(same.out.trim()).toBe('no changes');
    const changed = reglament(
      'diff',
      'examples/regulations/b2b-basic.yaml',
      'examples/regulations/b2b-rules.yaml',
      '--exit-code',
    );
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('- stage cold_call');
    expect(changed.out).toContain('+ stage qualification');
  });

  it('should print a simulated timeline in the office’s local time', () => {
    const r = reglament(
      'simulate',
      'examples/regulations/b2b-rules.yaml',
      'examples/scenarios/b2b-rules-slow-start.yaml',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('Fri 27 Nov 16:00  assigned → gleb');
    expect(r.out).toContain(
      'Tue 01 Dec 14:05  ⚠ escalation 2 (task send_proposal overdue) → ivan  reassigned to anna',
    );
    expect(r.out.trim().split('\n').at(-1)).toBe('won in stage won, owner anna');
  });
});
