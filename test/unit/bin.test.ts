import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The `reglament` executable of package.json's `bin`, run as npm runs it: plain
// Node.js, no loader of its own.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'cli/bin.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'reglament-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function bin(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

describe('cli/bin.js', () => {
  it('should validate a regulation and exit 0', () => {
    const r = bin(['validate', 'examples/regulations/b2b-basic.yaml']);
    expect(r.err).not.toMatch(/✗/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('examples/regulations/b2b-basic.yaml');
    expect(r.out).toMatch(/✓ examples\/regulations\/b2b-basic.yaml: b2b_basic, 7 stages, 9 tasks/);
  });

  it('should exit non-zero on a missing file', () => {
    const r = bin(['validate', 'examples/regulations/no-such-file.yaml']);
    expect(r.code).not.toBe(0);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no-such-file.yaml: ENOENT/);
  });

  it("should forward the CLI's exit code as it is", () => {
    const r = bin(['graph', 'examples/regulations/b2b-basic.yaml', '--format', 'nope']);
    expect(r.err).toMatch(/unknown format "nope"/);
    expect(r.code).toBe(2);
  });

  it('should find tsx and the CLI from any working directory', () => {
    const file = path.join(ROOT, 'examples/regulations/b2b-basic.yaml');
    const r = bin(['validate', file], scratch);
    expect(r.code).toBe(0);
    expect(r.out).toContain(file);
  });

  it.skipIf(process.platform === 'win32')('should pass SIGTERM on to the CLI and end by it', async () => {
    // The CLI blocks opening a FIFO nobody writes to; once it does, stop the launcher.
    const fifo = path.join(scratch, 'regulation.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const launcher = spawn(process.execPath, [BIN, 'validate', fifo], { stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      launcher.on('exit', (code, signal) => resolve({ code, signal })),
    );
    let writer: number | undefined;
    const deadline = Date.now() + 30_000;
    while (writer === undefined && Date.now() < deadline) {
      try {
        writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK); // ENXIO until a reader opens it
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    expect(writer).toBeDefined();
    try {
      launcher.kill('SIGTERM');
      expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    } finally {
      closeSync(writer!); // lets a surviving CLI read end-of-file and exit
    }
  });
});
