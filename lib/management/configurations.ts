import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { validatePixKey } from '@/lib/pix/br-code';
import type { ConfigurationsInput } from './schemas';
import { lockManagedAccount, operatorActor, type AccountRow } from './target';

/** An account's configurations (seed 003 "Configurations"): its Pix key and city, and where its payouts go by default. */
export interface AccountConfigurations {
  pixKey: string | null;
  pixCity: string | null;
  payoutDestination: Record<string, unknown> | null;
}

export function configurationsOf(row: Pick<AccountRow, 'pixKey' | 'pixCity' | 'payoutDestination'>): AccountConfigurations {
  return { pixKey: row.pixKey, pixCity: row.pixCity, payoutDestination: row.payoutDestination };
}

/**
 * Replaces a merchant account's configurations, each already checked as its own door checks it
 * (the Pix key as the settings page does, the destination as a payout's). The audit event keeps
 * the kinds of key and destination, not the key or the account number.
 */
export async function updateConfigurations(db: DbOrTx, operator: Operator, entityUuid: string, input: ConfigurationsInput): Promise<AccountConfigurations> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    const [updated] = await tx
      .update(account)
      .set({ pixKey: input.pix_key, pixCity: input.pix_city, payoutDestination: input.payout_destination })
      .where(eq(account.entityUuid, target.entityUuid))
      .returning();
    await recordAudit(tx, operatorActor(operator, target.entityUuid), {
      action: 'account.configurations_changed',
      subjectType: 'account',
      subjectId: target.entityUuid,
      data: {
        pix_key_type: input.pix_key === null ? null : (validatePixKey(input.pix_key)?.type ?? null),
        pix_city: input.pix_city,
        payout_destination_type: input.payout_destination?.type_payout ?? null,
      },
    });
    return configurationsOf(updated!);
  });
}
