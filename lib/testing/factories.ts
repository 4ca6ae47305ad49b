import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { account, merchant, user, type UserRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { EVERY_PRODUCT, writeContract } from '@/lib/products/contracted';

/**
 * A fresh account with one merchant and one login. Every test builds its own tenant, so tests
 * never share rows, run in parallel, and need no truncation between them.
 */
export async function createTestAccount(db: Db, options: { role?: Exclude<UserRole, 'operator'>; password?: string } = {}) {
  const tag = randomUUID().slice(0, 8);
  const password = options.password ?? `pw-${tag}`;
  const [acct] = await db.insert(account).values({ name: `Test account ${tag}` }).returning();
  await writeContract(db, acct!.entityUuid, EVERY_PRODUCT);
  const [shop] = await db
    .insert(merchant)
    .values({ entityUuid: acct!.entityUuid, name: `Shop ${tag}`, softDescription: `SHOP${tag}`.toUpperCase() })
    .returning();
  const [login] = await db
    .insert(user)
    .values({
      entityUuid: acct!.entityUuid,
      email: `user-${tag}@example.test`,
      name: `User ${tag}`,
      role: options.role ?? 'owner',
      passwordHash: await hashPassword(password),
    })
    .returning();
  return { account: acct!, merchant: shop!, user: login!, password };
}

/**
 * A platform operator: a login of the platform's own account (made on first use; test files racing
 * to make it all end up with the one account).
 */
export async function createTestOperator(db: Db) {
  const tag = randomUUID().slice(0, 8);
  await db.insert(account).values({ name: 'Platform operations', kind: 'platform' }).onConflictDoNothing();
  const [platform] = await db.select().from(account).where(eq(account.kind, 'platform'));
  const password = `pw-${tag}`;
  const [login] = await db
    .insert(user)
    .values({ entityUuid: platform!.entityUuid, email: `operator-${tag}@example.test`, name: `Operator ${tag}`, role: 'operator', passwordHash: await hashPassword(password) })
    .returning();
  return { account: platform!, user: login!, password };
}
