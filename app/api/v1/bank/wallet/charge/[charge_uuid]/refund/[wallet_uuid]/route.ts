import { route } from '@/lib/api/serve';
import { refundChargeOperation } from '@/lib/charges/operations';

// POST /api/v1/bank/wallet/charge/{charge_uuid}/refund/{wallet_uuid}/ – refund a charge, in full or in part
export const POST = route(refundChargeOperation);
