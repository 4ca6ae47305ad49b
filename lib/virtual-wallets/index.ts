import type { Domain } from '@/lib/domain';
import { virtualWalletEvents } from './events';
import { virtualWalletOperations } from './operations';

/**
 * Holding and virtual wallets (DESIGN §2.2, seed 003 in fiat). Its routes need `wallet:read` and
 * `wallet:write`, which the wallets domain declares: a virtual wallet is part of its holding.
 */
export const virtualWalletsDomain: Domain = { name: 'virtual-wallets', operations: virtualWalletOperations, scopes: {}, queues: [], events: virtualWalletEvents };
