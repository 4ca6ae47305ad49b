import type { Domain } from '@/lib/domain';
import { chargeEvents } from './events';
import { registerChargeExpiryWorker } from './expiry';
import { chargeOperations } from './operations';
import { chargeExpiryQueue } from './queues';

/** Charges: card payments into payment wallets, their lifecycle and money movements (scopes are the wallet domain's `charge:*`). */
export const chargesDomain: Domain = { name: 'charges', operations: chargeOperations, scopes: {}, queues: [{ queue: chargeExpiryQueue, start: (boss, { db }) => registerChargeExpiryWorker(boss, db) }], events: chargeEvents };
