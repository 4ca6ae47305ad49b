import { AppError } from '@/lib/errors/app-error';

/**
 * The QI codes of payment instruments (reference B.5) with their descriptions, and ours where B.5
 * names none: a missing instrument or entry (WLT000005/6, after the WLT00000x codes of seed 004),
 * a card on a wallet that cannot spend (WLT000007) and a withdrawal beyond the payroll limit
 * (WLT000008). CIN000110 and CIN000099 are the credit wallets' own (`creditErrors`), thrown as they are.
 */
export const instrumentErrors = {
  aboveWalletLimit: () =>
    new AppError({
      status: 400,
      code: 'CIN000074',
      title: 'Bad Request',
      message: 'Payment instrument limit amount is greater than wallet limit amount',
      translation: 'Limite do instrumento de pagamento é maior que o limite da carteira',
    }),
  notActive: (status: string) =>
    new AppError({
      status: 400,
      code: 'CIN000081',
      title: 'Bad Request',
      message: `Payment instrument is not active (${status})`,
      translation: `Instrumento de pagamento não está ativo (${status === 'canceled' ? 'cancelado' : status})`,
    }),
  notFound: (key: string) =>
    new AppError({
      status: 404,
      code: 'WLT000005',
      title: 'Payment Instrument Not Found',
      message: `Payment instrument with key ${key} not found`,
      translation: `Instrumento de pagamento com chave ${key} não encontrado`,
    }),
  entryNotFound: (key: string) =>
    new AppError({
      status: 404,
      code: 'WLT000006',
      title: 'Entry Not Found',
      message: `Entry with key ${key} not found`,
      translation: `Lançamento com chave ${key} não encontrado`,
    }),
  walletCannotSpend: (status: string) =>
    new AppError({
      status: 409,
      code: 'WLT000007',
      title: 'Conflict',
      message: `The wallet is ${status}; only an active wallet takes new cards and entries`,
      translation: `A carteira está ${status}; apenas uma carteira ativa recebe novos cartões e lançamentos`,
    }),
  payrollWithdrawRefused: (reason: 'not_payroll' | 'above_limit') =>
    new AppError({
      status: 400,
      code: 'WLT000008',
      title: 'Bad Request',
      message: reason === 'not_payroll' ? 'Only payroll wallets take payroll withdrawals' : 'The amount is above what is left of the payroll withdrawal limit',
      translation:
        reason === 'not_payroll'
          ? 'Apenas carteiras consignadas aceitam saques consignados'
          : 'O valor é maior que o restante do limite de saque consignado',
    }),
};
