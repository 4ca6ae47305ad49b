import { and, asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, user, type UserRole } from '@/db/schema';
import { assignableRoles, can, isMemberRole, type MemberRole } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { teamErrors } from './errors';

/** A member managing the team: who they are and the role they act with (the door read it from the database). */
export interface TeamManager {
  caller: Caller;
  role: MemberRole;
}

/** The TeamManager a door's caller is; an operator (or any role outside the team) is refused. */
export function teamManager(caller: Caller, role: UserRole): TeamManager {
  if (!isMemberRole(role)) throw teamErrors.notAMember();
  return { caller, role };
}

/** The account's logins, oldest first. */
export function listMembers(db: DbOrTx, caller: Pick<Caller, 'entityUuid' | 'walletUuid'>) {
  return db
    .select({ id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt })
    .from(user)
    .where(ownedBy(user, caller))
    .orderBy(asc(user.createdAt), asc(user.id));
}

/**
 * Gives a member another role. Only an owner makes or unmakes owners, and the account's last owner
 * stays one. Team changes of an account run one at a time (its row is locked), so two owners
 * demoting each other at once cannot leave it with none.
 */
export async function changeMemberRole(db: DbOrTx, manager: TeamManager, input: { userId: string; role: MemberRole }) {
  return db.transaction(async (tx) => {
    const { role, target } = await lockTeamAndFind(tx, manager, input.userId);
    if (!can(role, 'team.manage')) throw teamErrors.notAMember();
    const touchesOwners = target.role === 'owner' || input.role === 'owner';
    if (touchesOwners && !assignableRoles(role).includes('owner')) throw teamErrors.roleNotAssignable();
    if (!assignableRoles(role).includes(input.role)) throw teamErrors.roleNotAssignable();
    if (target.role === input.role) return target;
    if (target.role === 'owner') await assertAnotherOwner(tx, manager.caller.entityUuid);
    const [updated] = await tx.update(user).set({ role: input.role }).where(eq(user.id, target.id)).returning({ id: user.id, email: user.email, name: user.name, role: user.role });
    await recordAudit(tx, manager.caller, { action: 'member.role_changed', subjectType: 'user', subjectId: target.id, data: { email: target.email, from: target.role, to: input.role } });
    return updated!;
  });
}

/** Removes a member's login (a member may also remove itself, leaving the team); their session ends on their next click. */
export async function removeMember(db: DbOrTx, manager: TeamManager, input: { userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const { role, target } = await lockTeamAndFind(tx, manager, input.userId);
    const leaving = target.id === manager.caller.id;
    if (!leaving && !can(role, 'team.manage')) throw teamErrors.notAMember();
    if (target.role === 'owner' && !leaving && role !== 'owner') throw teamErrors.roleNotAssignable();
    if (target.role === 'owner') await assertAnotherOwner(tx, manager.caller.entityUuid);
    await tx.delete(user).where(eq(user.id, target.id));
    await recordAudit(tx, manager.caller, { action: leaving ? 'member.left' : 'member.removed', subjectType: 'user', subjectId: target.id, data: { email: target.email, role: target.role } });
  });
}

/**
 * A member leaving the team, naming the login they mean: a page left open while the browser signed
 * in as someone else must not remove that other login.
 */
export async function leaveTeam(db: DbOrTx, member: TeamManager, input: { userId: string }): Promise<void> {
  if (input.userId !== member.caller.id) throw teamErrors.leaveOnlyYourself();
  await removeMember(db, member, input);
}

/**
 * Locks the account's team, then reads the target and (for a member) the manager's own role under
 * that lock: the role the door read may be stale by then (another owner demoted or removed them a
 * moment ago), and a demoted owner must not act as one.
 */
async function lockTeamAndFind(tx: DbOrTx, manager: TeamManager, userId: string) {
  await tx.select({ entityUuid: account.entityUuid }).from(account).where(eq(account.entityUuid, manager.caller.entityUuid)).for('update');
  const role = manager.caller.type === 'user' ? await roleNow(tx, manager.caller) : manager.role;
  const [target] = await tx
    .select({ id: user.id, email: user.email, name: user.name, role: user.role })
    .from(user)
    .where(and(eq(user.id, userId), ownedBy(user, manager.caller)));
  if (!target) throw teamErrors.memberNotFound();
  return { role, target };
}

async function roleNow(tx: DbOrTx, caller: Caller): Promise<MemberRole> {
  const [self] = await tx.select({ role: user.role }).from(user).where(and(eq(user.id, caller.id), ownedBy(user, caller)));
  if (!self || !isMemberRole(self.role)) throw teamErrors.notAMember();
  return self.role;
}

async function assertAnotherOwner(tx: DbOrTx, entityUuid: string): Promise<void> {
  const [owners] = await tx.select({ n: count() }).from(user).where(and(eq(user.entityUuid, entityUuid), eq(user.role, 'owner')));
  if ((owners?.n ?? 0) <= 1) throw teamErrors.lastOwner();
}
