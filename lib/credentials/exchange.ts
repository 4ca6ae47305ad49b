import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { account, apiClient } from '@/db/schema';
import { isScope, type Scope } from '@/lib/api/scopes';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '@/lib/api/token';
import { failureLimiter } from '@/lib/security/rate-limiter';
import { oauthErrors } from './oauth-errors';
import { hashClientSecret, secretMatches } from './secrets';

/** Failed exchanges allowed per 15 minutes: per client id (guessing one secret) and per address (spraying many). */
export const TOKEN_FAILURE_POLICIES = {
  perClient: { keyPrefix: 'oauth:client', points: 10, durationSeconds: 15 * 60 },
  perIp: { keyPrefix: 'oauth:ip', points: 100, durationSeconds: 15 * 60 },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Compared against when the client id is unknown, so a miss costs what a hit costs.
const DECOY_HASH = hashClientSecret('sk_test_decoy');

export interface TokenExchange {
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to narrow the token to; absent: all of the client's. */
  scope?: string;
  ip: string;
}

/**
 * The client-credentials grant: checks the secret (the current one, or the previous one during
 * its 24-hour grace after a rotation) in constant time, refuses revoked clients, and signs a token
 * with the client's account, wallet and scopes. A suspended account's clients get no token. Failures are counted per client and per address;
 * past the budget every attempt is refused with a Retry-After, right secret or not.
 */
export async function exchangeClientCredentials(db: Db, input: TokenExchange) {
  const perClient = failureLimiter(db, TOKEN_FAILURE_POLICIES.perClient);
  const perIp = failureLimiter(db, TOKEN_FAILURE_POLICIES.perIp);
  // One budget per client, however its id is spelled: PostgreSQL matches a UUID in any case, so an
  // upper-cased id must not open a fresh budget. An id that is not a UUID names no client and is
  // counted against the address alone.
  const clientKey = UUID.test(input.clientId) ? input.clientId.toLowerCase() : null;
  const wait = Math.max(clientKey ? await perClient.retryAfter(clientKey) : 0, await perIp.retryAfter(input.ip));
  if (wait > 0) throw oauthErrors.tooManyAttempts(wait);

  const [found] = clientKey
    ? await db
        .select({ client: apiClient, suspendedAt: account.suspendedAt })
        .from(apiClient)
        .innerJoin(account, eq(account.entityUuid, apiClient.entityUuid))
        .where(eq(apiClient.clientId, clientKey))
    : [];
  const client = found?.client;
  const current = secretMatches(input.clientSecret, client?.secretHash ?? DECOY_HASH);
  const previous =
    !!client?.previousSecretHash &&
    !!client.previousSecretExpiresAt &&
    client.previousSecretExpiresAt.getTime() > Date.now() &&
    secretMatches(input.clientSecret, client.previousSecretHash);
  if (!client || client.revokedAt || !(current || previous)) {
    await Promise.all([clientKey ? perClient.recordFailure(clientKey) : undefined, perIp.recordFailure(input.ip)]);
    throw oauthErrors.invalidClient();
  }

  // After the secret proved the caller, so a guesser learns nothing about the account.
  if (found.suspendedAt) throw oauthErrors.accountSuspended();

  const granted = client.scopes.filter(isScope);
  const scopes = narrowScopes(granted, input.scope);
  await perClient.reset(client.clientId);
  await db.update(apiClient).set({ lastUsedAt: sql`now()` }).where(eq(apiClient.clientId, client.clientId));
  const accessToken = await signAccessToken({ clientId: client.clientId, entityUuid: client.entityUuid, walletUuid: client.walletUuid, scopes });
  return { access_token: accessToken, expires_in: ACCESS_TOKEN_TTL_SECONDS, token_type: 'Bearer' as const };
}

function narrowScopes(granted: Scope[], requested: string | undefined): Scope[] {
  const asked = requested?.split(' ').filter(Boolean) ?? [];
  if (!asked.length) return granted;
  const refused = asked.filter((scope) => !granted.includes(scope as Scope));
  if (refused.length) throw oauthErrors.invalidScope(refused);
  return granted.filter((scope) => asked.includes(scope));
}
