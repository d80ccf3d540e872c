import { describe, expect, it } from 'vitest';
import type { ReglamentClient } from '../../client/index.js';
import { followJob, type Job } from '../../cli/jobs.js';

const job = (status: Job['status'], done: number): Job =>
  ({
    id: 'j1',
    kind: 'migration',
    subject: 'regulation:r',
    requestedBy: 'director',
    params: {},
    status,
    total: 2,
    done,
    failed: 0,
    createdAt: new Date(0).toISOString(),
    finishedAt: null,
    error: null,
    report: null,
  }) as unknown as Job;

/** The job endpoint answering a fixed sequence of states, one per poll (the last repeats). */
function apiAnswering(states: Job[]): ReglamentClient {
  let i = 0;
  return {
    GET: async () => ({ data: states[Math.min(i++, states.length - 1)], response: new Response() }),
  } as unknown as ReglamentClient;
}

function pipeOut() {
  const lines: string[] = [];
  const out = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
  return { out, text: () => lines.join('') };
}

describe('following a bulk job off a terminal', () => {
  it('should end on the final count even when the last change came while lines were held back', async () => {
    // The second state arrives within the throttle window and is held back; the job then ends unchanged.
    const { out, text } = pipeOut();
    const ended = await followJob(apiAnswering([job('running', 0), job('running', 2), job('done', 2)]), 'j1', out);
    expect(ended.status).toBe('done');
    expect(text()).toBe('  migrating 0/2\n  migrating 2/2\n');
  });

  it('should not repeat a line that did not change', async () => {
    const { out, text } = pipeOut();
    await followJob(apiAnswering([job('running', 1), job('done', 1)]), 'j1', out);
    expect(text()).toBe('  migrating 1/2\n');
  });
});
