import { route } from '@/lib/api/serve';
import { createPaymentInstrumentOperation, listPaymentInstrumentsOperation } from '@/lib/payment-instruments/operations';

// POST /api/v1/credit/wallet/{wallet_key}/payment_instrument – reference B.5: issue a postpaid card
export const POST = route(createPaymentInstrumentOperation);
// GET – ours: the wallet's cards
export const GET = route(listPaymentInstrumentsOperation);
