import { route } from '@/lib/api/serve';
import { changePaymentInstrumentLimitOperation, getPaymentInstrumentOperation } from '@/lib/payment-instruments/operations';

// PATCH /api/v1/credit/wallet/{wallet_key}/payment_instrument/{payment_instrument_key} – reference B.5: change the card's limit
export const PATCH = route(changePaymentInstrumentLimitOperation);
// GET – ours: the card
export const GET = route(getPaymentInstrumentOperation);
