import type { ApiActor } from '@/lib/api/actor';
import type { Actor } from '@/lib/audit/record';
import type { SessionUser } from './sign-in';

/**
 * Whoever calls a service, from either door: the account every query is scoped to, the one wallet
 * a wallet-level API client is confined to (null: the whole account), and who to name in the audit
 * trail. A Caller is an audit Actor, so services pass it straight to recordAudit.
 */
export interface Caller extends Actor {
  entityUuid: string;
  walletUuid: string | null;
}

export function callerFromApi(actor: ApiActor): Caller {
  return { type: 'api_client', id: actor.clientId, entityUuid: actor.entityUuid, walletUuid: actor.walletUuid, requestId: actor.requestId };
}

export function callerFromUser(user: SessionUser): Caller {
  return { type: 'user', id: user.id, entityUuid: user.entityUuid, walletUuid: null };
}

/** Account-level callers reach every wallet of their account; wallet-level clients only their own. */
export function canReachWallet(caller: Pick<Caller, 'walletUuid'>, walletUuid: string): boolean {
  return caller.walletUuid === null || caller.walletUuid === walletUuid;
}
