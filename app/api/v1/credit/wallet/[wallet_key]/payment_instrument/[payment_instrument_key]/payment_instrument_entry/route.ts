import { route } from '@/lib/api/serve';
import { listPaymentInstrumentEntriesOperation } from '@/lib/payment-instruments/operations';

// GET /api/v1/credit/wallet/{wallet_key}/payment_instrument/{payment_instrument_key}/payment_instrument_entry – ours: the card's purchases
export const GET = route(listPaymentInstrumentEntriesOperation);
