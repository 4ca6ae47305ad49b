import type { z } from 'zod';
import type { wallet } from '@/db/schema';
import { currencyDigits, WALLET_CURRENCIES, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import type { Scope } from '@/lib/api/scopes';
import type { walletCredentialsSchema, walletSchema } from './schemas';

type WalletRow = typeof wallet.$inferSelect;
// Typed by the response schemas, so a field the document lacks (or one it promises) fails tsc.
export type WalletBody = z.input<typeof walletSchema>;
export type WalletCredentialsBody = z.input<typeof walletCredentialsSchema>;

/**
 * A payment wallet on the wire (A55 field names). Its `balance` is its `available` ledger account
 * (lib/ledger/balances.ts reads it; the wallet row holds no balance), exact in the currency's minor unit.
 */
export function toWalletBody(row: WalletRow, availableMinor: bigint): WalletBody {
  return {
    wallet_uuid: row.walletUuid,
    entity_uuid: row.entityUuid,
    merchant_uuid: present(row, 'merchantUuid'),
    customer_id: present(row, 'customerId'),
    currency: walletCurrency(row),
    name: present(row, 'name'),
    email: present(row, 'email'),
    status: row.status,
    balance: formatMinor(availableMinor, currencyDigits(row.currency)),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

// The columns are shared with credit wallets, which leave these empty; the table's check
// `wallet_payment_fields` guarantees them for a payment wallet.
function present(row: WalletRow, column: 'merchantUuid' | 'customerId' | 'name' | 'email'): string {
  const value = row[column];
  if (value === null) throw new Error(`payment wallet ${row.walletUuid} has no ${column}`);
  return value;
}

function walletCurrency(row: WalletRow): WalletCurrency {
  const currency = WALLET_CURRENCIES.find((known) => known === row.currency);
  if (!currency) throw new Error(`payment wallet ${row.walletUuid} has currency ${row.currency}`);
  return currency;
}

/** The `credentials` object of seed 001: the secret appears here once (a replay of this answer blanks it) and never again. */
export function toCredentialsBody(credentials: { clientId: string; clientSecret: string; scopes: Scope[] }): WalletCredentialsBody & { client_secret: string } {
  return {
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    grant_type: 'client_credentials',
    scopes: credentials.scopes,
  };
}
