import type { DbOrTx } from '@/db/client';
import type { MemberRole } from '@/lib/access/permissions';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { issueInvitation, type IssuedInvitation } from '@/lib/team/invitations';
import { lockManagedAccount, operatorActor } from './target';

/**
 * Invites someone into a merchant account with any member role (another owner included): the
 * operator's way to add people, or to restore an owner the account lost. The link is mailed and
 * answered once; the audit event names the operator.
 */
export async function inviteToAccount(db: DbOrTx, operator: Operator, entityUuid: string, input: { email: string; role: MemberRole }): Promise<IssuedInvitation> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    return issueInvitation(tx, operatorActor(operator, target.entityUuid), { entityUuid: target.entityUuid, email: input.email, role: input.role });
  });
}
