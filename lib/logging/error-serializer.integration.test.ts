import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { user } from '@/db/schema';
import { createLogger } from '@/lib/logger';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';

/** Logs through a real pino logger into memory and answers what was written. */
function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = createLogger(destination).child({});
  log.level = 'error';
  return { log, written: () => lines.join('') };
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
}

describe('logging a failed query', () => {
  it('names the SQLSTATE but never the value the query was given (data exception)', async () => {
    const db = await testDb();
    const secret = '4111111111111111';
    const error = await failure(() => db.execute(sql`select ${secret}::uuid`));
    const { log, written } = capturingLogger();
    log.error({ err: error }, 'boom');
    const line = written();
    expect(line).toContain('22P02');
    expect(line).toContain('Failed query');
    expect(line).not.toContain(secret);
  });

  it('keeps the constraint but not the duplicated value (unique violation)', async () => {
    const db = await testDb();
    const { account } = await createTestAccount(db);
    const email = `private-${crypto.randomUUID()}@example.com`;
    const row = { entityUuid: account.entityUuid, email, name: 'Ana', role: 'owner' as const, passwordHash: 'x' };
    await db.insert(user).values(row);
    const error = await failure(() => db.insert(user).values(row));
    const { log, written } = capturingLogger();
    log.error({ err: error }, 'boom');
    const line = written();
    expect(line).toContain('23505');
    expect(line).toContain('user_email_unique');
    expect(line).not.toContain(email);
  });
});
