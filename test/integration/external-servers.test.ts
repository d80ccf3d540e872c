import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../runtime/config.js';
import { startStack } from '../../runtime/stack.js';

describe('pointing Reglament at existing servers', () => {
  it('should use TEMPORAL_ADDRESS and DATABASE_URL as they are, and register the search attributes', async () => {
    const namespace = `ext-${Date.now()}`;
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs('1 day'),
    });
    await connection.close();

    const config = loadConfig({
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: namespace,
      DATABASE_URL: inject('databaseUrl'),
    });
    const lines: string[] = [];
    const stack = await startStack(config, { log: (l) => lines.push(l) });
    try {
      expect(stack.temporalAddress).toBe(inject('temporalAddress'));
      expect(stack.databaseUrl).toBe(inject('databaseUrl'));
      expect(stack.temporalUiUrl).toBeUndefined();
      expect(lines.some((l) => /dev server|embedded PostgreSQL/.test(l))).toBe(false);
      expect(lines).toContain('registered search attributes: ReglamentStage, ReglamentOwner, ReglamentRegulation');
      const [row] = await stack.sql`select count(*)::int as n from regulations`;
      expect(typeof row?.n).toBe('number'); // migrated schema reachable
    } finally {
      await stack.stop();
    }

    const again: string[] = [];
    const second = await startStack(config, { log: (l) => again.push(l) });
    await second.stop();
    expect(again.some((l) => l.startsWith('registered search attributes'))).toBe(false);
  });
});
