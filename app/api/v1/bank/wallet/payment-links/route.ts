import { route } from '@/lib/api/serve';
import { listPaymentLinksOperation } from '@/lib/payment-links/operations';

// GET /api/v1/bank/wallet/payment-links/ – list payment links, newest first
export const GET = route(listPaymentLinksOperation);
