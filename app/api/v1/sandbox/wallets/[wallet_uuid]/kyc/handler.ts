import { sandboxRoute } from '@/lib/api/sandbox-route';
import { simulateKycDecisionOperation } from '@/lib/kyc/operations';

/** `POST /api/v1/sandbox/wallets/{wallet_uuid}/kyc`: 404 in production (see sandboxRoute). */
export function sandboxKycRoute(isProduction: () => boolean) {
  return sandboxRoute(simulateKycDecisionOperation, isProduction);
}
