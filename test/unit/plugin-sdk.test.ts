import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePlugin, PLUGIN_API_VERSION } from 'reglament/plugin';
import { checkExamples, createHarness, exampleRegulations } from 'reglament/testing';
import { PROJECT_ROOT } from '../../runtime/config.js';

const tiles = definePlugin({
  manifest: { id: 'tiles', version: '0.1.0', reglament: '^1.0.0' },
  requiresStages: ['presentation'],
  stages: [
    {
      before: 'presentation',
      stage: {
        key: 'samples',
        title: 'Show tile samples',
        tasks: [{ key: 'show_samples', title: 'Bring the samples', due: 'PT8H' }],
        onEnter: [{ run: 'tiles.announce' }],
      },
    },
  ],
  rules: {
    reminders: [
      {
        name: 'samples_reminder',
        conditions: { all: [{ fact: 'task', path: 'key', operator: 'equal', value: 'show_samples' }] },
        event: { type: 'remind', params: { offsets: ['-PT1H'], to: 'assignee' } },
      },
    ],
  },
  templates: [{ id: 'tiles_offer', kind: 'email', title: 'Offer', body: 'Dear {{client.name}}, here are the tiles.' }],
  activities: {
    async announce({ deal }) {
      return { message: `deal ${deal.id} is looking at samples` };
    },
  },
});

describe('the plugin SDK (reglament/plugin, reglament/testing)', () => {
  it('should walk a deal through the stage a plugin adds, with its reminder, on a simulated clock', async () => {
    const harness = await createHarness({ plugins: [tiles], regulation: 'b2b-basic' });
    const walk = await harness.walk({
      start: '2026-11-23T09:00:00+03:00',
      deal: { client: { name: 'OOO Plitka' } },
      steps: [
        { after: 'PT1H', complete: 'call_client', fields: { decision_maker: 'Petrov' } },
        { event: 'QUALIFIED' },
        { after: 'PT10H', complete: 'show_samples' },
      ],
      until: 'PT1H',
    });
    expect(walk.stages).toEqual(['cold_call', 'samples', 'presentation']);
    expect(walk.tasks).toContain('show_samples');
    expect(walk.timers.some((t) => t.kind === 'reminder' && t.task === 'show_samples')).toBe(true);
    expect(walk.outcome.stage).toBe('presentation');
  });

  it('should report a refused step instead of moving the deal', async () => {
    const harness = await createHarness({ plugins: [tiles], regulation: 'b2b-basic' });
    const walk = await harness.walk({
      start: '2026-11-23T09:00:00+03:00',
      deal: { client: { name: 'OOO Plitka' } },
      steps: [{ event: 'QUALIFIED' }],
      until: 'PT1M',
    });
    expect(walk.rejected).toHaveLength(1);
    expect(walk.outcome.stage).toBe('cold_call');
  });

  it("should run a plugin's activity and render its template", async () => {
    const harness = await createHarness({ plugins: [tiles], regulation: 'b2b-basic' });
    expect(await harness.runActivity('tiles.announce', { id: 'd1' })).toEqual({
      message: 'deal d1 is looking at samples',
    });
    expect(harness.render('tiles_offer', { client: { name: 'Ivan' } }).body).toBe('Dear Ivan, here are the tiles.');
  });

  it('should refuse a plugin whose manifest range excludes this plugin API, naming both', async () => {
    const old = definePlugin({ ...tiles, manifest: { ...tiles.manifest, reglament: '^2.0.0' } });
    await expect(createHarness({ plugins: [old], regulation: 'b2b-basic' })).rejects.toThrow(
      `plugin "tiles" 0.1.0 needs Reglament plugin API ^2.0.0; this Reglament offers ${PLUGIN_API_VERSION}`,
    );
  });

  it('should turn an intake payload into a deal only when the schema takes it, naming the field', async () => {
    const withIntake = definePlugin({
      ...tiles,
      intake: {
        'tiles.request': {
          description: 'a sample request',
          schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
          toDeal: (p) => ({ regulationId: 'b2b', client: { name: String(p.name) } }),
        },
      },
    });
    const harness = await createHarness({ plugins: [withIntake], regulation: 'b2b-basic' });
    expect(harness.intake('tiles.request', { name: 'Ivan' })).toEqual({
      regulationId: 'b2b',
      client: { name: 'Ivan' },
    });
    expect(() => harness.intake('tiles.request', { name: 7 })).toThrow(
      /intake "tiles.request" payload is invalid: \/name/,
    );
  });

  it('should check a plugin against every example regulation it claims to support', async () => {
    const results = await checkExamples(tiles);
    const withPresentation = Object.entries(exampleRegulations())
      .filter(([, text]) => /key: presentation/.test(text))
      .map(([name]) => name);
    expect(results.map((r) => r.example).sort()).toEqual(withPresentation.sort());
    expect(results.find((r) => r.example === 'b2b-basic')).toMatchObject({ ok: true, problems: [] });
  });

  it('should keep the four bundled plugins on the public entry point only', () => {
    for (const folder of ['windows', 'construction', 'b2b-wholesale', 'bank-cross-sell']) {
      const text = readFileSync(path.join(PROJECT_ROOT, 'plugins', folder, 'index.ts'), 'utf8');
      const imports = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
      expect(imports.length, folder).toBeGreaterThan(0);
      expect(
        imports.filter((i) => i !== 'reglament/plugin'),
        folder,
      ).toEqual([]);
    }
  });
});
