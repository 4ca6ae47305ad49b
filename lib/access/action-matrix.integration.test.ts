import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { UserRole } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/sign-in';
import { testDb } from '@/lib/testing/db';
import { createTestAccount, createTestOperator } from '@/lib/testing/factories';
import { grants, MEMBER_ROLES, type ActionAccess } from './permissions';

/**
 * The allow/deny matrix of every server action against every role, generated from the one
 * definition (lib/access/permissions.ts): each action is called, as each role, with no input. A
 * role the definition denies must get the 403 (a forged request from a hidden button changes
 * nothing); a role it allows must get past the door (to the input's validation error, or further).
 */

// Next's request context is not here: the session is a variable, the rest inert; the database is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/i18n/formatting', () => ({ getFormatting: async () => ({ locale: 'en', timeZone: 'UTC' }) }));
vi.mock('@/lib/auth/session', async () => {
  const { operatorFromUser } = await import('@/lib/auth/caller');
  const signedIn = async () => {
    if (!session.user) throw new Error('no session in this test');
    return session.user;
  };
  return { requireUser: signedIn, currentUser: signedIn, operatorFromSession: async () => operatorFromUser(await signedIn()) };
});

/**
 * What each server action requires. An action missing here fails the test, so a new action cannot
 * ship without its line in the matrix; `public` actions need no session at all.
 */
const ACCESS: Record<string, ActionAccess | 'public'> = {
  'admin/accounts/actions.ts#createAccountAction': 'operator',
  'admin/accounts/actions.ts#suspendAccountAction': 'operator',
  'admin/accounts/actions.ts#reactivateAccountAction': 'operator',
  'admin/accounts/actions.ts#addMerchantAction': 'operator',
  'admin/accounts/actions.ts#inviteToAccountAction': 'operator',
  'admin/accounts/actions.ts#resendAccountInvitationAction': 'operator',
  'admin/accounts/actions.ts#revokeAccountInvitationAction': 'operator',
  'admin/accounts/actions.ts#updateConfigurationsAction': 'operator',
  'admin/accounts/actions.ts#updateProductsAction': 'operator',
  'admin/accounts/actions.ts#updatePricingAction': 'operator',
  'admin/credentials/actions.ts#createPlatformCredentialsAction': 'operator',
  'admin/credentials/actions.ts#rotatePlatformCredentialsAction': 'operator',
  'admin/credentials/actions.ts#revokePlatformCredentialsAction': 'operator',
  'admin/kyc/actions.ts#approveKycAction': 'operator',
  'admin/kyc/actions.ts#rejectKycAction': 'operator',
  'dashboard/charges/actions.ts#createChargeAction': 'payments.manage',
  'dashboard/charges/actions.ts#captureChargeAction': 'payments.manage',
  'dashboard/charges/actions.ts#cancelChargeAction': 'payments.manage',
  'dashboard/charges/actions.ts#refundChargeAction': 'payments.manage',
  'dashboard/charges/actions.ts#simulatePaymentAction': 'payments.manage',
  'dashboard/developers/actions.ts#createCredentialsAction': 'credentials.manage',
  'dashboard/developers/actions.ts#rotateCredentialsAction': 'credentials.manage',
  'dashboard/developers/actions.ts#revokeCredentialsAction': 'credentials.manage',
  'dashboard/developers/webhooks/actions.ts#createEndpointAction': 'webhooks.manage',
  'dashboard/developers/webhooks/actions.ts#updateEndpointAction': 'webhooks.manage',
  'dashboard/developers/webhooks/actions.ts#disableEndpointAction': 'webhooks.manage',
  'dashboard/developers/webhooks/actions.ts#enableEndpointAction': 'webhooks.manage',
  'dashboard/developers/webhooks/actions.ts#rotateEndpointSecretAction': 'webhooks.manage',
  'dashboard/developers/webhooks/actions.ts#redeliverAction': 'webhooks.manage',
  'dashboard/developers/webhooks/actions.ts#readDeliveryStatusAction': 'member',
  'dashboard/payment-links/actions.ts#createPaymentLinkAction': 'payments.manage',
  'dashboard/payment-links/actions.ts#deactivatePaymentLinkAction': 'payments.manage',
  'dashboard/payouts/actions.ts#requestPayoutAction': 'payouts.manage',
  'dashboard/payouts/actions.ts#cancelPayoutAction': 'payouts.manage',
  'dashboard/settings/actions.ts#saveUserPreferencesAction': 'self',
  'dashboard/settings/actions.ts#saveLocaleAction': 'self',
  'dashboard/settings/actions.ts#savePixSettingsAction': 'account.manage',
  'dashboard/wallets/actions.ts#createWalletAction': 'wallets.manage',
  'dashboard/wallets/actions.ts#deactivateWalletAction': 'wallets.manage',
  'dashboard/wallets/actions.ts#reactivateWalletAction': 'wallets.manage',
  'dashboard/wallets/actions.ts#readWalletBalancesAction': 'member',
  'dashboard/wallets/[walletUuid]/virtual-wallet-actions.ts#createVirtualWalletAction': 'wallets.manage',
  'dashboard/wallets/[walletUuid]/virtual-wallet-actions.ts#deactivateVirtualWalletAction': 'wallets.manage',
  'dashboard/wallets/[walletUuid]/virtual-wallet-actions.ts#reactivateVirtualWalletAction': 'wallets.manage',
  'dashboard/wallets/[walletUuid]/virtual-wallet-actions.ts#transferVirtualWalletAction': 'wallets.manage',
  'dashboard/wallets/[walletUuid]/virtual-wallet-actions.ts#updateHoldingConfigurationAction': 'wallets.manage',
  'dashboard/wallets/[walletUuid]/virtual-wallet-actions.ts#simulateVirtualDepositAction': 'wallets.manage',
  'dashboard/wallets/credit/actions.ts#createCreditWalletAction': 'wallets.manage',
  'dashboard/wallets/credit/actions.ts#updateWalletLimitAction': 'wallets.manage',
  'dashboard/wallets/credit/actions.ts#readCreditWalletStatusAction': 'member',
  'dashboard/wallets/credit/[walletKey]/card-actions.ts#issueCardAction': 'wallets.manage',
  'dashboard/wallets/credit/[walletKey]/card-actions.ts#changeCardLimitAction': 'wallets.manage',
  'dashboard/wallets/credit/[walletKey]/card-actions.ts#cancelCardAction': 'wallets.manage',
  'dashboard/team/actions.ts#inviteMemberAction': 'team.manage',
  'dashboard/team/actions.ts#resendInvitationAction': 'team.manage',
  'dashboard/team/actions.ts#revokeInvitationAction': 'team.manage',
  'dashboard/team/actions.ts#changeMemberRoleAction': 'team.manage',
  'dashboard/team/actions.ts#removeMemberAction': 'team.manage',
  'dashboard/team/actions.ts#leaveTeamAction': 'member',
  'invitations/[token]/actions.ts#acceptInvitationAction': 'public',
  'login/actions.ts#chooseLoginLocaleAction': 'public',
};

