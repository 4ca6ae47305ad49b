import type { ApiActor } from '@/lib/api/actor';
import { MANAGEMENT_SCOPE } from '@/lib/management/scopes';
import type { Actor } from '@/lib/audit/record';
import { commonErrors } from '@/lib/errors/common';
import type { SessionUser } from './sign-in';

/**
 * Whoever calls a service, from either door: the account every query is scoped to, the one wallet
 * a wallet-level API client is confined to (null: the whole account), and who to name in the audit
 * trail. A Caller is an audit Actor, so services pass it straight to recordAudit. Scope its queries
 * with `ownedBy` (./scope.ts).
 */
export interface Caller extends Actor {
  entityUuid: string;
  walletUuid: string | null;
}

export function callerFromApi(actor: ApiActor): Caller {
  return { type: 'api_client', id: actor.clientId, entityUuid: actor.entityUuid, walletUuid: actor.walletUuid, requestId: actor.requestId };
}

export function callerFromUser(user: Pick<SessionUser, 'id' | 'entityUuid'>): Caller {
  return { type: 'user', id: user.id, entityUuid: user.entityUuid, walletUuid: null };
}

/** Account-level callers reach every wallet of their account; wallet-level clients only their own. */
export function canReachWallet(caller: Pick<Caller, 'walletUuid'>, walletUuid: string): boolean {
  return caller.walletUuid === null || caller.walletUuid === walletUuid;
}

// Only this module can stamp an Operator: the symbol is not exported, so no other code can write
// one as an object literal (a type error) or fake one at run time (assertOperator refuses it).
const OPERATOR: unique symbol = Symbol('operator');

/**
 * A platform operator doing cross-account work: the KYC queue and its decisions, onboarding and
 * suspending accounts. It has no account to be scoped to, and is not a Caller: a merchant's Caller
 * passed where an Operator is required is a type error, and `assertOperator` refuses it at run time.
 * Made only from an operator's session (`operatorFromSession()` in ./session.ts) or from an API
 * client of the platform account holding the management scope (`operatorFromApi`).
 */
export interface Operator {
  readonly kind: 'operator';
  /** Who to name in the audit trail: the operator's user id, or the management client's id. */
  readonly type: 'user' | 'api_client';
  readonly id: string;
  readonly requestId?: string;
  readonly [OPERATOR]: true;
}

/** The operator a signed-in operator user is; any other user is refused (403). */
export function operatorFromUser(user: Pick<SessionUser, 'id' | 'role'>): Operator {
  if (user.role !== 'operator') throw operatorOnly();
  return Object.freeze({ kind: 'operator', type: 'user', id: user.id, [OPERATOR]: true } as const);
}

/**
 * The operator behind a management API client: a client of the platform account (as `authenticate`
 * read it from the database) holding the management scope, which no other account's client can be
 * granted (lib/credentials/create.ts).
 */
export function operatorFromApi(actor: Pick<ApiActor, 'clientId' | 'scopes' | 'accountKind' | 'requestId'>): Operator {
  if (actor.accountKind !== 'platform' || !actor.scopes.includes(MANAGEMENT_SCOPE)) throw operatorOnly();
  return Object.freeze({ kind: 'operator', type: 'api_client', id: actor.clientId, requestId: actor.requestId, [OPERATOR]: true } as const);
}

/** Services that cross accounts call this first: anything but a stamped Operator is a 403. */
export function assertOperator(candidate: unknown): asserts candidate is Operator {
  const stamped = typeof candidate === 'object' && candidate !== null && (candidate as Partial<Operator>)[OPERATOR] === true;
  if (!stamped) throw operatorOnly();
}

export function isOperator(candidate: unknown): candidate is Operator {
  return typeof candidate === 'object' && candidate !== null && (candidate as Partial<Operator>)[OPERATOR] === true;
}

const operatorOnly = () => commonErrors.forbidden('Only platform operators may do this', 'Apenas operadores da plataforma podem fazer isto');
