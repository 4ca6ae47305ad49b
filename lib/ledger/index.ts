import type { Domain } from '@/lib/domain';
import { ledgerOperations } from './operations';

/** The ledger's read side on the API: balances, statements, integrity. Its routes need `wallet:read`, which the wallets domain declares. */
export const ledgerDomain: Domain = { name: 'ledger', operations: ledgerOperations, scopes: {}, queues: [], events: [] };
