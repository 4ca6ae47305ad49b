import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from './define-event';
import { a55Payload, platformEnvelope, qiEnvelope, renderWebhookBody, rendersIn } from './payloads';

// An event of a domain to come, about a charge rather than a wallet: the envelopes take their
// operation, names and data from the declaration alone.
const chargePaid = defineEvent(
  { type: 'charge.paid', label: 'A charge was paid', subject: 'charge', data: z.object({ charge_uuid: z.string(), status: z.literal('paid') }) },
  {
    platform: platformEnvelope({ operation: 'CHARGE', subOperation: 'PAID', data: ({ data }) => ({ charge_uuid: data.charge_uuid }) }),
    a55: a55Payload({ body: ({ data }) => ({ charge_uuid: data.charge_uuid, status: data.status }) }),
  },
);
const event = {
  eventUuid: '2f1c0d9e-8b7a-4c6d-9e5f-4a3b2c1d0e9f',
  occurredAt: new Date('2026-11-21T13:45:10.123Z'),
  subject: { type: 'charge', id: 'c-1' },
  data: { charge_uuid: 'c-1', status: 'paid' },
};

describe('an event definition', () => {
  it('renders the platform envelope with its own operation and data', () => {
    expect(renderWebhookBody(chargePaid, event, 'platform')).toBe(
      '{"operation":"CHARGE","sub_operation":"PAID","operation_id":"2f1c0d9e-8b7a-4c6d-9e5f-4a3b2c1d0e9f","status":"SUCCESS","reason":null,"data":{"charge_uuid":"c-1"}}',
    );
  });

  it('renders the A55 payload as the bare object it declares', () => {
    expect(renderWebhookBody(chargePaid, event, 'a55')).toBe('{"charge_uuid":"c-1","status":"paid"}');
  });

  it('renders the QI envelope around its data, dated when the event occurred', () => {
    const walletLike = defineEvent(
      { type: 'x.changed', label: 'x', subject: 'x', data: z.object({ key: z.string() }) },
      { qi: qiEnvelope({ webhookType: 'baas.invoice.x', data: ({ data }) => ({ x_key: data.key }) }) },
    );
    expect(renderWebhookBody(walletLike, { ...event, data: { key: 'k' } }, 'qi')).toBe(
      '{"webhook_type":"baas.invoice.x","webhook_datetime":"2026-11-21T13:45:10.123Z","data":{"x_key":"k"}}',
    );
  });

  it('has no body in a format it declares no renderer for', () => {
    expect(rendersIn(chargePaid, 'qi')).toBe(false);
    expect(rendersIn(chargePaid, 'a55')).toBe(true);
    expect(() => renderWebhookBody(chargePaid, event, 'qi')).toThrow('charge.paid has no qi payload');
  });
});

// Checked by the type-check (npm test runs tsc), never run: the @ts-expect-error fails it if its line compiles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function rendererReadingAFieldItsSchemaLacks() {
  return defineEvent(
    { type: 'charge.failed', label: 'A charge failed', subject: 'charge', data: z.object({ charge_uuid: z.string() }) },
    // @ts-expect-error: `error_code` is not in the data schema
    { a55: a55Payload({ body: ({ data }) => ({ code: data.error_code }) }) },
  );
}
