import type { Domain } from '@/lib/domain';
import { webhookOperations } from './operations';
import { webhookDeliveryQueue } from './queues';
import { WEBHOOK_SCOPES } from './scopes';
import { createDeliveryDispatcher } from './target-guard';
import { registerWebhookWorker } from './worker';

export const webhooksDomain: Domain = {
  name: 'webhooks',
  operations: webhookOperations,
  scopes: WEBHOOK_SCOPES,
  queues: [
    {
      queue: webhookDeliveryQueue,
      async start(boss, { db, options }) {
        const { allowPrivateTargets, ...webhooks } = options.webhooks ?? {};
        const dispatcher = createDeliveryDispatcher({ allowPrivateTargets });
        await registerWebhookWorker(boss, db, { ...webhooks, dispatcher });
        return () => dispatcher.close();
      },
    },
  ],
  events: [],
};
