import { chargeEvents } from '@/lib/charges/events';
import { creditEvents } from '@/lib/credit/events';
import { invoiceEvents } from '@/lib/invoices/events';
import { kycEvents } from '@/lib/kyc/events';
import { paymentInstrumentEvents } from '@/lib/payment-instruments/events';
import { payoutEvents } from '@/lib/payouts/events';
import { virtualWalletEvents } from '@/lib/virtual-wallets/events';
import { walletEvents } from '@/lib/wallets/events';
import type { AnyEventDefinition } from './define-event';

/**
 * Every event an endpoint can subscribe to, in the order the dashboard lists them and endpoints
 * store their subscriptions. Each domain declares its own in `lib/<domain>/events.ts`; only leaf
 * modules are imported here, so any module (the endpoint service, the shared schemas, the
 * dashboard) may import the catalogue without an import cycle.
 */
export const WEBHOOK_EVENTS = [...walletEvents, ...kycEvents, ...creditEvents, ...paymentInstrumentEvents, ...invoiceEvents, ...chargeEvents, ...payoutEvents, ...virtualWalletEvents] as const satisfies readonly AnyEventDefinition[];

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export type WebhookEventType = WebhookEvent['type'];

export const WEBHOOK_EVENT_TYPES = WEBHOOK_EVENTS.map((event) => event.type) as [WebhookEventType, ...WebhookEventType[]];

const BY_TYPE = new Map<string, AnyEventDefinition>(WEBHOOK_EVENTS.map((event) => [event.type, event]));

/** The definition of a catalogued event type. */
export function eventDefinition(type: WebhookEventType): AnyEventDefinition {
  return BY_TYPE.get(type)!;
}
