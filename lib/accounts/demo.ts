import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { account, creditWallet, merchant, user } from '@/db/schema';
import { callerFromUser, operatorFromUser, type Caller, type Operator } from '@/lib/auth/caller';
import { hashPassword } from '@/lib/auth/password';
import { createCreditWallet } from '@/lib/credit/create-wallet';
import { toNewCreditWallet } from '@/lib/credit/from-wire';
import { createCreditWalletSchema } from '@/lib/credit/schemas';
import { approveKyc } from '@/lib/kyc/decide';
import { operatorDecider } from '@/lib/kyc/decider';
import { seedDemoActivity } from './demo-activity';

// Fixed identifiers so the seed is idempotent and the README, e2e specs and a developer's
// curl commands can all name the same demo records.
export const DEMO = {
  entityUuid: '550e8400-e29b-41d4-a716-446655440000',
  accountName: 'Demo Payments Platform',
  merchants: [
    { merchantUuid: '6ba7b810-9dad-11d1-80b4-00c04fd430c8', name: 'Loja São Paulo', softDescription: 'LOJASP' },
    { merchantUuid: '6ba7b811-9dad-11d1-80b4-00c04fd430c8', name: 'LatAm Store', softDescription: 'LATAMSTORE' },
  ],
  merchantUser: { email: 'merchant@demo.test', password: 'demo-merchant-pass', name: 'Marina Merchant', role: 'merchant' },
  adminUser: { email: 'admin@demo.test', password: 'demo-admin-pass', name: 'Otávio Operator', role: 'admin' },
  /** An approved credit wallet whose postpaid limit, R$ 1.234,56, shows how the dashboard writes money. */
  creditWallet: { requestControlKey: '7c9e6679-7425-40de-944b-e07fc1f90ae7', ownerName: 'Padaria Bela Vista Ltda', postpaidLimit: '1234.56' },
} as const;

/** The demo credit wallet's request, as a merchant would send it (the CPF's check digits are valid). */
const demoCreditWalletRequest = {
  owner: {
    request_control_key: DEMO.creditWallet.requestControlKey,
    person_type: 'natural',
    name: DEMO.creditWallet.ownerName,
    document_number: '52998224725',
    birthdate: '1985-03-14',
    email: 'padaria@demo.test',
    phone: { country_code: '55', area_code: '11', number: '987654321' },
    address: { street: 'Rua Treze de Maio', number: '500', neighborhood: 'Bela Vista', postal_code: '01327000', city: 'São Paulo', state: 'SP' },
  },
  invoice_configuration: {
    closing_date_configuration: { type: 'fixed', fixed_day: 5 },
    due_date_configuration: { type: 'fixed', fixed_day: 15, offset_months: 0 },
    invoice_payment_type: 'bank_slip',
    interest_base: 'calendar_days',
    monthly_interest_percentage: '2.0',
    fine_percentage: '2.0',
  },
  limits: { postpaid_credit_limit: DEMO.creditWallet.postpaidLimit },
};

/**
 * Creates (or leaves in place) the demo account (Brazilian: its dashboard speaks Portuguese), its
 * two merchants and two logins, an approved credit wallet and the activity of demo-activity.ts, all
 * but the account, merchants and logins through the real services.
 */
export async function seedDemo(db: Db): Promise<typeof DEMO> {
  await db.transaction(async (tx) => {
    await tx.insert(account).values({ entityUuid: DEMO.entityUuid, name: DEMO.accountName, defaultLocale: 'pt-BR' }).onConflictDoNothing();
    await tx
      .insert(merchant)
      .values(DEMO.merchants.map((m) => ({ ...m, entityUuid: DEMO.entityUuid })))
      .onConflictDoNothing();
    for (const login of [DEMO.merchantUser, DEMO.adminUser]) {
      const [existing] = await tx
        .select({ id: user.id })
        .from(user)
        .where(eq(sql`lower(${user.email})`, login.email));
      if (existing) continue;
      await tx.insert(user).values({
        entityUuid: DEMO.entityUuid,
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
  return DEMO;
}

async function seedDemoCreditWallet(db: Db, merchantCaller: Caller, operator: Operator): Promise<void> {
  const [existing] = await db
    .select({ walletUuid: creditWallet.walletUuid })
    .from(creditWallet)
    .where(eq(creditWallet.requestControlKey, DEMO.creditWallet.requestControlKey));
  if (existing) return;
  const created = await createCreditWallet(db, merchantCaller, toNewCreditWallet(createCreditWalletSchema.parse(demoCreditWalletRequest)));
  await approveKyc(db, operatorDecider(operator), created.walletKey);
}
