import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { account, merchant, user, type UserRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

/**
 * A fresh account with one merchant and one login. Every test builds its own tenant, so tests
 * never share rows, run in parallel, and need no truncation between them.
 */
export async function createTestAccount(db: Db, options: { role?: UserRole; password?: string } = {}) {
  const tag = randomUUID().slice(0, 8);
  const password = options.password ?? `pw-${tag}`;
  const [acct] = await db.insert(account).values({ name: `Test account ${tag}` }).returning();
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
      role: options.role ?? 'merchant',
      passwordHash: await hashPassword(password),
    })
    .returning();
  return { account: acct!, merchant: shop!, user: login!, password };
}
