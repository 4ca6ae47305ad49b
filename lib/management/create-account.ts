import type { DbOrTx } from '@/db/client';
import { account } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import { AppError, isAppError } from '@/lib/errors/app-error';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { writeContract, type ContractedProduct } from '@/lib/products/contracted';
import { issueInvitation, type IssuedInvitation } from '@/lib/team/invitations';
import { managementErrors } from './errors';
import { insertMerchant, type MerchantRow } from './merchants';
import type { CreateAccountInput } from './schemas';
import { operatorActor, type AccountRow } from './target';

export interface CreatedAccount {
  account: AccountRow;
  merchants: MerchantRow[];
  products: ContractedProduct[];
  /** The owner's invitation, with its link: the only time the link is shown (it is also mailed). */
  invitation: IssuedInvitation;
}

/**
 * Onboards a merchant account: the account, its merchants, its contract and its owner's
 * invitation, in one transaction, so a refused owner e-mail or a taken id leaves nothing behind.
 * The invitation comes last: its mail goes out just before the commit, the one step that can still
 * fail after it (the link would then name nothing and say so).
 */
export async function createAccount(db: DbOrTx, operator: Operator, input: CreateAccountInput): Promise<CreatedAccount> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(account)
      .values({
        ...(input.entity_uuid ? { entityUuid: input.entity_uuid } : {}),
        name: input.name,
        kind: 'merchant',
        defaultLocale: input.default_locale,
        timeZone: input.time_zone,
      })
      .returning()
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'account_pkey') ? managementErrors.entityTaken() : error;
      });
    const created = row!;
    const actor = operatorActor(operator, created.entityUuid);
    await recordAudit(tx, actor, {
      action: 'account.created',
      subjectType: 'account',
      subjectId: created.entityUuid,
      data: { name: created.name, default_locale: created.defaultLocale, time_zone: created.timeZone, products: input.products, owner_email: input.owner.email },
    });
    const merchants: MerchantRow[] = [];
    for (const [index, merchant] of input.merchants.entries()) merchants.push(await insertMerchant(tx, actor, merchant, `merchants.${index}.merchant_uuid`));
    await writeContract(tx, created.entityUuid, input.products);
    const invitation = await issueInvitation(tx, actor, { entityUuid: created.entityUuid, email: input.owner.email, role: 'owner' }).catch((error: unknown) => {
      throw onOwnerEmail(error);
    });
    return { account: created, merchants, products: input.products, invitation };
  });
}

/** The invitation's errors name `email`; in this body the address is `owner.email`. */
function onOwnerEmail(error: unknown): unknown {
  if (!isAppError(error) || !error.problems.some((problem) => problem.field === 'email')) return error;
  return new AppError({
    ...error,
    message: error.message,
    problems: error.problems.map((problem) => (problem.field === 'email' ? { ...problem, field: 'owner.email' } : problem)),
  });
}
