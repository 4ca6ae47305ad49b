import { route } from '@/lib/api/serve';
import { deactivatePaymentLinkOperation } from '@/lib/payment-links/operations';

// POST /api/v1/bank/wallet/payment-link/{payment_link_uuid}/deactivate/ – switch a payment link off
export const POST = route(deactivatePaymentLinkOperation);
