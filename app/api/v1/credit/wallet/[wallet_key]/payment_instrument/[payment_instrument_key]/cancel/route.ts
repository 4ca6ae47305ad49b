import { route } from '@/lib/api/serve';
import { cancelPaymentInstrumentOperation } from '@/lib/payment-instruments/operations';

// PATCH /api/v1/credit/wallet/{wallet_key}/payment_instrument/{payment_instrument_key}/cancel – reference B.5: cancel the card
export const PATCH = route(cancelPaymentInstrumentOperation);
