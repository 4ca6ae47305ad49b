import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from './define-event';
import { a55Payload } from './payloads';
import { assertSubscribable, canonicalEvents, eventsWithoutPayload } from './subscriptions';

const chargePaid = defineEvent(
  { type: 'charge.paid', label: 'A charge was paid', subject: 'charge', data: z.object({ charge_uuid: z.string() }) },
  { a55: a55Payload({ body: ({ data }) => ({ charge_uuid: data.charge_uuid }) }) },
);

describe('endpoint subscriptions', () => {
  it('stores events once each, in the catalogue order', () => {
    expect(canonicalEvents(['wallet.kyc_rejected', 'wallet.created', 'wallet.created'])).toEqual(['wallet.created', 'wallet.kyc_rejected']);
  });

  it('names the subscribed events a format has no payload for', () => {
    expect(eventsWithoutPayload(['charge.paid'], 'a55', [chargePaid])).toEqual([]);
    expect(eventsWithoutPayload(['charge.paid'], 'qi', [chargePaid])).toEqual(['charge.paid']);
    expect(eventsWithoutPayload(['wallet.created', 'wallet.kyc_approved'], 'qi')).toEqual([]);
    expect(eventsWithoutPayload(['wallet.created', 'wallet.kyc_approved'], 'a55')).toEqual(['wallet.created', 'wallet.kyc_approved']);
  });

  it('refuses, on the events field, a subscription its format cannot carry', () => {
    expect(() => assertSubscribable(['wallet.created', 'wallet.limit_changed'], 'platform')).not.toThrow();
    expect(() => assertSubscribable(['wallet.created'], 'a55')).toThrow(
      expect.objectContaining({
        status: 400,
        code: 'validation_error',
        problems: [{ field: 'events', issue: 'Not sent in the a55 format: wallet.created' }],
      }),
    );
  });
});
