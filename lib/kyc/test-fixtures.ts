import type { Db } from '@/db/client';
import { webhookEndpoint } from '@/db/schema';
import { creditTenant, naturalOwner, postWallet, walletBody } from '@/lib/credit/test-fixtures';
import { createTestOperator } from '@/lib/testing/factories';
import { generateSigningSecret, sealSecret } from '@/lib/webhooks/secret-box';
import { operatorFromUser } from '@/lib/auth/caller';
import { operatorDecider } from './decider';

/** Builders for the KYC tests: merchants with pending wallets, and operators to decide them. */

export { creditTenant as kycTenant };
export type KycTenant = Awaited<ReturnType<typeof creditTenant>>;

/** A pending credit wallet opened through the real API route; returns its key. */
export async function pendingWallet(tenant: KycTenant, owner: Record<string, unknown> = naturalOwner()): Promise<string> {
  const created = await postWallet(tenant.token, walletBody({ owner }));
  if (created.status !== 202) throw new Error(`could not open a pending wallet: ${JSON.stringify(created.body)}`);
  return created.body.wallet_key;
}

/** A platform operator (in the platform's account), as its session makes it, and the decider it acts as. */
export async function operator(db: Db) {
  const admin = await createTestOperator(db);
  const asOperator = operatorFromUser(admin.user);
  return { email: admin.user.email, operator: asOperator, decider: operatorDecider(asOperator) };
}

/** An enabled endpoint of the tenant, in the QI format, subscribed to both KYC outcomes. */
export async function kycEndpoint(db: Db, tenant: KycTenant) {
  const secret = generateSigningSecret();
  const [endpoint] = await db
    .insert(webhookEndpoint)
    .values({
      entityUuid: tenant.account.entityUuid,
      url: 'https://hooks.example.test/kyc',
      webhookKey: 'kyc-key',
      events: ['wallet.kyc_approved', 'wallet.kyc_rejected'],
      format: 'qi',
      secretCiphertext: sealSecret(secret),
      secretLastFour: secret.slice(-4),
    })
    .returning();
  return endpoint!;
}
