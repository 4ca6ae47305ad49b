import { AppError } from '@/lib/errors/app-error';
import type { PaymentLinkStatus } from '@/db/schema';

const MESSAGES: Record<Exclude<PaymentLinkStatus, 'active'>, [string, string]> = {
  inactive: ['This payment link is no longer available', 'Este link de pagamento não está mais disponível'],
  expired: ['This payment link has expired', 'Este link de pagamento expirou'],
  completed: ['This payment link was already paid', 'Este link de pagamento já foi pago'],
};

/** The payment link family's errors, A55 style; a foreign link answers exactly like a missing one. */
export const paymentLinkErrors = {
  notFound: () =>
    new AppError({ status: 404, code: 'errors.payment_link.not_found', error: 'not_found', message: 'Payment link not found', translation: 'Link de pagamento não encontrado' }),
  /** The link takes no payment; `chargeUuid` names the payment refused, for the charge routes' dialect. */
  unavailable: (status: Exclude<PaymentLinkStatus, 'active'>, chargeUuid?: string) =>
    new AppError({
      status: 409,
      code: `errors.payment_link.${status}`,
      error: 'conflict',
      message: MESSAGES[status][0],
      translation: MESSAGES[status][1],
      details: { payment_link_status: status, ...(chargeUuid ? { charge_uuid: chargeUuid, source: 'charge' } : {}) },
    }),
  methodNotOffered: (method: string) =>
    new AppError({
      status: 422,
      code: 'errors.payment_link.method_not_offered',
      error: 'validation_error',
      message: `This link does not take ${method}`,
      translation: `Este link não aceita ${method}`,
    }),
  installments: (max: number) =>
    new AppError({
      status: 422,
      code: 'errors.payment_link.installments',
      error: 'validation_error',
      message: `Choose from 1 to ${max} installments that divide the amount exactly`,
      translation: `Escolha de 1 a ${max} parcelas que dividam o valor exatamente`,
    }),
  addressRequired: () =>
    new AppError({
      status: 422,
      code: 'errors.payer.address_required',
      error: 'validation_error',
      message: 'A boleto needs the payer address',
      translation: 'Um boleto precisa do endereço do pagador',
      problems: [{ field: 'payer_address', issue: 'A boleto needs the payer address', translation: 'Um boleto precisa do endereço do pagador' }],
    }),
  currencyMismatch: (currency: string, walletCurrency: string) =>
    new AppError({
      status: 422,
      code: 'CURRENCY_NOT_SUPPORTED',
      error: 'validation_error',
      message: `The link is in ${currency} but the wallet holds ${walletCurrency}`,
      translation: `O link está em ${currency}, mas a carteira é em ${walletCurrency}`,
    }),
  methodCurrency: () =>
    new AppError({
      status: 422,
      code: 'CURRENCY_NOT_SUPPORTED',
      error: 'validation_error',
      message: 'Pix and boleto are taken in BRL only',
      translation: 'Pix e boleto são aceitos apenas em BRL',
    }),
};
