import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onCleanup } from '@/lib/testing/process-cleanup';

/** A receiver on loopback that accepts every delivery (200) and counts them. */
export async function webhookReceiver(): Promise<{ url: string; received: () => number }> {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup('close the webhook receiver', () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/webhooks`, received: () => received };
}
