import { AppError } from '@/lib/errors/app-error';

/** The payout errors, in A55's dialect and with reference A.7's codes where it names them. */
export const payoutErrors = {
  notFound: () => new AppError({ status: 404, code: 'errors.wallet.payout_not_found', message: 'Payout not found', translation: 'Saque não encontrado' }),
  walletNotFound: () => new AppError({ status: 404, code: 'errors.wallet.not_found', message: 'Wallet not found', translation: 'Carteira não encontrada' }),
  walletNotActive: () =>
    new AppError({
      status: 409,
      code: 'errors.wallet.not_active',
      message: 'Only an active payment wallet pays out',
      translation: 'Apenas uma carteira de pagamentos ativa faz saques',
    }),
  insufficientBalance: (available: string) =>
    new AppError({
      status: 422,
      code: 'errors.payout.insufficient_balance',
      message: `The amount and its fee are more than the wallet's available balance (${available})`,
      translation: `O valor e a tarifa são maiores que o saldo disponível da carteira (${available})`,
    }),
  reserveBreached: (available: string, required: string) =>
    new AppError({
      status: 422,
      code: 'errors.payout.reserve_ratio_breached',
      message: `This wallet holds virtual wallets: a payout must leave at least ${required} (its reserve ratio of their balances) of the ${available} available`,
      translation: `Esta carteira mantém carteiras virtuais: um saque deve deixar ao menos ${required} (a razão de reserva dos saldos delas) dos ${available} disponíveis`,
      details: { available, required_reserve: required },
    }),
  currencyMismatch: (walletCurrency: string) =>
    new AppError({
      status: 422,
      code: 'errors.payout.currency_mismatch',
      message: `The wallet holds ${walletCurrency}; a payout leaves in the wallet's currency`,
      translation: `A carteira é em ${walletCurrency}; o saque sai na moeda da carteira`,
    }),
  railNotAvailable: (type: string, currency: string) =>
    new AppError({
      status: 422,
      code: 'errors.payout.type_not_supported',
      message: `${type} payouts leave only from BRL wallets (this one is ${currency})`,
      translation: `Saques por ${type} saem apenas de carteiras em BRL (esta é em ${currency})`,
    }),
  merchantMismatch: () =>
    new AppError({
      status: 422,
      code: 'errors.payout.merchant_mismatch',
      message: 'merchant_id is not the merchant of this wallet',
      translation: 'merchant_id não é o estabelecimento desta carteira',
    }),
  scheduleInPast: () =>
    new AppError({
      status: 422,
      code: 'errors.payout.schedule_date_in_past',
      message: 'schedule_date is today or a later day (America/Sao_Paulo)',
      translation: 'schedule_date é hoje ou um dia posterior (America/Sao_Paulo)',
    }),
  invalidTransition: (from: string, to: string) =>
    new AppError({
      status: 409,
      code: 'errors.payout.invalid_status',
      message: `A payout that is ${from} cannot become ${to}`,
      translation: `Um saque ${from} não pode passar a ${to}`,
    }),
};
