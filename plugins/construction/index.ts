/**
 * Construction group (Reforma): an information department calls prospects,
 * qualifies the need without selling and hands a request over to the sales
 * department. A prospect whose need lies ahead gets a call-back on the date
 * the need is expected, by the same info agent. Which departments take which
 * stage is the regulation's to say (`responsibility:`): on the hand-over the
 * info agent stays on the deal as a participant, follows it and may complain
 * to their own head when sales stalls it; the regulation's escalation chain
 * reaches that head too (`to: participant_head`).
 *
 * @module
 */
import { definePlugin } from 'reglament/plugin';

export default definePlugin({
  manifest: {
    id: 'construction',
    version: '1.0.0',
    reglament: '^1.0.0',
    description: 'Information department hand-over for construction sales',
  },
  requiresStages: ['call', 'lost'],
  stages: [
    {
      before: 'call',
      stage: {
        key: 'info_qualification',
        title: 'Information department: qualify the need (no selling)',
        tasks: [
          {
            key: 'qualify_need',
            title: 'Call the prospect and qualify the need',
            due: 'PT4H',
            kind: 'call',
            outcomes: ['qualified', 'future_need', 'no_need', 'no_answer'],
          },
        ],
        requiredFields: ['need'],
        on: {
          HAND_OVER: 'call',
          FUTURE_NEED: 'future_need',
          NO_NEED: { to: 'lost', enforce: false },
        },
      },
    },
    {
      alongside: 'info_qualification',
      stage: {
        key: 'future_need',
        title: 'Future need: call back when it is expected',
        tasks: [
          {
            key: 'call_back',
            title: 'Call back: is the need there now?',
            dueFrom: 'need_expected_at',
            due: 'P30D',
            kind: 'call',
          },
        ],
        on: { HAND_OVER: 'call', NO_NEED: { to: 'lost', enforce: false } },
      },
    },
  ],
  fields: {
    need: { type: 'string', title: 'What the prospect needs (object, volume)' },
    need_expected_at: { type: 'string', title: 'When the need is expected (date)' },
  },
  templates: [
    {
      id: 'construction_call_script',
      kind: 'call_script',
      title: 'Information department: qualification script',
      stages: ['info_qualification', 'future_need'],
      industry: 'construction',
      body: 'Good day, this is {{manager.name}} from Reforma. We are not selling today: may I ask what you are planning to build, and when?',
    },
  ],
  rules: {
    templates: [
      {
        name: 'info_script',
        conditions: {
          any: [
            { fact: 'stage', operator: 'equal', value: 'info_qualification' },
            { fact: 'stage', operator: 'equal', value: 'future_need' },
          ],
        },
        event: { type: 'suggest_templates', params: { kind: 'call_script' } },
      },
    ],
  },
});
