/**
 * PBX webhook payloads as the vendors document them, with the numbers, ids
 * and times a test needs:
 *
 * - Mango Office, «API Виртуальной АТС MANGO OFFICE» (https://www.mango-office.ru/support/integratsiya/api/api_vpbx/),
 *   sections «Уведомление о вызове» (events/call), «Уведомление о завершении вызова» (events/summary)
 *   and «Уведомление о записи разговора» (events/recording): form fields `vpbx_api_key`, `sign`, `json`;
 * - Zadarma, «Уведомления о звонках в АТС» (https://zadarma.com/ru/support/api/#api_webhooks):
 *   form fields of NOTIFY_START, NOTIFY_INTERNAL, NOTIFY_ANSWER, NOTIFY_END, NOTIFY_OUT_START,
 *   NOTIFY_OUT_END, NOTIFY_RECORD.
 */
import { createHash } from 'node:crypto';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Mango Office's form: the event's JSON, signed with the account's key and salt. */
export function mangoForm(json: object, key = 'mango-key', salt = 'mango-salt'): Record<string, string> {
  const text = JSON.stringify(json);
  return { vpbx_api_key: key, sign: sha256(key + text + salt), json: text };
}

/** An incoming Mango call from `client` (digits, no plus) to extension `ext`, starting at `t` (unix seconds). */
export function mangoIncoming(entryId: string, client: string, ext: string, t: number, answered: boolean) {
  const to = { extension: ext, number: `sip:user${ext}@vpbx400000000.mangosip.ru`, line_number: '74957654321' };
  const from = { number: client };
  const call = (seq: number, call_state: string, timestamp: number, extra: object = {}) => ({
    entry_id: entryId,
    call_id: `${entryId}-leg`,
    timestamp,
    seq,
    call_state,
    location: 'abonent',
    from,
    to,
    ...extra,
  });
  return {
    appeared: call(1, 'Appeared', t),
    connected: call(2, 'Connected', t + 5),
    disconnected: call(answered ? 3 : 2, 'Disconnected', t + 70, { disconnect_reason: 1110 }),
    summary: {
      entry_id: entryId,
      call_direction: 1,
      from,
      to: { extension: ext, number: to.number },
      line_number: '74957654321',
      create_time: t,
      forward_time: t + 1,
      talk_time: answered ? t + 5 : 0,
      end_time: t + 70,
      entry_result: answered ? 1 : 0,
      disconnect_reason: 1110,
    },
    recording: {
      recording_id: `rec-${entryId}`,
      recording_state: 'Completed',
      seq: 1,
      entry_id: entryId,
      call_id: `${entryId}-leg`,
      extension: ext,
      timestamp: t + 71,
      completion_code: 1000,
      recipient: 'Cloud',
    },
  };
}

/** Zadarma's incoming call from `client` to the company's number, ringing extension `ext`. */
export function zadarmaIncoming(pbxCallId: string, client: string, ext: string, disposition: string, duration: number) {
  const base = {
    call_start: '2026-12-07 10:00:00',
    pbx_call_id: pbxCallId,
    caller_id: client,
    called_did: '74957654321',
  };
  return {
    start: { event: 'NOTIFY_START', ...base },
    internal: { event: 'NOTIFY_INTERNAL', ...base, internal: ext },
    answer: {
      event: 'NOTIFY_ANSWER',
      caller_id: client,
      destination: ext,
      call_start: base.call_start,
      pbx_call_id: pbxCallId,
      internal: ext,
    },
    end: {
      event: 'NOTIFY_END',
      ...base,
      internal: ext,
      duration: String(duration),
      disposition,
      status_code: disposition === 'answered' ? '16' : '19',
      is_recorded: disposition === 'answered' ? '1' : '0',
      call_id_with_rec: `${pbxCallId}.rec`,
    },
    record: { event: 'NOTIFY_RECORD', call_id_with_rec: `${pbxCallId}.rec`, pbx_call_id: pbxCallId },
  };
}

/** Zadarma's outgoing call from extension `ext` to `client`. */
export function zadarmaOutgoing(pbxCallId: string, client: string, ext: string, disposition: string, duration: number) {
  const base = { call_start: '2026-12-07 11:00:00', pbx_call_id: pbxCallId, internal: ext, destination: client };
  return {
    start: { event: 'NOTIFY_OUT_START', ...base },
    end: {
      event: 'NOTIFY_OUT_END',
      ...base,
      duration: String(duration),
      disposition,
      status_code: '16',
      is_recorded: '0',
      call_id_with_rec: '',
    },
  };
}

/** A form body as a PBX posts it. */
export const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** A PBX's originate API on loopback: records each request's URL and Authorization header, answers 200. */
export function webhookReceiverGet() {
  const received: Array<{ method: string; url: string; authorization: string | undefined; body: string }> = [];
  let server: import('node:http').Server | undefined;
  return {
    received,
    async listen(): Promise<string> {
      const { createServer } = await import('node:http');
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c));
        req.on('end', () => {
          received.push({
            method: req.method ?? '',
            url: req.url ?? '',
            authorization: req.headers.authorization,
            body,
          });
          res.setHeader('content-type', 'application/json');
          res.end('{"status":"success"}');
        });
      });
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      const address = server.address() as import('node:net').AddressInfo;
      return `http://127.0.0.1:${address.port}`;
    },
    close: () => server?.close(),
  };
}
