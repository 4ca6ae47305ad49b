import type { Scope } from './scopes';

/** The authenticated caller of an API route: an API client acting within one account. */
export interface ApiActor {
  clientId: string;
  entityUuid: string;
  /** Set for wallet-level clients, which reach only this wallet. */
  walletUuid: string | null;
  scopes: Scope[];
  /** The kind of the client's account, read with the client on every request: only `platform` clients act as operators. */
  accountKind: 'merchant' | 'platform';
  requestId: string;
}
