import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { wallet } from './wallets';

export const PERSON_TYPES = ['natural', 'legal'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];
export const CREDIT_WALLET_TYPES = ['default', 'payroll'] as const;
export type CreditWalletType = (typeof CREDIT_WALLET_TYPES)[number];
export const LIMIT_TYPES = ['postpaid_credit_limit', 'payroll_withdraw_limit'] as const;
export type LimitType = (typeof LIMIT_TYPES)[number];

/**
 * A credit-wallet owner who passed KYC (QI `person_key`). Persons exist only once approved: the
 * seed creates the holder "at the end of the KYC process", so a pending owner lives on its wallet
 * (`credit_wallet.owner_submission`) until approval turns it into a row here. One person per
 * document per account; a later approval for the same document refreshes its data.
 */
export const person = pgTable(
  'person',
  {
    personKey: uuid('person_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    personType: text('person_type', { enum: PERSON_TYPES }).notNull(),
    documentNumber: text('document_number').notNull(),
    name: text('name').notNull(),
    tradingName: text('trading_name'),
    birthdate: date('birthdate', { mode: 'string' }),
    foundationDate: date('foundation_date', { mode: 'string' }),
    email: text('email').notNull(),
    phone: jsonb('phone').$type<Record<string, string>>().notNull(),
    address: jsonb('address').$type<Record<string, string>>().notNull(),
    legalRepresentatives: jsonb('legal_representatives').$type<Record<string, unknown>[]>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('person_entity_document_unique').on(t.entityUuid, t.documentNumber)],
);

/**
 * The QI side of a `wallet` row of kind `credit` (wallet_uuid = QI wallet_key): who owns it, the
 * invoice configuration as the client sent it, and the request_control_key.
 */
export const creditWallet = pgTable(
  'credit_wallet',
  {
    walletUuid: uuid('wallet_uuid')
      .primaryKey()
      .references(() => wallet.walletUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    requestControlKey: uuid('request_control_key').notNull(),
    walletType: text('wallet_type', { enum: CREDIT_WALLET_TYPES }).notNull(),
    ownerPersonKey: uuid('owner_person_key').references(() => person.personKey),
    ownerDocumentNumber: text('owner_document_number').notNull(),
    /** The owner data sent for KYC (null when the wallet was opened for an existing person_key). */
    ownerSubmission: jsonb('owner_submission').$type<Record<string, unknown>>(),
    /**
     * The owner's document while the wallet is pending_analysis or active, null otherwise: the
     * unique index below makes "one open wallet per owner and wallet type" (CIN000043) hold under
     * concurrency. Whoever moves a credit wallet to rejected or deactivated must clear it.
     */
    ownerClaim: text('owner_claim'),
    /** The KYC decision: who took it (a user id, or `sandbox:<client_id>`), when, and why for a rejection. */
    kycDecidedBy: text('kyc_decided_by'),
    kycDecidedAt: timestamp('kyc_decided_at', { withTimezone: true }),
    kycRejectionReason: text('kyc_rejection_reason'),
    invoiceConfiguration: jsonb('invoice_configuration').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('credit_wallet_request_control_key_unique').on(t.entityUuid, t.requestControlKey),
    uniqueIndex('credit_wallet_owner_claim_unique').on(t.entityUuid, t.walletType, t.ownerClaim),
    index('credit_wallet_entity_created_idx').on(t.entityUuid, t.createdAt, t.walletUuid),
    index('credit_wallet_entity_document_idx').on(t.entityUuid, t.ownerDocumentNumber),
    // KYC review looks for the owner's document on active wallets of every account.
    index('credit_wallet_document_idx').on(t.ownerDocumentNumber),
  ],
);

/**
 * A credit wallet's limits as granted. What is used is not stored here: the ledger grants each
 * limit to a wallet account (`credit_available`, `payroll_withdraw_available`) that spending draws
 * down and that may never go negative, so `used_limit` = limit − that balance can never pass
 * `limit_amount`, whatever races.
 */
export const walletLimit = pgTable(
  'wallet_limit',
  {
    walletLimitKey: uuid('wallet_limit_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => creditWallet.walletUuid),
    limitType: text('limit_type', { enum: LIMIT_TYPES }).notNull(),
    limitAmountMinor: bigint('limit_amount_minor', { mode: 'bigint' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('wallet_limit_wallet_type_unique').on(t.walletUuid, t.limitType),
    check('wallet_limit_amount_non_negative', sql`${t.limitAmountMinor} >= 0`),
  ],
);
