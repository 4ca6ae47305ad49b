import { describe, expect, it } from 'vitest';
import { WEBHOOK_FORMATS } from '@/db/schema';
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES, eventDefinition } from './catalogue';
import { webhookEventTypeSchema } from './schemas';

describe('the webhook event catalogue', () => {
  it('declares each event type once, with a label and a renderer for at least one format', () => {
    expect(new Set(WEBHOOK_EVENT_TYPES).size).toBe(WEBHOOK_EVENTS.length);
    for (const event of WEBHOOK_EVENTS) {
      expect(event.label.trim(), event.type).not.toBe('');
      expect(Object.keys(event.renderers).length, event.type).toBeGreaterThan(0);
      for (const format of Object.keys(event.renderers)) expect(WEBHOOK_FORMATS).toContain(format);
      expect(eventDefinition(event.type)).toBe(event);
    }
  });

  it('keeps the event types endpoints already subscribe to', () => {
    const subscribed = ['wallet.created', 'wallet.deactivated', 'wallet.kyc_approved', 'wallet.kyc_rejected', 'wallet.limit_changed', 'wallet.reactivated'];
    const charges = ['issued', 'pending', 'pre_captured', 'confirmed', 'paid', 'canceled', 'error', 'refund', 'refunded', 'chargeback_requested', 'chargeback', 'chargeback_reversed'];
    const credit = ['payment_instrument_entry.status_changed', 'wallet_entry.concluded', 'invoice.status_changed', 'invoice_payment.status_changed', 'payout.status_changed'];
    const virtual = ['deposit_received', 'deposit_refused', 'transfer', 'deactivated', 'reactivated'].map((name) => `virtual_wallet.${name}`);
    expect([...WEBHOOK_EVENT_TYPES].sort()).toEqual([...subscribed, ...credit, ...virtual, ...charges.map((status) => `charge.${status}`)].sort());
  });

  it('is what the API accepts as an event type, and its labels are what the reference shows', () => {
    for (const type of WEBHOOK_EVENT_TYPES) expect(webhookEventTypeSchema.safeParse(type).success).toBe(true);
    expect(webhookEventTypeSchema.safeParse('charge.teleported').success).toBe(false);
    const description = webhookEventTypeSchema.meta()?.description ?? '';
    for (const event of WEBHOOK_EVENTS) expect(description).toContain(`\`${event.type}\`: ${event.label}`);
  });
});
