import type { Domain } from '@/lib/domain';
import { chargeEvents } from './events';
import { chargeOperations } from './operations';

/** Charges: card payments into payment wallets, their lifecycle and money movements (scopes are the wallet domain's `charge:*`). */
export const chargesDomain: Domain = { name: 'charges', operations: chargeOperations, scopes: {}, queues: [], events: chargeEvents };
