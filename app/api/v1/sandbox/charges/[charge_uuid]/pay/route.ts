import { sandboxRoute } from '@/lib/api/sandbox-route';
import { simulatePaymentOperation } from '@/lib/charges/operations';
import { isProductionApp } from '@/lib/env';

// POST /api/v1/sandbox/charges/{charge_uuid}/pay – the payer pays a Pix or boleto (404 in production)
export const POST = sandboxRoute(simulatePaymentOperation, isProductionApp);
