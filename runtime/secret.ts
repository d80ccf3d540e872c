/**
 * The secret that signs people's tokens: REGLAMENT_JWT_SECRET, or one made
 * once and kept (mode 0600) in the data directory, so the embedded setup
 * works without configuration and tokens survive restarts. During a rotation,
 * REGLAMENT_JWT_SECRET_PREVIOUS is the secret being retired: tokens it signed
 * still count until it is removed (docs/SECURITY.md).
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RuntimeConfig } from './config.js';

export function jwtSecret(config: RuntimeConfig, env: NodeJS.ProcessEnv = process.env): string {
  if (env.REGLAMENT_JWT_SECRET) return env.REGLAMENT_JWT_SECRET;
  const file = path.join(config.dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The secret being retired, while a rotation lasts; undefined otherwise. */
export function previousJwtSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.REGLAMENT_JWT_SECRET_PREVIOUS || undefined;
}
