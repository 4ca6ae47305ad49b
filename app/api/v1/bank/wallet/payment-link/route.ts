import { route } from '@/lib/api/serve';
import { createPaymentLinkOperation } from '@/lib/payment-links/operations';

// POST /api/v1/bank/wallet/payment-link/ – create a payment link (reference A.6)
export const POST = route(createPaymentLinkOperation);
