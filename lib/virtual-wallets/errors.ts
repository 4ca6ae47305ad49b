import { AppError } from '@/lib/errors/app-error';

/**
 * The virtual wallet errors, in A55's dialect. Another account's (or another wallet-level
 * client's) virtual wallet answers exactly like a missing one.
 */
export const virtualWalletErrors = {
  notFound: () =>
    new AppError({
      status: 404,
      code: 'errors.virtual_wallet.not_found',
      error: 'not_found',
      message: 'Virtual wallet not found',
      translation: 'Carteira virtual não encontrada',
    }),
  holdingNotActive: () =>
    new AppError({
      status: 409,
      code: 'errors.wallet.not_active',
      message: 'Only an active payment wallet takes new virtual wallets and transfers',
      translation: 'Apenas uma carteira de pagamentos ativa recebe novas carteiras virtuais e transferências',
    }),
  currencyNotSupported: (currency: string) =>
    new AppError({
      status: 422,
      code: 'errors.virtual_wallet.currency_not_supported',
      message: `Virtual wallets take Pix deposits, so their holding is a BRL wallet (this one is ${currency})`,
      translation: `Carteiras virtuais recebem depósitos por Pix, então a carteira principal é em BRL (esta é em ${currency})`,
    }),
  referenceTaken: (reference: string) =>
    new AppError({
      status: 409,
      code: 'errors.virtual_wallet.reference_taken',
      message: `This holding already has a virtual wallet for reference ${reference}`,
      translation: `Esta carteira principal já tem uma carteira virtual com a referência ${reference}`,
      details: { reference },
    }),
  notActive: () =>
    new AppError({
      status: 409,
      code: 'errors.virtual_wallet.not_active',
      message: 'The virtual wallet is deactivated: it takes no deposits or transfers in',
      translation: 'A carteira virtual está desativada: não recebe depósitos nem transferências',
    }),
  invalidTransition: (from: string, action: string) =>
    new AppError({
      status: 409,
      code: 'errors.virtual_wallet.invalid_status',
      message: `A virtual wallet that is ${from} cannot ${action}`,
      translation: `Uma carteira virtual ${from} não pode ser alterada assim (${action})`,
    }),
  leverageCeilingExceeded: (headroom: string) =>
    new AppError({
      status: 422,
      code: 'errors.virtual_wallet.leverage_ceiling_exceeded',
      message: `The transfer would take the virtual balances past the holding's funds plus its leverage ceiling; at most ${headroom} can be transferred now`,
      translation: `A transferência levaria os saldos virtuais além dos fundos da carteira principal mais o teto de alavancagem; no máximo ${headroom} pode ser transferido agora`,
      details: { headroom },
    }),
  insufficientVirtualBalance: (balance: string) =>
    new AppError({
      status: 422,
      code: 'errors.virtual_wallet.insufficient_balance',
      message: `The amount is more than the virtual wallet's balance (${balance})`,
      translation: `O valor é maior que o saldo da carteira virtual (${balance})`,
      details: { balance },
    }),
  accountLevelOnly: () =>
    new AppError({
      status: 403,
      code: 'forbidden',
      message: "Wallet-level credentials cannot change a holding's configuration; use account credentials",
      translation: 'Credenciais de carteira não podem alterar a configuração da carteira principal; use credenciais da conta',
    }),
  pixKeyMissing: () =>
    new AppError({
      status: 422,
      code: 'errors.pix.key_not_configured',
      message: 'The account has no Pix key: set one in the dashboard settings before taking Pix deposits',
      translation: 'A conta não tem chave Pix: cadastre uma nas configurações antes de receber depósitos por Pix',
    }),
  depositNotFound: () =>
    new AppError({
      status: 404,
      code: 'errors.virtual_wallet.deposit_not_found',
      error: 'not_found',
      message: 'No virtual wallet has this Pix txid',
      translation: 'Nenhuma carteira virtual tem este txid Pix',
    }),
};
