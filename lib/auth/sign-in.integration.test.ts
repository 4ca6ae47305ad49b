import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors/app-error';
import { createTestAccount } from '@/lib/testing/factories';
import { testDb } from '@/lib/testing/db';
import { verifyCredentials } from './sign-in';

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.status;
  }
}

describe('verifyCredentials (PostgreSQL)', () => {
  it('returns the session user, never the password hash, whatever the email case', async () => {
    const db = await testDb();
    const { user, password } = await createTestAccount(db);
    const signedIn = await verifyCredentials(db, { email: user.email.toUpperCase(), password, ip: '10.0.0.1' });
    expect(signedIn).toEqual({ id: user.id, email: user.email, name: user.name, role: 'owner', entityUuid: user.entityUuid });
    expect(JSON.stringify(signedIn)).not.toContain('argon2');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const db = await testDb();
    const { user } = await createTestAccount(db);
    expect(await statusOf(verifyCredentials(db, { email: user.email, password: 'wrong', ip: '10.0.0.2' }))).toBe(401);
    expect(await statusOf(verifyCredentials(db, { email: 'nobody@example.test', password: 'x', ip: '10.0.0.2' }))).toBe(401);
  });

  it('throttles an email after five failures, even from another IP and with the right password', async () => {
    const db = await testDb();
    const { user, password } = await createTestAccount(db);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await statusOf(verifyCredentials(db, { email: user.email, password: 'wrong', ip: `10.1.0.${attempt}` }))).toBe(401);
    }
    const blocked = verifyCredentials(db, { email: user.email, password, ip: '10.1.1.1' });
    await expect(blocked).rejects.toMatchObject({ status: 429, headers: { 'Retry-After': expect.stringMatching(/^\d+$/) } });
  });

  it('throttles an IP that guesses across many emails', async () => {
    const db = await testDb();
    const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let attempt = 0; attempt < 30; attempt++) {
      await statusOf(verifyCredentials(db, { email: `guess-${attempt}-${ip}@example.test`, password: 'x', ip }));
    }
    const { user, password } = await createTestAccount(db);
    expect(await statusOf(verifyCredentials(db, { email: user.email, password, ip }))).toBe(429);
    expect(await statusOf(verifyCredentials(db, { email: user.email, password, ip: '10.3.0.1' }))).toBe(200);
  });
});
