/**
 * `reglament start` (tsx → node, the way `npm start` runs it) killed with
 * SIGKILL starts again: the Temporal dev server and the embedded PostgreSQL
 * end with the process that started them, an earlier start's leftover is
 * recognised by its record in `<dataDir>/run/` and ended, a pid that now
 * belongs to another program is left alone, and a port held by anything else
 * is refused with the port, its holder and the variable to move. Everything
 * runs in a temporary data directory on free ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../../runtime/config.js';
import { readRecord, recordFile, type ServerRecord } from '../../runtime/leftovers.js';
import { freePort } from '../../runtime/ports.js';
import { isAlive, parentDeathSignalAvailable, startTimeOf } from '../../runtime/processes.js';
import { startStack } from '../../runtime/stack.js';

const TSX = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Run {
  /** The tsx process (the group leader); Reglament itself runs in its child node. */
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface Records {
  temporal: ServerRecord;
  postgres: ServerRecord;
}

async function until(probe: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Linux: the test reads /proc to follow the processes (Reglament itself falls back to `ps` and a watchdog elsewhere).
describe.runIf(process.platform === 'linux')('reglament start after a crash', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let apiPort: number;
  const runs: Run[] = [];
  /** Every process a record named, to make sure none outlives the test. */
  const seen = new Map<number, number | undefined>();
  const strays: ChildProcess[] = [];

  const records = (): Records => {
    const temporal = readRecord(recordFile(dataDir, 'temporal'));
    const postgres = readRecord(recordFile(dataDir, 'postgres'));
    if (!temporal || !postgres) throw new Error(`no server records in ${dataDir}/run`);
    for (const r of [temporal, postgres]) {
      seen.set(r.pid, r.startTime);
      seen.set(r.owner.pid, r.owner.startTime);
      if (r.watchdog) seen.set(r.watchdog, startTimeOf(r.watchdog));
    }
    return { temporal, postgres };
  };

  const pidsOf = (r: Records) => [
    r.temporal.pid,
    r.postgres.pid,
    r.temporal.owner.pid,
    ...(r.postgres.watchdog ? [r.postgres.watchdog] : []),
  ];

  function start(): Promise<Run> {
    const child = spawn(process.execPath, [TSX, 'cli/reglament.ts', 'start', '--no-examples'], {
      cwd: PROJECT_ROOT,
      env,
      detached: true, // a process group of its own, as a shell gives `npm start`
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const run: Run = { child, output: () => output, exited };
    runs.push(run);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not running after 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Reglament is running')) {
          clearTimeout(timer);
          resolve(run);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`reglament start ended (${code ?? signal}) before it ran:\n${output}`));
      });
    });
  }

  async function health() {
    // "Reglament is running" is printed as the API server starts listening, not once it listens.
    let response: Response | undefined;
    for (let attempt = 0; !response; attempt++) {
      response = await fetch(`http://127.0.0.1:${apiPort}/health`).catch((error: unknown) => {
        if (attempt >= 50) throw error;
        return new Promise<undefined>((r) => setTimeout(r, 100));
      });
    }
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'reglament-restart-'));
    chmodSync(dataDir, 0o777); // PostgreSQL runs as its own user when the tests run as root
    apiPort = await freePort();
    env = {
      ...process.env,
      REGLAMENT_DATA_DIR: dataDir,
      PORT: String(apiPort),
      REGLAMENT_TEMPORAL_PORT: String(await freePort()),
      REGLAMENT_TEMPORAL_UI_PORT: String(await freePort()),
      REGLAMENT_POSTGRES_PORT: String(await freePort()),
      REGLAMENT_LOG_LEVEL: 'warn',
      NO_COLOR: '1',
    };
    // The embedded servers are what is tested, whatever the suite itself runs against.
    delete env.TEMPORAL_ADDRESS;
    delete env.DATABASE_URL;
    delete env.TEMPORAL_NAMESPACE;
  });

  afterAll(async () => {
    for (const run of runs) {
      try {
        process.kill(-run.child.pid!, 'SIGKILL');
      } catch {
        // the group has ended
      }
    }
    for (const [pid, startTime] of seen) {
      if (isAlive(pid, startTime)) process.kill(pid, 'SIGKILL');
    }
    for (const stray of strays) stray.kill('SIGKILL');
    for (const [pid, startTime] of seen) await until(() => !isAlive(pid, startTime), `pid ${pid} to end`, 10_000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should start again after the process running Reglament is killed with SIGKILL', async () => {
    const first = await start();
    const before = records();
    expect(before.temporal.owner.pid).not.toBe(first.child.pid); // tsx runs Reglament in a child node
    expect(before.postgres.owner.pid).toBe(before.temporal.owner.pid);
    expect(before.temporal.tie).toBe(parentDeathSignalAvailable() ? 'pdeathsig' : 'watchdog');

    process.kill(before.temporal.owner.pid, 'SIGKILL');
    await start();
    await health();
    // The crashed process's servers have gone by themselves: the dev server by its parent-death
    // signal, PostgreSQL by its watchdog.
    for (const pid of pidsOf(before)) await until(() => !isAlive(pid, seen.get(pid)), `pid ${pid} to end`);
    expect((await first.exited).code).not.toBe(0);
  });

  it('should end a leftover server it recorded, and leave a pid that now runs another program alone', async () => {
    const before = records();
    // A leftover without a tie: PostgreSQL's watchdog is killed first, then its owner.
    process.kill(before.postgres.watchdog!, 'SIGKILL');
    process.kill(before.postgres.owner.pid, 'SIGKILL');
    // The dev server ending (its parent-death tie) shows the owner's death has reached its servers;
    // PostgreSQL, untied, is left. That it stays up until the next start is shown by that start stopping it below.
    await until(() => !isAlive(before.temporal.pid, before.temporal.startTime), 'the dev server to end');
    expect(isAlive(before.postgres.pid, before.postgres.startTime)).toBe(true);
    // The dev server's record now names a live pid that runs something else.
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    strays.push(sleeper);
    await until(() => startTimeOf(sleeper.pid!) !== undefined, 'sleep to start');
    writeFileSync(
      recordFile(dataDir, 'temporal'),
      JSON.stringify({ ...before.temporal, pid: sleeper.pid, startTime: startTimeOf(sleeper.pid!) }),
    );

    const third = await start();
    await health();
    expect(third.output()).toContain(
      `stopping the PostgreSQL left running by an earlier start (pid ${before.postgres.pid})`,
    );
    expect(third.output()).not.toContain('stopping the Temporal dev server');
    expect(isAlive(before.postgres.pid, before.postgres.startTime)).toBe(false);
    expect(isAlive(sleeper.pid!)).toBe(true);
  });

  it('should stop when the tsx in front of it is killed with SIGKILL', async () => {
    const run = runs.at(-1)!;
    const before = records();
    process.kill(run.child.pid!, 'SIGKILL');
    for (const pid of pidsOf(before)) await until(() => !isAlive(pid, seen.get(pid)), `pid ${pid} to end`);
    expect(run.output()).toMatch(/\(pid \d+\) has ended: stopping/);
    // A clean stop: the records went with the servers.
    expect(existsSync(recordFile(dataDir, 'temporal'))).toBe(false);
    expect(existsSync(recordFile(dataDir, 'postgres'))).toBe(false);
  });

  it('should start after its whole process group was killed, and leave nothing once stopped with SIGTERM', async () => {
    const fourth = await start();
    const killed = records();
    process.kill(-fourth.child.pid!, 'SIGKILL');
    for (const pid of pidsOf(killed)) await until(() => !isAlive(pid, seen.get(pid)), `pid ${pid} to end`);
    // PostgreSQL killed outright leaves its lock file behind.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    // And a dev server that nothing ties to its owner (as an older Reglament left them) runs on, recorded.
    const [cli, ...args] = killed.temporal.command;
    const orphan = spawn(cli!, args, { detached: true, stdio: 'ignore' });
    strays.push(orphan);
    await until(() => startTimeOf(orphan.pid!) !== undefined, 'the dev server to start');
    const orphanStart = startTimeOf(orphan.pid!);
    seen.set(orphan.pid!, orphanStart);
    writeFileSync(
      recordFile(dataDir, 'temporal'),
      JSON.stringify({ ...killed.temporal, pid: orphan.pid, startTime: orphanStart, tie: 'none' }),
    );

    const fifth = await start();
    await health();
    expect(fifth.output()).toContain(
      `stopping the Temporal dev server left running by an earlier start (pid ${orphan.pid})`,
    );
    expect(isAlive(orphan.pid!, orphanStart)).toBe(false);
    const last = records();
    // To Reglament's own process: tsx, given SIGTERM, SIGKILLs its child unless that one acknowledges within 30 ms.
    process.kill(last.temporal.owner.pid, 'SIGTERM');
    expect((await fifth.exited).code).toBe(0);
    for (const pid of pidsOf(last)) await until(() => !isAlive(pid, seen.get(pid)), `pid ${pid} to end`, 5_000);
    expect(existsSync(recordFile(dataDir, 'temporal'))).toBe(false);
    expect(existsSync(recordFile(dataDir, 'postgres'))).toBe(false);
  });

  it('should name the port, its holder and the variable to change when another program holds a port', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    const otherDir = mkdtempSync(path.join(tmpdir(), 'reglament-restart-'));
    try {
      const config = loadConfig({
        REGLAMENT_DATA_DIR: otherDir,
        REGLAMENT_TEMPORAL_PORT: String(port),
        REGLAMENT_TEMPORAL_UI_PORT: String(await freePort()),
      });
      const failure = startStack(config, { log: () => {} });
      await expect(failure).rejects.toThrow(`port ${port} (Temporal dev server) is taken by pid ${process.pid}`);
      await expect(failure).rejects.toThrow(`ss -ltnp 'sport = :${port}'`);
      await expect(failure).rejects.toThrow(`REGLAMENT_TEMPORAL_PORT=<port>`);
    } finally {
      holder.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
