import type { Domain } from '@/lib/domain';
import { walletEvents } from './events';
import { walletOperations } from './operations';
import { WALLET_SCOPES } from './scopes';

export const walletsDomain: Domain = { name: 'wallets', operations: walletOperations, scopes: WALLET_SCOPES, queues: [], events: walletEvents };
