import type { Domain } from '@/lib/domain';
import { paymentLinkOperations } from './operations';

/** Payment links and their hosted checkout; each payment is a charge (scopes are the wallet domain's `charge:*`). */
export const paymentLinksDomain: Domain = { name: 'payment-links', operations: paymentLinkOperations, scopes: {}, queues: [], events: [] };
