import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

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
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

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

export const userRole = pgEnum('user_role', ['admin', 'merchant']);
export type UserRole = (typeof userRole.enumValues)[number];

/** A dashboard login. `admin` is a platform operator; `merchant` works inside its own account. */
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
    role: userRole('role').notNull().default('merchant'),
    /** The user's own dashboard language and time zone; null follows the account's. */
    locale: text('locale'),
    timeZone: text('time_zone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('user_email_unique').on(sql`lower(${t.email})`)],
);
