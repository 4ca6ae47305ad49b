import { jwtVerify, SignJWT } from 'jose';
import { env } from '@/lib/env';
import { isScope, type Scope } from './scopes';

export const ACCESS_TOKEN_TTL_SECONDS = 3600;

export interface AccessTokenClaims {
  clientId: string;
  entityUuid: string;
  walletUuid: string | null;
  scopes: Scope[];
}

// jose imports a raw secret as a CryptoKey on every call it is handed bytes; the key is imported
// once per secret and kept (tests may change the environment, so the secret names its key).
let imported: { secret: string; key: Promise<CryptoKey> } | undefined;
function key(): Promise<CryptoKey> {
  const secret = env().API_JWT_SECRET;
  if (imported?.secret !== secret) {
    imported = { secret, key: crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']) };
  }
  return imported.key;
}

/** A signed HS256 JWT carrying the client, its account, its wallet (if any) and its scopes. */
export async function signAccessToken(claims: AccessTokenClaims, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    scope: claims.scopes.join(' '),
    client_id: claims.clientId,
    entity_uuid: claims.entityUuid,
    ...(claims.walletUuid ? { wallet_uuid: claims.walletUuid } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(env().API_JWT_ISSUER)
    .setAudience(env().API_JWT_AUDIENCE)
    .setSubject(claims.clientId)
    .setJti(crypto.randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(await key());
}

/** The token's claims, or null when it is malformed, forged, expired or meant for someone else. */
export async function verifyAccessToken(token: string): Promise<AccessTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await key(), {
      issuer: env().API_JWT_ISSUER,
      audience: env().API_JWT_AUDIENCE,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.entity_uuid !== 'string') return null;
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(isScope) : [];
    return {
      clientId: payload.sub,
      entityUuid: payload.entity_uuid,
      walletUuid: typeof payload.wallet_uuid === 'string' ? payload.wallet_uuid : null,
      scopes,
    };
  } catch {
    return null;
  }
}
