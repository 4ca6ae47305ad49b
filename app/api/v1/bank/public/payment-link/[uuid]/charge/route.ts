import { route } from '@/lib/api/serve';
import { startLinkPaymentOperation } from '@/lib/payment-links/operations';

// POST /api/v1/bank/public/payment-link/{uuid}/charge – the checkout starts a payment of a link (no token)
export const POST = route(startLinkPaymentOperation);
