import { route } from '@/lib/api/serve';
import { updateCreditWalletLimitOperation } from '@/lib/credit/operations';

// PATCH /api/v1/credit/wallet/{wallet_key}/wallet_limit/{wallet_limit_key} – reference B.4: set a limit's amount
export const PATCH = route(updateCreditWalletLimitOperation);
