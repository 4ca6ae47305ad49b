import type { Domain } from '@/lib/domain';
import { webhookOperations } from './operations';
import { env } from '@/lib/env';
import { webhookDeliveryQueue } from './queues';
import { configuredRetrySchedule } from './retry-schedule';
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
        const schedule = webhooks.schedule ?? configuredRetrySchedule(env().WEBHOOK_RETRY_DELAYS_MS);
        await registerWebhookWorker(boss, db, { ...webhooks, schedule, dispatcher });
        return () => dispatcher.close();
      },
    },
  ],
  events: [],
};
