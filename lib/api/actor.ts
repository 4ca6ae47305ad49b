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
