/**
 * The PBX adapters read their vendors' documented webhooks (fixtures in
 * test/support/pbx.ts, written from Mango Office's «API Виртуальной АТС» and
 * Zadarma's «Уведомления о звонках в АТС») as call events, and build the
 * vendors' documented originate requests.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mangoOffice } from '../../integrations/telephony/mango/index.js';
import { zadarma, zadarmaSignature } from '../../integrations/telephony/zadarma/index.js';
import { mangoForm, mangoIncoming, zadarmaIncoming, zadarmaOutgoing } from '../support/pbx.js';

const hook = (path: string, fields: Record<string, string>, query: Record<string, string> = {}) => ({
  path,
  query,
  fields,
});

describe('Mango Office adapter', () => {
  const m = mangoIncoming('E1', '74951234567', '101', 1_765_202_400, true);

  it('should read Appeared, Connected and the summary as started, answered and finished', () => {
    expect(mangoOffice.parse(hook('/events/call', mangoForm(m.appeared)))).toEqual([
      {
        type: 'call.started',
        callId: 'E1',
        direction: 'in',
        from: '74951234567',
        to: '74957654321',
        extension: '101',
        at: '2025-12-08T14:00:00.000Z',
      },
    ]);
    expect(mangoOffice.parse(hook('/events/call', mangoForm(m.connected)))).toMatchObject([
      { type: 'call.answered', callId: 'E1', extension: '101' },
    ]);
    expect(mangoOffice.parse(hook('/events/call', mangoForm(m.disconnected)))).toEqual([]);
    expect(mangoOffice.parse(hook('/events/summary', mangoForm(m.summary)))).toMatchObject([
      {
        type: 'call.finished',
        callId: 'E1',
        status: 'answered',
        durationSec: 65,
        direction: 'in',
        from: '74951234567',
        to: '74957654321',
      },
    ]);
  });

  it('should read a summary without talk time as missed, and the recording as its reference', () => {
    const missed = mangoIncoming('E2', '74951234567', '101', 1_765_202_400, false);
    expect(mangoOffice.parse(hook('/events/summary', mangoForm(missed.summary)))).toMatchObject([
      { status: 'missed', durationSec: 0 },
    ]);
    expect(mangoOffice.parse(hook('/events/recording', mangoForm(m.recording)))).toEqual([
      {
        type: 'call.recorded',
        callId: 'E1',
        recordingUrl: 'mango-office:recording/rec-E1',
        at: '2025-12-08T14:01:11.000Z',
      },
    ]);
  });

  it('should ignore what is not JSON, and internal calls', () => {
    expect(mangoOffice.parse(hook('/events/call', { json: 'not json' }))).toEqual([]);
    expect(mangoOffice.parse(hook('/events/summary', mangoForm({ ...m.summary, call_direction: 0 })))).toEqual([]);
  });

  it('should sign the callback command as the API description says: sha256(key + json + salt)', () => {
    const r = mangoOffice.originate!({ vendor: 'mango-office', key: 'K', secret: 'S' }, '101', '+74951234567', 'cmd-1');
    expect(r.url).toBe('https://app.mango-office.ru/vpbx/commands/callback');
    const form = new URLSearchParams(r.body);
    expect(JSON.parse(form.get('json')!)).toEqual({
      command_id: 'cmd-1',
      from: { extension: '101' },
      to_number: '74951234567',
    });
    expect(form.get('sign')).toBe(
      createHash('sha256')
        .update(`K${form.get('json')}S`)
        .digest('hex'),
    );
  });
});

describe('Zadarma adapter', () => {
  it('should read an incoming call’s notifications', () => {
    const z = zadarmaIncoming('in-1', '74951234567', '100', 'answered', 42);
    expect(zadarma.parse(hook('', z.start))).toEqual([
      { type: 'call.started', callId: 'in-1', direction: 'in', from: '74951234567', to: '74957654321' },
    ]);
    expect(zadarma.parse(hook('', z.internal))).toMatchObject([{ type: 'call.started', extension: '100' }]);
    expect(zadarma.parse(hook('', z.answer))).toEqual([{ type: 'call.answered', callId: 'in-1', extension: '100' }]);
    expect(zadarma.parse(hook('', z.end))).toMatchObject([
      { type: 'call.finished', status: 'answered', durationSec: 42, direction: 'in' },
    ]);
    expect(zadarma.parse(hook('', z.record))).toEqual([
      { type: 'call.recorded', callId: 'in-1', recordingUrl: 'zadarma:record/in-1.rec' },
    ]);
  });

  it('should read busy and unanswered ends, and outgoing calls', () => {
    expect(zadarma.parse(hook('', zadarmaIncoming('b', '7495', '100', 'busy', 0).end))).toMatchObject([
      { status: 'busy' },
    ]);
    expect(zadarma.parse(hook('', zadarmaIncoming('n', '7495', '100', 'no answer', 0).end))).toMatchObject([
      { status: 'missed' },
    ]);
    const out = zadarmaOutgoing('out-1', '74951234567', '100', 'answered', 30);
    expect(zadarma.parse(hook('', out.start))).toEqual([
      { type: 'call.started', callId: 'out-1', direction: 'out', from: '100', to: '74951234567', extension: '100' },
    ]);
    expect(zadarma.parse(hook('', out.end))).toMatchObject([
      { type: 'call.finished', direction: 'out', durationSec: 30 },
    ]);
  });

  it('should echo the URL check', () => {
    expect(zadarma.reply!(hook('', {}, { zd_echo: 'abc' }))).toBe('abc');
  });

  it('should sign the callback request as the API documentation says', () => {
    const r = zadarma.originate!({ vendor: 'zadarma', key: 'K', secret: 'S' }, '100', '+74951234567', 'x');
    expect(r.url).toBe('https://api.zadarma.com/v1/request/callback/?from=100&to=74951234567');
    expect(r.headers.authorization).toBe(
      `K:${zadarmaSignature('/v1/request/callback/', { to: '74951234567', from: '100' }, 'S')}`,
    );
    // base64 of a 40-character hex HMAC-SHA1.
    expect(Buffer.from(r.headers.authorization!.split(':')[1]!, 'base64').toString()).toMatch(/^[0-9a-f]{40}$/);
  });
});
