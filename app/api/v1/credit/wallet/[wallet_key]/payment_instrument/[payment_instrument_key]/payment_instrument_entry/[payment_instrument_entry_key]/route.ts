import { route } from '@/lib/api/serve';
import { getPaymentInstrumentEntryOperation } from '@/lib/payment-instruments/operations';

// GET …/payment_instrument/{payment_instrument_key}/payment_instrument_entry/{payment_instrument_entry_key} – reference B.6: a purchase
export const GET = route(getPaymentInstrumentEntryOperation);
