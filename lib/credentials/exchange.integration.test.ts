import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors/app-error';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';
import { createApiClient } from './create';
import { exchangeClientCredentials, TOKEN_FAILURE_POLICIES } from './exchange';

const db = await testDb();

async function credentials() {
  const { account } = await createTestAccount(db);
  const caller = { type: 'user' as const, id: randomUUID(), entityUuid: account.entityUuid, walletUuid: null };
  return createApiClient(db, caller, { entityUuid: account.entityUuid, name: 'exchange', scopes: ['wallet:read'], walletUuid: null });
}

/** The OAuth error code the exchange answered, or 'ok'. */
async function outcome(clientId: string, clientSecret: string, ip = `192.0.2.${randomUUID()}`): Promise<string> {
  try {
    await exchangeClientCredentials(db, { clientId, clientSecret, ip });
    return 'ok';
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe('the token exchange failure budget', () => {
  it('is one budget per client however its id is cased', async () => {
    const { client, clientSecret } = await credentials();
    const { points } = TOKEN_FAILURE_POLICIES.perClient;
    for (let attempt = 0; attempt < points; attempt++) {
      const spelling = attempt % 2 ? client.clientId.toUpperCase() : client.clientId;
      expect(await outcome(spelling, 'sk_test_wrong')).toBe('invalid_client');
    }
    expect(await outcome(client.clientId.toUpperCase(), clientSecret)).toBe('too_many_requests');
    expect(await outcome(client.clientId, clientSecret)).toBe('too_many_requests');
  });

  it('accepts the right secret under an upper-cased id, as PostgreSQL matches it', async () => {
    const { client, clientSecret } = await credentials();
    expect(await outcome(client.clientId.toUpperCase(), clientSecret)).toBe('ok');
  });

  it('counts an id that is not a UUID against the address only, whatever it contains', async () => {
    const ip = `192.0.2.${randomUUID()}`;
    expect(await outcome('not-a-client\u0000id', 'sk_test_wrong', ip)).toBe('invalid_client');
    expect(await outcome(`${randomUUID()}x`, 'sk_test_wrong', ip)).toBe('invalid_client');
  });
});
