import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { commonErrors } from '@/lib/errors/common';
import type { Caller } from './caller';

/** A tenant table: every row names its account, and rows that belong to one wallet name it too. */
export interface TenantColumns {
  entityUuid: AnyPgColumn;
  walletUuid?: AnyPgColumn | null;
}

/**
 * The one rule that scopes a query to its caller: rows of the caller's account and, for a
 * wallet-level API client, only rows of its wallet where the table has a wallet column. Every
 * service query of tenant data filters with it (`where(and(ownedBy(wallet, caller), …))`), so a
 * foreign row is simply not found: another account's and a missing one answer the same 404.
 */
export function ownedBy(table: TenantColumns, caller: Pick<Caller, 'entityUuid' | 'walletUuid'>): SQL {
  // Operators carry no account; one passed here by a cast would otherwise match nothing silently.
  if (typeof caller.entityUuid !== 'string' || caller.entityUuid === '') {
    throw commonErrors.forbidden('This needs a caller inside an account', 'Isto exige um chamador dentro de uma conta');
  }
  return and(
    eq(table.entityUuid, caller.entityUuid),
    caller.walletUuid && table.walletUuid ? eq(table.walletUuid, caller.walletUuid) : undefined,
  )!;
}
