import { route } from '@/lib/api/serve';
import { createWalletEntryOperation, listWalletEntriesOperation } from '@/lib/payment-instruments/operations';

// POST /api/v1/credit/wallet/{wallet_key}/wallet_entry – ours: a payroll withdrawal
export const POST = route(createWalletEntryOperation);
// GET – ours: the wallet's entries
export const GET = route(listWalletEntriesOperation);
