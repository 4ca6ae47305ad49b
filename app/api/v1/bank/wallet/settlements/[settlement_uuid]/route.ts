import { route } from '@/lib/api/serve';
import { getSettlementOperation } from '@/lib/settlements/operations';

// GET /api/v1/bank/wallet/settlements/{settlement_uuid}/ – our addition: one settlement with its lines (reference A.8's fields)
export const GET = route(getSettlementOperation);
