import type { DbOrTx } from '@/db/client';
import type { Product } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { contractedProducts, writeContract, type ContractedProduct } from '@/lib/products/contracted';
import { walletsInPool } from '@/lib/wallets/pool';
import { activeVirtualWallets } from '@/lib/virtual-wallets/queries';
import type { UpdateProductsInput } from './schemas';
import { lockManagedAccount, operatorActor } from './target';

/** A contracted product with how many of it the account has in use now. */
export interface ProductUsage extends ContractedProduct {
  inUse: number;
}

/**
 * How many of each product the account has in use, counted as creation counts them against the
 * quota (a rejected or deactivated wallet, or a deactivated virtual wallet, has left the pool).
 */
async function productUsage(db: DbOrTx, entityUuid: string): Promise<Record<Product, number>> {
  const [payment, credit, virtual] = await Promise.all([walletsInPool(db, entityUuid, 'payment'), walletsInPool(db, entityUuid, 'credit'), activeVirtualWallets(db, entityUuid)]);
  return { payment_wallet: payment, credit_wallet: credit, virtual_wallet: virtual };
}

/** The account's contract, each product with its usage: what the detail page and the settings page show. */
export async function contractWithUsage(db: DbOrTx, entityUuid: string): Promise<ProductUsage[]> {
  const [contract, usage] = await Promise.all([contractedProducts(db, entityUuid), productUsage(db, entityUuid)]);
  return contract.map((product) => ({ ...product, inUse: usage[product.product] }));
}

/**
 * Replaces a merchant account's contract. A product dropped, or a quota lowered below what is in
 * use, stops new ones being made; what exists stays (nothing is deactivated behind the merchant's back).
 */
export async function updateProducts(db: DbOrTx, operator: Operator, entityUuid: string, input: UpdateProductsInput): Promise<ProductUsage[]> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    const before = await contractedProducts(tx, target.entityUuid);
    await writeContract(tx, target.entityUuid, input.products);
    await recordAudit(tx, operatorActor(operator, target.entityUuid), {
      action: 'account.products_changed',
      subjectType: 'account',
      subjectId: target.entityUuid,
      data: { from: before, to: input.products },
    });
    return contractWithUsage(tx, target.entityUuid);
  });
}
