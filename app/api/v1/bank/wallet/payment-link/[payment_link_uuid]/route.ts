import { route } from '@/lib/api/serve';
import { getPaymentLinkOperation } from '@/lib/payment-links/operations';

// GET /api/v1/bank/wallet/payment-link/{payment_link_uuid}/ – one payment link
export const GET = route(getPaymentLinkOperation);
