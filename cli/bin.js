#!/usr/bin/env node
/**
 * The `reglament` executable: runs `cli/reglament.ts` in a child Node.js with
 * the tsx loader (`node --import tsx`), so the command works without a build
 * step, from any working directory. Standard streams are shared with the
 * child; SIGINT, SIGTERM and SIGHUP are passed on to it, and its exit code (or
 * the signal that ended it) becomes this process's.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Resolved from this file, not from the working directory, so `tsx` is found
// wherever the command is run.
const loader = import.meta.resolve('tsx');
const entry = fileURLToPath(new URL('./reglament.ts', import.meta.url));

const child = spawn(process.execPath, ['--import', loader, entry, ...process.argv.slice(2)], { stdio: 'inherit' });

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const relay = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of signals) process.on(signal, relay);

child.on('error', (error) => {
  console.error(`reglament: cannot start ${process.execPath}: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  for (const s of signals) process.off(s, relay);
  if (signal) {
    // End the same way the child did, so a parent shell sees the signal.
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
