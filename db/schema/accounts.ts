import { check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** `platform`: the operators' own account (the only one whose credentials may manage other accounts). */
export const ACCOUNT_KINDS = ['merchant', 'platform'] as const;

/** The tenant: a payment facilitator's customer account (A55 `entity_uuid`). */
export const account = pgTable('account', {
  entityUuid: uuid('entity_uuid').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** The dashboard language of the account's users who chose none (`pt-BR`, `es-MX`, `en`); null: their browser's. */
  defaultLocale: text('default_locale'),
  /** Where the account's dates are read, unless a user chose another zone (an IANA name). */
  timeZone: text('time_zone').notNull().default('America/Sao_Paulo'),
  /** The account's Pix key (CPF, CNPJ, e-mail, +55 phone or EVP) and city, written into every Pix BR Code it issues. */
  pixKey: text('pix_key'),
  pixCity: text('pix_city'),
  /** Where the account's payouts go unless a request names another (seed 003 "Configurations"): a payout destination object. */
  payoutDestination: jsonb('payout_destination').$type<Record<string, unknown>>(),
  kind: text('kind', { enum: ACCOUNT_KINDS }).notNull().default('merchant'),
  /** While set, the account's sessions and API tokens are refused and nobody can sign in to it. */
  suspendedAt: timestamp('suspended_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('account_one_platform').on(t.kind).where(sql`${t.kind} = 'platform'`)]);

/** A merchant of an account (A55 `merchant_uuid`); charges carry its soft descriptor. */
export const merchant = pgTable(
  'merchant',
  {
    merchantUuid: uuid('merchant_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    name: text('name').notNull(),
    softDescription: text('soft_description').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('merchant_entity_idx').on(t.entityUuid, t.createdAt)],
);

/**
 * `operator`: platform staff (in the platform account) working across accounts. The rest are an
 * account's team roles, whose permissions lib/access/permissions.ts defines.
 */
export const userRole = pgEnum('user_role', ['operator', 'owner', 'admin', 'developer', 'finance', 'viewer']);
export type UserRole = (typeof userRole.enumValues)[number];

/** A dashboard login, a member of one account with one role. */
export const user = pgTable(
  'user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull(),
    /** The user's own dashboard language and time zone; null follows the account's. */
    locale: text('locale'),
    timeZone: text('time_zone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('user_email_unique').on(sql`lower(${t.email})`)],
);

/**
 * An invitation to join an account's team with a role. Only a hash of its token is kept: the link
 * is shown (and mailed) once. It is accepted once, until it expires or is revoked; resending it
 * replaces the token, so an older link stops working.
 */
export const invitation = pgTable(
  'invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    email: text('email').notNull(),
    role: userRole('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** Who invited: a user id, or the API client of an operator's integration. */
    invitedBy: text('invited_by').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedUserId: uuid('accepted_user_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invitation_token_hash_unique').on(t.tokenHash),
    // One live invitation per address and account: inviting again means resending it.
    uniqueIndex('invitation_pending_email_unique')
      .on(t.entityUuid, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index('invitation_entity_idx').on(t.entityUuid, t.createdAt),
    check('invitation_team_role', sql`${t.role} <> 'operator'`),
  ],
);

export const PRODUCTS = ['payment_wallet', 'credit_wallet', 'virtual_wallet'] as const;
export type Product = (typeof PRODUCTS)[number];

/**
 * A product the account has contracted (seed 003 "Contracted Products"), with its quota: how many
 * of it may be in use at once (null: no limit). No row: not contracted.
 */
export const accountProduct = pgTable(
  'account_product',
  {
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    product: text('product', { enum: PRODUCTS }).notNull(),
    quota: integer('quota'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entityUuid, t.product] }), check('account_product_quota', sql`${t.quota} is null or ${t.quota} >= 0`)],
);
