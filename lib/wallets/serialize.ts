import type { wallet } from '@/db/schema';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import type { Scope } from '@/lib/api/scopes';

type WalletRow = typeof wallet.$inferSelect;

/** A payment wallet on the wire (A55 field names), its balance exact in the currency's minor unit. */
export function toWalletBody(row: WalletRow) {
  return {
    wallet_uuid: row.walletUuid,
    entity_uuid: row.entityUuid,
    merchant_uuid: row.merchantUuid,
    customer_id: row.customerId,
    currency: row.currency,
    name: row.name,
    email: row.email,
    status: row.status,
    balance: formatMinor(row.balanceMinor, currencyDigits(row.currency)),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The `credentials` object of seed 001: the secret appears here once and never again. */
export function toCredentialsBody(credentials: { clientId: string; clientSecret: string; scopes: Scope[] }) {
  return {
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    grant_type: 'client_credentials' as const,
    scopes: credentials.scopes,
  };
}
