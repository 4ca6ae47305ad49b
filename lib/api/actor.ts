import type { Actor } from '@/lib/audit/record';
import type { Scope } from './scopes';

/** The authenticated caller of an API route: an API client acting within one account. */
export interface ApiActor {
  clientId: string;
  entityUuid: string;
  /** Set for wallet-level clients, which reach only this wallet. */
  walletUuid: string | null;
  scopes: Scope[];
  requestId: string;
}

/** Account-level clients reach every wallet of their account; wallet-level clients only their own. */
export function canReachWallet(actor: Pick<ApiActor, 'walletUuid'>, walletUuid: string): boolean {
  return actor.walletUuid === null || actor.walletUuid === walletUuid;
}

export function auditActor(actor: ApiActor): Actor {
  return { type: 'api_client', id: actor.clientId, entityUuid: actor.entityUuid, requestId: actor.requestId };
}
