/** A real HTTP webhook receiver on loopback, for tests of the outbox. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Receives every post; the first `failures` posts of each delivery are answered 500, then 204. */
export function webhookReceiver(failures = 0) {
  const received: Array<{ body: string; headers: IncomingMessage['headers'] }> = [];
  const calls = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const delivery = String(req.headers['x-reglament-delivery']);
      calls.set(delivery, (calls.get(delivery) ?? 0) + 1);
      received.push({ body, headers: req.headers });
      res.statusCode = calls.get(delivery)! <= failures ? 500 : 204;
      res.end();
    });
  });
  return new Promise<{ url: string; received: typeof received; close(): void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        received,
        close: () => server.close(),
      }),
    ),
  );
}
