import { createServer, type Server } from 'node:http';
import { verifyWebhookSignature } from '@/lib/webhooks/signature';
import { onCleanup } from '@/lib/testing/process-cleanup';
import { sparePort } from './spare-port';

/** One delivery as it arrived. */
export interface ReceivedDelivery {
  eventId: string;
  deliveryId: string;
  timestamp: string;
  signature: string;
  body: string;
  receivedAt: Date;
}

/**
 * A merchant's webhook receiver on a fixed loopback port, which can go down (nothing listens: the
 * platform's connection is refused) and come back on the same address. It answers 200 to every
 * delivery and keeps each one; signatures are checked afterwards with the endpoint's secret.
 */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  private server: Server | undefined;

  private constructor(readonly port: number) {}

  static async open(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(await sparePort());
    onCleanup(`webhook receiver on ${receiver.port}`, () => receiver.down());
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const header = (name: string) => String(req.headers[name] ?? '');
        this.received.push({
          eventId: header('x-webhook-id'),
          deliveryId: header('x-webhook-delivery'),
          timestamp: header('x-webhook-timestamp'),
          signature: header('x-webhook-signature'),
          body: Buffer.concat(chunks).toString('utf8'),
          receivedAt: new Date(),
        });
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  /** Stops listening and cuts every open connection: from now on the platform's attempts are refused. */
  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Whether a delivery carries a valid signature under `secret`, as a receiver checks it on arrival. */
  static signedBy(delivery: ReceivedDelivery, secret: string): boolean {
    return verifyWebhookSignature({ secret, timestamp: delivery.timestamp, signature: delivery.signature, rawBody: delivery.body, now: delivery.receivedAt });
  }
}
