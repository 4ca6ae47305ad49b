import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent } from '@/db/schema';
import { createTestAccount } from '@/lib/testing/factories';
import { testDb } from '@/lib/testing/db';
import { EXACT_TOTAL_UP_TO, listTotal } from './total';

const db = await testDb();

describe('listTotal', () => {
  it('counts exactly up to the bound, and estimates beyond it without reading every row', async () => {
    const { account } = await createTestAccount(db);
    const rows = EXACT_TOTAL_UP_TO + 500;
    await db.execute(sql`
      insert into audit_event (entity_uuid, actor_type, actor_id, action, subject_type, subject_id)
      select ${account.entityUuid}::uuid, 'user', 'bench', case when n <= 7 then 'rare' else 'common' end, 'x', n::text
      from generate_series(1, ${rows}) n`);
    await db.execute(sql`analyze audit_event`);

    const ofAccount = eq(auditEvent.entityUuid, account.entityUuid);
    expect(await listTotal(db, auditEvent, and(ofAccount, eq(auditEvent.action, 'rare')))).toBe(7);
    const large = await listTotal(db, auditEvent, ofAccount);
    expect(large).toBeGreaterThan(EXACT_TOTAL_UP_TO);
    // An estimate: the planner's, from the statistics just gathered.
    expect(large).toBeGreaterThan(rows * 0.5);
    expect(large).toBeLessThan(rows * 2);
  });
});
