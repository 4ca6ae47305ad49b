import type { DbOrTx } from '@/db/client';
import { merchant } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit, type Actor } from '@/lib/audit/record';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { softDescriptorFrom } from '@/lib/merchants/soft-descriptor';
import { managementErrors } from './errors';
import type { NewMerchantInput } from './schemas';
import { lockManagedAccount, operatorActor } from './target';

export type MerchantRow = typeof merchant.$inferSelect;

/**
 * Creates one merchant of the account (its soft descriptor derived from its name unless given)
 * and records it. `field` names the merchant's `merchant_uuid` in the caller's body, for the 409
 * when that id is taken.
 */
export async function insertMerchant(tx: DbOrTx, actor: Actor, input: NewMerchantInput, field: string): Promise<MerchantRow> {
  const [row] = await tx
    .insert(merchant)
    .values({
      ...(input.merchant_uuid ? { merchantUuid: input.merchant_uuid } : {}),
      entityUuid: actor.entityUuid,
      name: input.name,
      softDescription: input.soft_descriptor ?? softDescriptorFrom(input.name),
    })
    .returning()
    .catch((error: unknown) => {
      throw isUniqueViolation(error, 'merchant_pkey') ? managementErrors.merchantTaken(field) : error;
    });
  await recordAudit(tx, actor, { action: 'merchant.created', subjectType: 'merchant', subjectId: row!.merchantUuid, data: { name: row!.name, soft_description: row!.softDescription } });
  return row!;
}

/** Another merchant for a merchant account (a new store or brand under the same contract). */
export async function addMerchant(db: DbOrTx, operator: Operator, entityUuid: string, input: NewMerchantInput): Promise<MerchantRow> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    return insertMerchant(tx, operatorActor(operator, target.entityUuid), input, 'merchant_uuid');
  });
}
