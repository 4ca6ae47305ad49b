import { AppError } from '@/lib/errors/app-error';

/**
 * The QI error codes of credit-wallet creation, query and limit update, with the seeds' exact
 * descriptions and translations (seeds 002 and 004, reference B.4). WLT000002 and WLT000003 are
 * ours: QI's limit page names no code for an unknown limit key or for a limit type that cannot be
 * changed, so they follow the seed's WLT000001 in shape and numbering.
 */
export const creditErrors = {
  requestControlKeyExists: () =>
    new AppError({
      status: 409,
      code: 'CIN000099',
      title: 'Conflict',
      message: 'Request control key already exists.',
      translation: 'Request control key já existe.',
    }),
  activeWalletExists: () =>
    new AppError({
      status: 409,
      code: 'CIN000043',
      title: 'Conflict',
      message: 'Active wallet found',
      translation: 'Carteira ativa já existe',
    }),
  personNotFound: (personKey: string) =>
    new AppError({
      status: 404,
      code: 'CIN000062',
      title: 'Not Found',
      message: `Person not found by person key: ${personKey}`,
      translation: `Pessoa não encontrada para a person key: ${personKey}`,
    }),
  /** CIN000002, marking each representative's document field (`owner.legal_representatives.1.document_number`). */
  invalidSignerDocument: (fields: readonly string[]) =>
    new AppError({
      status: 400,
      code: 'CIN000002',
      title: 'Bad Request',
      message: 'Invalid signer document number',
      translation: 'Número do documento do signatário inválido',
      problems: fields.map((field) => ({
        field,
        issue: 'Invalid CPF: 11 digits with valid check digits',
        translation: 'CPF inválido: 11 dígitos com dígitos verificadores válidos',
      })),
    }),
  walletNotFound: (walletKey: string) =>
    new AppError({
      status: 404,
      code: 'WLT000001',
      title: 'Wallet Not Found',
      message: `Wallet with key ${walletKey} not found`,
      translation: `Carteira com chave ${walletKey} não encontrada`,
    }),
  walletLimitNotFound: (walletLimitKey: string) =>
    new AppError({
      status: 404,
      code: 'WLT000002',
      title: 'Wallet Limit Not Found',
      message: `Wallet limit with key ${walletLimitKey} not found`,
      translation: `Limite da carteira com chave ${walletLimitKey} não encontrado`,
    }),
  limitTypeNotUpdatable: (limitType: string) =>
    new AppError({
      status: 400,
      code: 'WLT000003',
      title: 'Bad Request',
      message: `Limit type ${limitType} cannot be updated; only postpaid_credit_limit can`,
      translation: `O tipo de limite ${limitType} não pode ser alterado; apenas postpaid_credit_limit pode`,
    }),
  /** Ours, like WLT000002/3: a rejected or deactivated wallet's limits are final. */
  walletLimitsClosed: (status: string) =>
    new AppError({
      status: 409,
      code: 'WLT000004',
      title: 'Conflict',
      message: `The wallet is ${status}; its limits can no longer change`,
      translation: `A carteira está ${status === 'rejected' ? 'rejeitada' : 'desativada'}; seus limites não podem mais ser alterados`,
    }),
  /** Ours, like WLT000002/3: QI's dialect for product_not_contracted (lib/products/quota.ts). */
  productNotContracted: () =>
    new AppError({
      status: 403,
      code: 'WLT000014',
      title: 'Forbidden',
      message: 'Your account has not contracted credit wallets; ask the platform to add them',
      translation: 'Sua conta não contratou carteiras de crédito; peça à plataforma para incluí-las',
      details: { product: 'credit_wallet' },
    }),
  /** Ours: QI's dialect for product_quota_exceeded. Rejected and deactivated wallets do not count. */
  productQuotaExceeded: (quota: number) =>
    new AppError({
      status: 422,
      code: 'WLT000015',
      title: 'Unprocessable Entity',
      message: `Your account's quota of ${quota} credit wallets is used up; ask the platform for more`,
      translation: `A cota de ${quota} carteiras de crédito da sua conta está esgotada; peça mais à plataforma`,
      details: { product: 'credit_wallet', quota },
    }),
  limitBelowUsed: () =>
    new AppError({
      status: 400,
      code: 'CIN000110',
      title: 'Bad Request',
      message: 'New limit amount is less than the used limit',
      translation: 'Novo valor de limite é menor que o limite utilizado',
    }),
};
