import { AppError } from '@/lib/errors/app-error';

/**
 * The wallet family's errors in A55 terms. Anything the caller may not see (another account's
 * entity, merchant or wallet, or another wallet for a wallet-level token) answers exactly like
 * something that does not exist: 404 with the same body, so ids cannot be probed.
 */
export const walletErrors = {
  alreadyExists: () =>
    new AppError({
      status: 409,
      code: 'errors.wallet.already_exists',
      error: 'validation_error',
      message: 'Wallet already exists for this merchant and currency',
      translation: 'Já existe uma carteira para este lojista e moeda',
    }),
  notFound: () =>
    new AppError({
      status: 404,
      code: 'errors.wallet.not_found',
      error: 'not_found',
      message: 'Wallet not found',
      translation: 'Carteira não encontrada',
    }),
  entityNotFound: () =>
    new AppError({
      status: 404,
      code: 'errors.entity.not_found',
      error: 'not_found',
      message: 'Entity not found',
      translation: 'Entidade não encontrada',
    }),
  merchantNotFound: () =>
    new AppError({
      status: 404,
      code: 'errors.merchant.not_found',
      error: 'not_found',
      message: 'Merchant not found',
      translation: 'Lojista não encontrado',
    }),
  ambiguousLookup: (matches: number) =>
    new AppError({
      status: 409,
      code: 'errors.wallet.ambiguous_lookup',
      error: 'validation_error',
      message: `${matches} wallets match; add currency or look up by wallet_uuid (GET /api/v1/bank/wallets/ lists them)`,
      translation: `${matches} carteiras correspondem; informe currency ou busque por wallet_uuid`,
      details: { matches },
    }),
  accountLevelOnly: () =>
    new AppError({
      status: 403,
      code: 'forbidden',
      message: 'Wallet-level credentials cannot create, deactivate or reactivate wallets; use account credentials',
      translation: 'Credenciais de carteira não podem criar, desativar ou reativar carteiras; use credenciais da conta',
    }),
  invalidTransition: (from: string, action: 'deactivate' | 'reactivate') =>
    new AppError({
      status: 409,
      code: 'errors.wallet.invalid_status',
      error: 'validation_error',
      message: `A wallet in status ${from} cannot be ${action}d`,
      translation: `Uma carteira com status ${from} não pode ser ${action === 'deactivate' ? 'desativada' : 'reativada'}`,
      details: { status: from },
    }),
  notActive: (status: string) =>
    new AppError({
      status: 409,
      code: 'errors.wallet.not_active',
      error: 'validation_error',
      message: status === 'deactivated' ? 'Wallet is deactivated and accepts no new charges' : `Wallet is ${status} and accepts no charges`,
      translation:
        status === 'deactivated' ? 'A carteira está desativada e não aceita novas cobranças' : `A carteira está com status ${status} e não aceita cobranças`,
      details: { status },
    }),
};
