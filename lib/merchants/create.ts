import type { DbOrTx } from '@/db/client';
import { merchant } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { softDescriptorFrom } from './soft-descriptor';

/**
 * Creates a merchant in the caller's account, its soft descriptor derived from its name. Pass the
 * transaction of whatever needs the merchant (a wallet created without `merchant_uuid`), so both
 * commit or neither does.
 */
export async function createMerchant(db: DbOrTx, caller: Caller, input: { name: string }) {
  const [row] = await db
    .insert(merchant)
    .values({ entityUuid: caller.entityUuid, name: input.name, softDescription: softDescriptorFrom(input.name) })
    .returning();
  await recordAudit(db, caller, {
    action: 'merchant.created',
    subjectType: 'merchant',
    subjectId: row!.merchantUuid,
    data: { name: row!.name, soft_description: row!.softDescription },
  });
  return row!;
}
