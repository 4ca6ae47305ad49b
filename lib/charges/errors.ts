import { AppError } from '@/lib/errors/app-error';

/**
 * The charge family's errors, with reference A.10's codes where A55 has one. They leave in the
 * charge dialect `{charge_uuid, status: "error", message: [{code, source, description}]}`, so each
 * names the charge it is about (when there is one) and whether the acquirer or we refused.
 */
function chargeError(init: { status: number; code: string; message: string; translation: string; chargeUuid?: string | null; source?: 'acquirer' | 'charge' }) {
  return new AppError({
    status: init.status,
    code: init.code,
    message: init.message,
    translation: init.translation,
    details: { charge_uuid: init.chargeUuid ?? null, source: init.source ?? 'charge' },
  });
}

export const chargeErrors = {
  notFound: () =>
    chargeError({ status: 404, code: 'errors.charge.not_found', message: 'Charge not found', translation: 'Cobrança não encontrada' }),
  walletNotFound: () =>
    chargeError({ status: 404, code: 'errors.wallet.not_found', message: 'Wallet not found', translation: 'Carteira não encontrada' }),
  walletNotActive: () =>
    chargeError({
      status: 409,
      code: 'errors.wallet.not_active',
      message: 'The wallet is not active and takes no charges',
      translation: 'A carteira não está ativa e não recebe cobranças',
    }),
  merchantMismatch: () =>
    chargeError({
      status: 422,
      code: 'errors.merchant.not_found',
      message: "merchant_id is not the wallet's merchant",
      translation: 'merchant_id não é o lojista da carteira',
    }),
  methodNotSupported: (method: string) =>
    chargeError({
      status: 422,
      code: 'PAYMENT_METHOD_NOT_SUPPORTED',
      message: `type_charge ${method} is not supported; use credit_card, debit_card, pix or boleto`,
      translation: `type_charge ${method} não é suportado; use credit_card, debit_card, pix ou boleto`,
    }),
  currencyNotSupported: (currency: string, walletCurrency: string) =>
    chargeError({
      status: 422,
      code: 'CURRENCY_NOT_SUPPORTED',
      message: `The charge is in ${currency} but the wallet holds ${walletCurrency}`,
      translation: `A cobrança está em ${currency}, mas a carteira é em ${walletCurrency}`,
    }),
  amountInvalid: (message: string, chargeUuid?: string) =>
    chargeError({ status: 422, code: 'AMOUNT_INVALID', message, translation: `Valor inválido: ${message}`, chargeUuid }),
  taxIdInvalid: () =>
    chargeError({
      status: 422,
      code: 'errors.payer.tax_id_invalid',
      message: 'payer_tax_id is not a valid CPF or CNPJ',
      translation: 'payer_tax_id não é um CPF ou CNPJ válido',
    }),
  pixKeyMissing: () =>
    chargeError({
      status: 422,
      code: 'errors.pix.key_not_configured',
      message: 'The account has no Pix key: set one in the dashboard settings before charging by Pix',
      translation: 'A conta não tem chave Pix: cadastre uma nas configurações antes de cobrar por Pix',
    }),
  dueDateInPast: () =>
    chargeError({ status: 422, code: 'errors.charge.due_date_in_past', message: 'due_date is in the past', translation: 'due_date está no passado' }),
  singlePayment: (method: string) =>
    chargeError({
      status: 422,
      code: 'INSTALLMENTS_NOT_ALLOWED',
      message: `A ${method} charge is paid at once: installment_count must be 1`,
      translation: `Uma cobrança ${method} é paga de uma vez: installment_count deve ser 1`,
    }),
  cardFieldsNotAllowed: (method: string) =>
    chargeError({
      status: 422,
      code: 'errors.charge.card_fields_not_allowed',
      message: `Card fields are for card charges, not ${method}`,
      translation: `Os campos de cartão são para cobranças com cartão, não ${method}`,
    }),
  expired: (chargeUuid: string) =>
    chargeError({ status: 409, code: 'errors.charge.expired', message: 'The charge expired', translation: 'A cobrança expirou', chargeUuid }),
  paymentAmountMismatch: (chargeUuid: string, expected: string) =>
    chargeError({
      status: 422,
      code: 'AMOUNT_INVALID',
      message: `A Pix is paid for its exact amount (${expected})`,
      translation: `Um Pix é pago pelo valor exato (${expected})`,
      chargeUuid,
    }),
  taxIdMismatch: (chargeUuid: string) =>
    chargeError({
      status: 422,
      code: 'errors.payer.tax_id_mismatch',
      message: "payer_tax_id is not the charge's payer",
      translation: 'payer_tax_id não é o do pagador da cobrança',
      chargeUuid,
    }),
  installmentsNotAllowed: (brand: string, max: number) =>
    chargeError({
      status: 422,
      code: 'INSTALLMENTS_NOT_ALLOWED',
      message: `${brand} cards take at most ${max} installment${max === 1 ? '' : 's'}`,
      translation: `Cartões ${brand} aceitam no máximo ${max} parcela${max === 1 ? '' : 's'}`,
    }),
  debitInstallments: () =>
    chargeError({
      status: 422,
      code: 'INSTALLMENTS_NOT_ALLOWED',
      message: 'A debit card charge is paid in one installment',
      translation: 'Uma cobrança no débito é paga em uma parcela',
    }),
  /** The card itself is bad (Luhn, expiry, CVV, brand): nothing reached the acquirer. */
  card: (code: string, message: string, translation: string, chargeUuid: string | null) =>
    chargeError({ status: 422, code, message, translation, chargeUuid }),
  invalidTransition: (chargeUuid: string, action: string, status: string) =>
    chargeError({
      status: 409,
      code: 'errors.charge.invalid_status',
      message: `A charge in status ${status} cannot be ${action}`,
      translation: `Uma cobrança com status ${status} não pode ser ${action === 'paid' ? 'paga' : action}`,
      chargeUuid,
    }),
  cancelNotAllowed: (chargeUuid: string, status: string) =>
    chargeError({
      status: 400,
      code: 'CANCEL_NOT_ALLOWED',
      message: `A charge in status ${status} cannot be canceled; refund it instead`,
      translation: `Uma cobrança com status ${status} não pode ser cancelada; estorne-a`,
      chargeUuid,
    }),
  refundExceeds: (chargeUuid: string, remaining: string) =>
    chargeError({
      status: 422,
      code: 'AMOUNT_INVALID',
      message: `The refund exceeds what remains refundable (${remaining})`,
      translation: `O estorno excede o valor ainda estornável (${remaining})`,
      chargeUuid,
    }),
  captureExceeds: (chargeUuid: string, authorized: string) =>
    chargeError({
      status: 422,
      code: 'AMOUNT_INVALID',
      message: `The capture exceeds the authorized amount (${authorized})`,
      translation: `A captura excede o valor autorizado (${authorized})`,
      chargeUuid,
    }),
  insufficientFunds: (chargeUuid: string) =>
    chargeError({
      status: 422,
      code: 'INSUFFICIENT_FUNDS',
      message: 'The wallet does not hold enough to refund this amount',
      translation: 'A carteira não tem saldo suficiente para estornar este valor',
      chargeUuid,
    }),
  acquirerRefused: (chargeUuid: string, code: string, message: string) =>
    chargeError({ status: 422, code, message, translation: message, chargeUuid, source: 'acquirer' }),
  /** A purchase with one of the platform's own cards has no card network to dispute it through. */
  disputeOnUs: (chargeUuid: string) =>
    chargeError({
      status: 409,
      code: 'errors.charge.dispute_on_us',
      message: 'A purchase with a platform-issued card is disputed with the card issuer; refund it instead',
      translation: 'Uma compra com cartão emitido pela plataforma é contestada com o emissor; estorne-a',
      chargeUuid,
    }),
  productionSandbox: () =>
    chargeError({ status: 404, code: 'not_found', message: 'Sandbox simulation is not available in production', translation: 'A simulação não está disponível em produção' }),
};
