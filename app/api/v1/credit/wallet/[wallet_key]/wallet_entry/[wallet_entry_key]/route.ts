import { route } from '@/lib/api/serve';
import { getWalletEntryOperation } from '@/lib/payment-instruments/operations';

// GET /api/v1/credit/wallet/{wallet_key}/wallet_entry/{wallet_entry_key} – reference B.6: a wallet entry
export const GET = route(getWalletEntryOperation);