const APP = join(process.cwd(), 'app');

/** Every server action module of the app: `actions.ts` and `*-actions.ts` files. */
function actionFiles(dir = APP): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return actionFiles(path);
    return name === 'actions.ts' || name.endsWith('-actions.ts') ? [relative(APP, path)] : [];
  });
}

type Action = (...args: unknown[]) => Promise<unknown>;
const actions: { name: string; run: Action }[] = [];
for (const file of actionFiles()) {
  const exports = (await import(join(APP, file))) as Record<string, unknown>;
  for (const [exported, value] of Object.entries(exports)) {
    if (typeof value === 'function') actions.push({ name: `${file}#${exported}`, run: value as Action });
  }
}

const db = await testDb();
const { account } = await createTestAccount(db);
const logins = new Map<UserRole, SessionUser>();
for (const role of MEMBER_ROLES) {
  const { user } = await createTestAccount(db, { role });
  // Every member in the one account, as a team would be.
  await db.execute(`update "user" set entity_uuid = '${account.entityUuid}' where id = '${user.id}'`);
  logins.set(role, { id: user.id, email: user.email, name: user.name, role, entityUuid: account.entityUuid });
}
const operator = (await createTestOperator(db)).user;
logins.set('operator', { id: operator.id, email: operator.email, name: operator.name, role: 'operator', entityUuid: operator.entityUuid });
afterAll(() => {
  session.user = null;
});

/** 'denied' for the door's 403 (as a form error, or thrown by an operator-only action before it); 'allowed' otherwise. */
async function outcome(run: Action): Promise<'denied' | 'allowed'> {
  try {
    const result = (await run(undefined, undefined, undefined)) as { ok: boolean; error?: { code?: string } } | undefined;
    return result && !result.ok && result.error?.code === 'forbidden' ? 'denied' : 'allowed';
  } catch (error) {
    if ((error as { status?: number }).status === 403) return 'denied';
    // redirect() and forbidden() work by throwing; anything else is a real failure.
    if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_')) return 'allowed';
    throw error;
  }
}

describe('the server actions against every role', () => {
  it('lists every action in the matrix, and no action that does not exist', () => {
    const found = actions.map((action) => action.name).sort();
    expect(found).toEqual(Object.keys(ACCESS).sort());
  });

  const roles = [...MEMBER_ROLES, 'operator'] as const;
  for (const [name, access] of Object.entries(ACCESS)) {
    if (access === 'public') continue;
    it(`${name} (${access})`, async () => {
      const action = actions.find((candidate) => candidate.name === name);
      expect(action, `${name} is not exported`).toBeDefined();
      const matrix: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        session.user = logins.get(role)!;
        matrix[role] = await outcome(action!.run);
        expected[role] = grants(access, role) ? 'allowed' : 'denied';
      }
      expect(matrix).toEqual(expected);
    });
  }
});
