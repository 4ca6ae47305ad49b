import { declareQueue } from '@/lib/jobs/declare-queue';

/**
 * One job per Pix or boleto, due when it expires: it cancels the charge if it is still unpaid. A
 * job whose worker died runs again; the cancel is idempotent (it only moves an `issued` charge).
 */
export const chargeExpiryQueue = declareQueue('charge-expiry', { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 });
