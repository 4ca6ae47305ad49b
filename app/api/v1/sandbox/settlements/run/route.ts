import { sandboxRoute } from '@/lib/api/sandbox-route';
import { isProductionApp } from '@/lib/env';
import { settleNowOperation } from '@/lib/settlements/operations';

// POST /api/v1/sandbox/settlements/run – settle the account's awaiting charges now (404 in production)
export const POST = sandboxRoute(settleNowOperation, isProductionApp);
