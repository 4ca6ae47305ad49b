import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/catalogue';
import en from '@/messages/en.json';

/** A message by its dotted path, as next-intl reads an event type (`wallet.created`). */
const at = (path: string) => path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en.webhookEvents);

describe('the webhook event labels the endpoint form shows', () => {
  it('are the catalogue’s own labels in English, one for every event', () => {
    for (const event of WEBHOOK_EVENTS) expect(at(event.type), event.type).toBe(event.label);
  });
});
