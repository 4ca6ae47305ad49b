import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// Plain node:http with no app imports, so Vitest and Playwright specs alike can receive webhooks.

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the receiver does with a request: answer it, or never answer (`hang`). */
export type ReceiverBehaviour = (request: ReceivedRequest, index: number) => { status: number; body?: string; delayMs?: number } | 'hang';

/** A real HTTP receiver on 127.0.0.1 that keeps every request it got, in arrival order. */
export async function startReceiver(behaviour: ReceiverBehaviour = () => ({ status: 200, body: 'ok' })) {
  const received: ReceivedRequest[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      const answer = behaviour(request, received.length - 1);
      if (answer === 'hang') return void hanging.push(res);
      setTimeout(() => res.writeHead(answer.status, { 'Content-Type': 'text/plain' }).end(answer.body ?? ''), answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL on 127.0.0.1 where nothing listens: a port taken from the OS and released. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks`;
}
