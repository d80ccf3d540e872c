/**
 * Logs to operate by: one JSON line per event (pino), readable and coloured
 * on a terminal. The Temporal SDK's own logs, and the logs of workflows and
 * activities (Temporal's `log`), go through the same logger.
 *
 * @example
 * const log = createLogger();
 * Runtime.install({ logger: temporalLogger(log) });
 *
 * @module
 */
import { DefaultLogger, type LogLevel } from '@temporalio/worker';
import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { requestIdMixin } from '../app/request-context.js';

export type { Logger };

/**
 * `REGLAMENT_LOG_LEVEL` (default info); pretty when standard output is a
 * terminal, JSON lines otherwise (to `destination` when given, standard
 * output by default). A line written while a request is handled carries its
 * `requestId` (app/request-context.ts).
 */
export function createLogger(
  options: { level?: string; pretty?: boolean; destination?: DestinationStream } = {},
): Logger {
  const level = options.level ?? process.env.REGLAMENT_LOG_LEVEL ?? 'info';
  if (options.pretty ?? (!options.destination && process.stdout.isTTY)) {
    return pino(
      { level, mixin: requestIdMixin },
      pretty({ colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true }),
    );
  }
  const settings = { level, base: { service: 'reglament' }, mixin: requestIdMixin };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/** The Temporal runtime's logger writing through pino; below `level` nothing is passed on. */
export function temporalLogger(log: Logger, level: LogLevel = 'INFO'): DefaultLogger {
  return new DefaultLogger(level, ({ level: l, message, meta }) => {
    log[LEVELS[l]]({ ...(meta as object) }, message);
  });
}
