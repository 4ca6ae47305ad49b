import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { wallet } from './wallets';

/**
 * OAuth2 client-credentials clients. The secret is stored only as a hash; after a rotation the
 * previous hash stays valid until `previous_secret_expires_at`. A client with a wallet reaches only
 * that wallet; without one it reaches the whole account.
 */
export const apiClient = pgTable(
  'api_client',
  {
    clientId: uuid('client_id').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid').references(() => wallet.walletUuid),
    name: text('name').notNull(),
    scopes: text('scopes').array().notNull(),
    secretHash: text('secret_hash').notNull(),
    secretLastFour: text('secret_last_four').notNull(),
    previousSecretHash: text('previous_secret_hash'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_client_entity_created_idx').on(t.entityUuid, t.createdAt, t.clientId)],
);
