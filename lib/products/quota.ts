import type { DbOrTx } from '@/db/client';
import type { Product } from '@/db/schema';
import { AppError } from '@/lib/errors/app-error';
import { lockContract } from './contracted';

/**
 * Checks, inside the transaction that will create one more of the product, that the account has
 * contracted it and has room under its quota. The contract row stays locked until that
 * transaction ends, so racing creations are counted one after the other and the quota holds.
 * `inUse` counts what already occupies the pool (a deactivated virtual wallet does not).
 */
export async function claimProductSlot(db: DbOrTx, entityUuid: string, product: Product, inUse: () => Promise<number>): Promise<void> {
  const contract = await lockContract(db, entityUuid, product);
  if (!contract) throw productErrors.notContracted(product);
  if (contract.quota === null) return;
  const used = await inUse();
  if (used >= contract.quota) throw productErrors.quotaExceeded(product, contract.quota);
}

const LABELS: Record<Product, [string, string]> = {
  payment_wallet: ['payment wallets', 'carteiras de pagamento'],
  credit_wallet: ['credit wallets', 'carteiras de crédito'],
  virtual_wallet: ['virtual wallets', 'carteiras virtuais'],
};

export const productErrors = {
  notContracted: (product: Product) =>
    new AppError({
      status: 403,
      code: 'product_not_contracted',
      message: `Your account has not contracted ${LABELS[product][0]}; ask the platform to add them`,
      translation: `Sua conta não contratou ${LABELS[product][1]}; peça à plataforma para incluí-las`,
      details: { product },
    }),
  quotaExceeded: (product: Product, quota: number) =>
    new AppError({
      status: 422,
      code: 'product_quota_exceeded',
      message: `Your account's quota of ${quota} ${LABELS[product][0]} is used up; ask the platform for more`,
      translation: `A cota de ${quota} ${LABELS[product][1]} da sua conta está esgotada; peça mais à plataforma`,
      details: { product, quota },
    }),
};
