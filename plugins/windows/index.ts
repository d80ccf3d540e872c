/**
 * Window installation: a measurement visit and a calculation before the
 * proposal; production and installation after the invoice. Every task has a
 * reminder an hour before it is due and at the due time.
 *
 * @module
 */
import { definePlugin } from 'reglament/plugin';

export default definePlugin({
  manifest: {
    id: 'windows',
    version: '1.0.0',
    reglament: '^1.0.0',
    description: 'Window installers: measure, calculate, produce, install',
  },
  requiresStages: ['proposal', 'invoice'],
  stages: [
    {
      before: 'proposal',
      stage: {
        key: 'measurement',
        title: 'Measurement visit',
        tasks: [
          { key: 'schedule_visit', title: 'Agree the measurement visit with the client', due: 'PT4H' },
          { key: 'measure', title: 'Measure the openings on site', due: 'P2D' },
        ],
        requiredFields: ['window_count', 'area_m2'],
        on: { MEASURED: 'proposal', LOST: { to: 'lost', enforce: false } },
      },
    },
    {
      before: 'proposal',
      stage: {
        key: 'calculation',
        title: 'Calculation',
        tasks: [{ key: 'calculate', title: 'Calculate the order from the measurements', due: 'P1D' }],
        advance: 'proposal',
        on: { LOST: { to: 'lost', enforce: false } },
      },
    },
    {
      after: 'invoice',
      stage: {
        key: 'production',
        title: 'Production',
        tasks: [
          { key: 'order_production', title: 'Place the production order', due: 'PT8H' },
          { key: 'production_done', title: 'Confirm the windows are produced', due: 'P10D' },
        ],
        advance: 'won',
      },
    },
    {
      after: 'production',
      stage: {
        key: 'installation',
        title: 'Installation',
        tasks: [
          { key: 'schedule_installation', title: 'Agree the installation date', due: 'P1D' },
          { key: 'install', title: 'Install and hand over', due: 'P3D' },
        ],
        requiredFields: ['installation_date'],
        advance: 'won',
      },
    },
  ],
  fields: {
    window_count: { type: 'integer', title: 'Number of windows' },
    area_m2: { type: 'number', title: 'Total area, m²' },
    installation_date: { type: 'string', title: 'Installation date' },
  },
  rules: {
    reminders: [
      {
        name: 'every_task',
        conditions: { all: [{ fact: 'task', path: 'required', operator: 'equal', value: true }] },
        event: { type: 'remind', params: { offsets: ['-PT1H', 'PT0S'], to: 'assignee' } },
      },
    ],
    templates: [
      {
        name: 'windows_proposal',
        conditions: { all: [{ fact: 'stage', operator: 'equal', value: 'proposal' }] },
        event: { type: 'suggest_templates', params: { kind: 'proposal', industry: 'windows' } },
      },
    ],
  },
  templates: [
    {
      id: 'windows_proposal',
      kind: 'proposal',
      title: 'Windows: proposal after measurement',
      stages: ['proposal'],
      industry: 'windows',
      subject: '{{client.name}}: {{fields.window_count}} windows, {{fields.area_m2}} m²',
      body: 'Dear {{client.name}},\nafter measuring {{fields.window_count}} openings ({{fields.area_m2}} m²) we propose the following.\n{{manager.name}}',
    },
  ],
  analytics: [{ name: 'district', description: 'the client’s district of the city', path: 'client.district' }],
});
