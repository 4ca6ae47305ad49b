import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accountProduct, PRODUCTS, type Product } from '@/db/schema';

export interface ContractedProduct {
  product: Product;
  /** How many may be in use at once; null: no limit. */
  quota: number | null;
}

/** Every product, each with its quota: what an account onboarded without a contract gets. */
export const EVERY_PRODUCT: ContractedProduct[] = PRODUCTS.map((product) => ({ product, quota: null }));

/** The account's contracted products in catalogue order; a product missing from the list is not contracted. */
export async function contractedProducts(db: DbOrTx, entityUuid: string): Promise<ContractedProduct[]> {
  const rows = await db.select({ product: accountProduct.product, quota: accountProduct.quota }).from(accountProduct).where(eq(accountProduct.entityUuid, entityUuid));
  return PRODUCTS.flatMap((product) => rows.filter((row) => row.product === product));
}

/** Replaces the account's contract: products left out are no longer contracted (what is in use stays). */
export async function writeContract(db: DbOrTx, entityUuid: string, products: readonly ContractedProduct[]): Promise<void> {
  await db.delete(accountProduct).where(eq(accountProduct.entityUuid, entityUuid));
  if (products.length) await db.insert(accountProduct).values(products.map(({ product, quota }) => ({ entityUuid, product, quota })));
}

/** The product's contract row, locked until the transaction ends, so two creations count one at a time. */
export async function lockContract(db: DbOrTx, entityUuid: string, product: Product): Promise<ContractedProduct | null> {
  const [row] = await db
    .select({ product: accountProduct.product, quota: accountProduct.quota })
    .from(accountProduct)
    .where(and(eq(accountProduct.entityUuid, entityUuid), eq(accountProduct.product, product)))
    .for('update');
  return row ?? null;
}
