/**
 * Bank cross-sell: when a corporate client regularly pays a counterparty in a
 * region where the bank has a branch, the integration reports it and a lead
 * is created for that region's branch, assigned by the rules to the region's
 * team, with the cross-sell proposal suggested.
 *
 * @module
 */
import { definePlugin } from 'reglament/plugin';

export default definePlugin({
  manifest: {
    id: 'bank_cross_sell',
    version: '1.0.0',
    reglament: '^1.0.0',
    description: 'Counterparties of corporate clients as prospects',
  },
  fields: {
    source_client: { type: 'string', title: 'Our client who pays the counterparty' },
    payments_per_month: { type: 'integer', title: 'Payments per month' },
    monthly_volume_rub: { type: 'number', title: 'Monthly volume, RUB' },
  },
  facts: [
    {
      name: 'counterparty',
      description: 'the counterparty as a prospect: regular (≥ 3 payments a month), volume',
      kinds: ['assignment', 'templates'],
      provide: (known) => {
        const fields = (known.fields ?? {}) as Record<string, unknown>;
        const perMonth = Number(fields.payments_per_month ?? 0);
        return { regular: perMonth >= 3, perMonth, volume: Number(fields.monthly_volume_rub ?? 0) };
      },
    },
  ],
  templates: [
    {
      id: 'cross_sell_offer',
      kind: 'proposal',
      title: 'Cross-sell: payment services for a client’s counterparty',
      industry: 'banking',
      subject: '{{client.name}}: faster settlements with {{fields.source_client}}',
      body: 'Dear {{client.name}},\nyou receive about {{fields.payments_per_month}} payments a month from {{fields.source_client}}, who banks with us. With an account in our {{client.region}} branch those settlements arrive the same day.\n{{manager.name}}',
    },
  ],
  rules: {
    templates: [
      {
        name: 'regular_counterparty',
        conditions: { all: [{ fact: 'counterparty', path: 'regular', operator: 'equal', value: true }] },
        event: { type: 'suggest_templates', params: { templateIds: ['cross_sell_offer'] } },
      },
    ],
  },
  intake: {
    'bank.counterparty_payments': {
      description: 'Client X regularly pays counterparty Y in region R',
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['client', 'counterparty', 'paymentsPerMonth'],
        properties: {
          client: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' }, inn: { type: 'string' } },
          },
          counterparty: {
            type: 'object',
            required: ['name', 'region'],
            properties: { name: { type: 'string' }, inn: { type: 'string' }, region: { type: 'string' } },
          },
          paymentsPerMonth: { type: 'integer', minimum: 1 },
          monthlyVolumeRub: { type: 'number', minimum: 0 },
        },
      },
      toDeal(payload) {
        const p = payload as {
          client: { name: string };
          counterparty: { name: string; inn?: string; region: string };
          paymentsPerMonth: number;
          monthlyVolumeRub?: number;
        };
        return {
          regulationId: 'bank_cross_sell',
          client: {
            name: p.counterparty.name,
            ...(p.counterparty.inn ? { inn: p.counterparty.inn } : {}),
            region: p.counterparty.region,
            industry: 'banking',
          },
          fields: {
            source_client: p.client.name,
            payments_per_month: p.paymentsPerMonth,
            monthly_volume_rub: p.monthlyVolumeRub ?? 0,
          },
        };
      },
    },
  },
  analytics: [
    {
      name: 'source_client',
      description: 'the client whose payments revealed the prospect',
      path: 'fields.source_client',
    },
  ],
});
