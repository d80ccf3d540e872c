/**
 * B2B wholesale: after the invoice, payment control; when the accounting
 * system reports "invoice paid", the deal moves to shipment and the client is
 * thanked automatically (a plugin activity, run by the worker, never in
 * workflow code).
 *
 * @module
 */
import { definePlugin, renderTemplate } from 'reglament/plugin';

const thankYou = {
  body: 'Dear {{client.name}},\nthank you for paying invoice {{fields.invoice_number}}. Your goods are being prepared for shipment.\nYour manager, {{owner}}',
};

export default definePlugin({
  manifest: {
    id: 'b2b_wholesale',
    version: '1.0.0',
    reglament: '^1.0.0',
    description: 'Payment control and automatic thanks for wholesale',
  },
  requiresStages: ['invoice', 'won'],
  stages: [
    {
      after: 'invoice',
      stage: {
        key: 'payment',
        title: 'Payment',
        tasks: [{ key: 'control_payment', title: 'Check that the invoice is paid', due: 'P5D' }],
        on: { INVOICE_PAID: { to: 'shipment', enforce: false }, LOST: { to: 'lost', enforce: false } },
      },
    },
    {
      after: 'payment',
      stage: {
        key: 'shipment',
        title: 'Shipment',
        onEnter: [{ run: 'b2b_wholesale.thank_client' }],
        tasks: [{ key: 'ship', title: 'Ship the goods and send the closing documents', due: 'P2D' }],
        advance: 'won',
      },
    },
  ],
  activities: {
    async thank_client({ deal }) {
      const email = typeof deal.client.email === 'string' ? deal.client.email : undefined;
      return {
        channel: 'email',
        to: email ?? deal.client.name,
        subject: `Thank you for your payment, ${String(deal.client.name)}`,
        body: renderTemplate(thankYou, { client: deal.client, fields: deal.fields, owner: deal.owner }).body,
      };
    },
  },
});
