import type { DbOrTx } from '@/db/client';
import { account } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { configurationsOf, type AccountConfigurations } from './configurations';
import { pricedMerchants, type PricedMerchant } from './pricing';
import { contractWithUsage, type ProductUsage } from './products';

/** What the platform set up for an account, as its own members read it on the settings page. */
export interface AccountConfiguration {
  configurations: AccountConfigurations;
  products: ProductUsage[];
  merchants: PricedMerchant[];
}

/** The caller's own account's configurations, contract (with usage) and prices: read only, scoped to the caller's account. */
export async function readAccountConfiguration(db: DbOrTx, caller: Pick<Caller, 'entityUuid' | 'walletUuid'>): Promise<AccountConfiguration> {
  const [row] = await db.select().from(account).where(ownedBy(account, caller));
  if (!row) throw new Error(`the caller's account ${caller.entityUuid} does not exist`);
  const [products, merchants] = await Promise.all([contractWithUsage(db, row.entityUuid), pricedMerchants(db, row.entityUuid)]);
  return { configurations: configurationsOf(row), products, merchants };
}
