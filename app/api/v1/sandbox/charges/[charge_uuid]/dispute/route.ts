import { sandboxRoute } from '@/lib/api/sandbox-route';
import { simulateDisputeOperation } from '@/lib/charges/operations';
import { isProductionApp } from '@/lib/env';

// POST /api/v1/sandbox/charges/{charge_uuid}/dispute – open, lose or win a dispute (404 in production)
export const POST = sandboxRoute(simulateDisputeOperation, isProductionApp);
