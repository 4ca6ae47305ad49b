import { sandboxRoute } from '@/lib/api/sandbox-route';
import { simulateExpiryOperation } from '@/lib/charges/operations';
import { isProductionApp } from '@/lib/env';

// POST /api/v1/sandbox/charges/{charge_uuid}/expire – an unpaid Pix or boleto expires now (404 in production)
export const POST = sandboxRoute(simulateExpiryOperation, isProductionApp);
