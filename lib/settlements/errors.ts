import { AppError } from '@/lib/errors/app-error';

/** The settlement family's errors, A55 style; a foreign settlement answers exactly like a missing one. */
export const settlementErrors = {
  notFound: () =>
    new AppError({ status: 404, code: 'errors.settlement.not_found', error: 'not_found', message: 'Settlement not found', translation: 'Liquidação não encontrada' }),
  walletNotFound: () => new AppError({ status: 404, code: 'errors.wallet.not_found', error: 'not_found', message: 'Wallet not found', translation: 'Carteira não encontrada' }),
};
