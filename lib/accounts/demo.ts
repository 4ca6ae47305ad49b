import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { account, merchant, user } from '@/db/schema';
import { callerFromUser, operatorFromUser, type Caller, type Operator } from '@/lib/auth/caller';
import { hashPassword } from '@/lib/auth/password';
import { EVERY_PRODUCT, writeContract } from '@/lib/products/contracted';
import { approveKyc } from '@/lib/kyc/decide';
import { operatorDecider } from '@/lib/kyc/decider';
import { DEMO_ACTIVITY, seedCreditWallet, seedDemoActivity } from './demo-activity';
import { seedDemoCreditCards } from './demo-credit-cards';

// Fixed identifiers so the seed is idempotent and the README, e2e specs and a developer's
// curl commands can all name the same demo records.
export const DEMO = {
  entityUuid: '550e8400-e29b-41d4-a716-446655440000',
  accountName: 'Demo Payments Platform',
  merchants: [
    { merchantUuid: '6ba7b810-9dad-11d1-80b4-00c04fd430c8', name: 'Loja São Paulo', softDescription: 'LOJASP' },
    { merchantUuid: '6ba7b811-9dad-11d1-80b4-00c04fd430c8', name: 'LatAm Store', softDescription: 'LATAMSTORE' },
  ],
  merchantUser: { email: 'merchant@demo.test', password: 'demo-merchant-pass', name: 'Marina Merchant', role: 'owner' },
  /** The rest of the demo team, one login per role, to see the dashboard as each role does. */
  team: [
    { email: 'developer@demo.test', password: 'demo-developer-pass', name: 'Davi Developer', role: 'developer' },
    { email: 'finance@demo.test', password: 'demo-finance-pass', name: 'Fernanda Finance', role: 'finance' },
    { email: 'viewer@demo.test', password: 'demo-viewer-pass', name: 'Vitor Viewer', role: 'viewer' },
  ],
  /** The platform's own account, where operators work from. */
  platform: { entityUuid: '550e8400-e29b-41d4-a716-4466554400ff', name: 'Platform operations' },
  adminUser: { email: 'admin@demo.test', password: 'demo-admin-pass', name: 'Otávio Operator', role: 'operator' },
  /** An approved credit wallet whose postpaid limit, R$ 1.234,56, shows how the dashboard writes money. */
  creditWallet: { requestControlKey: '7c9e6679-7425-40de-944b-e07fc1f90ae7', ownerName: 'Padaria Bela Vista Ltda', postpaidLimit: '1234.56' },
} as const;

/**
 * Creates (or leaves in place) the demo account (Brazilian: its dashboard speaks Portuguese), its
 * two merchants, a login per team role, the platform account with its operator, an approved credit wallet with a card spent at the demo store, and
 * the activity of demo-activity.ts, all
 * but the account, merchants and logins through the real services.
 */
export async function seedDemo(db: Db): Promise<typeof DEMO> {
  await db.transaction(async (tx) => {
    const [created] = await tx.insert(account).values({ entityUuid: DEMO.entityUuid, name: DEMO.accountName, defaultLocale: 'pt-BR' }).onConflictDoNothing().returning();
    if (created) await writeContract(tx, DEMO.entityUuid, EVERY_PRODUCT);
    await tx
      .insert(merchant)
      .values(DEMO.merchants.map((m) => ({ ...m, entityUuid: DEMO.entityUuid })))
      .onConflictDoNothing();
    await tx.insert(account).values({ ...DEMO.platform, kind: 'platform', defaultLocale: 'pt-BR' }).onConflictDoNothing();
    const [platform] = await tx.select({ entityUuid: account.entityUuid }).from(account).where(eq(account.kind, 'platform'));
    for (const login of [DEMO.merchantUser, ...DEMO.team, DEMO.adminUser]) {
      const [existing] = await tx
        .select({ id: user.id })
        .from(user)
        .where(eq(sql`lower(${user.email})`, login.email));
      if (existing) continue;
      await tx.insert(user).values({
        entityUuid: login.role === 'operator' ? platform!.entityUuid : DEMO.entityUuid,
        email: login.email,
        name: login.name,
        role: login.role,
        passwordHash: await hashPassword(login.password),
      });
    }
  });
  const loginOf = async (email: string) => (await db.select().from(user).where(eq(sql`lower(${user.email})`, email)))[0]!;
  const merchantCaller = callerFromUser(await loginOf(DEMO.merchantUser.email));
  const operator = operatorFromUser(await loginOf(DEMO.adminUser.email));
  await seedDemoActivity(db, merchantCaller, operator, DEMO.merchants.map((m) => m.merchantUuid));
  await seedDemoCreditWallet(db, merchantCaller, operator);
  await seedDemoCreditCards(db, merchantCaller, { creditRequestControlKey: DEMO.creditWallet.requestControlKey, storeCustomerId: DEMO_ACTIVITY.paymentWallets[0].customerId });
  return DEMO;
}

async function seedDemoCreditWallet(db: Db, merchantCaller: Caller, operator: Operator): Promise<void> {
  const { requestControlKey, ownerName, postpaidLimit } = DEMO.creditWallet;
  const walletKey = await seedCreditWallet(db, merchantCaller, { requestControlKey, name: ownerName, document: '52998224725', postpaidLimit });
  if (walletKey) await approveKyc(db, operatorDecider(operator), walletKey);
}
