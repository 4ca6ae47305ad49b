import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { account, merchant, user } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

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
} as const;

/** Creates (or leaves in place) the demo account, its two merchants and its two logins. */
export async function seedDemo(db: Db): Promise<typeof DEMO> {
  await db.transaction(async (tx) => {
    await tx.insert(account).values({ entityUuid: DEMO.entityUuid, name: DEMO.accountName }).onConflictDoNothing();
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
  return DEMO;
}
