import type { Domain } from '@/lib/domain';
import { paymentInstrumentEvents } from './events';
import { paymentInstrumentOperations } from './operations';

/** Postpaid cards under credit wallets, their purchases and wallet entries. Their routes need the credit scopes, which the credit domain declares. */
export const paymentInstrumentsDomain: Domain = {
  name: 'payment-instruments',
  operations: paymentInstrumentOperations,
  scopes: {},
  queues: [],
  events: paymentInstrumentEvents,
};
