import { sandboxRoute } from '@/lib/api/sandbox-route';
import { isProductionApp } from '@/lib/env';
import { simulateVirtualDepositOperation } from '@/lib/virtual-wallets/operations';

// POST /api/v1/sandbox/virtual-wallets/{virtual_wallet_uuid}/deposit – a payer pays a virtual wallet's BR Code (404 in production)
export const POST = sandboxRoute(simulateVirtualDepositOperation, isProductionApp);
