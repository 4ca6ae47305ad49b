import { z } from 'zod';
import { walletCurrencySchema } from '@/lib/wallets/schemas';
import { keysetPageFields } from '@/lib/pagination/keyset';
import { statementCursorSchema } from './cursor';

/** The accounts of a payment wallet (DESIGN §2.1): paid-out-able, captured but unsettled, held for payouts in flight. */
export const PAYMENT_ACCOUNT_CODES = ['available', 'pending', 'reserved'] as const;
export type PaymentAccountCode = (typeof PAYMENT_ACCOUNT_CODES)[number];

const decimal = (description: string, example = '1500.00') => z.string().meta({ description, example });
const timestamp = z.iso.datetime();

export const walletBalanceSchema = z
  .object({
    wallet_uuid: z.uuid(),
    currency: walletCurrencySchema,
    available: decimal('May be paid out or refunded from; the `balance` of the wallet'),
    pending: decimal('Captured but not yet settled into `available`', '0.00'),
    reserved: decimal('Held for payouts in flight', '0.00'),
  })
  .meta({ id: 'WalletBalance', description: "Exact decimals in the currency's minor unit ('0.00' BRL, '0' CLP)" });

/** `GET …/statement/`: a cursor page, newest first. */
export const statementQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: statementCursorSchema.optional(),
  account: z.enum(PAYMENT_ACCOUNT_CODES).optional().meta({ description: "Only this account's entries; all of the wallet's when omitted" }),
});
export type StatementQuery = z.output<typeof statementQuerySchema>;

export const statementEntrySchema = z
  .object({
    entry_id: z.string().meta({ description: 'The entry (a 64-bit integer, as text)', example: '1024' }),
    transaction_uuid: z.uuid().meta({ description: 'The balanced transaction the entry belongs to' }),
    kind: z.string().meta({ description: 'What moved the money', example: 'card_capture' }),
    reference_type: z.string().meta({ example: 'charge' }),
    reference_id: z.string(),
    description: z.string().nullable(),
    account: z.enum(PAYMENT_ACCOUNT_CODES),
    amount: decimal('Signed: what the entry added to the account', '-25.00'),
    balance_after: decimal("The account's balance right after this entry"),
    created_at: timestamp,
  })
  .meta({ id: 'StatementEntry' });

export const statementSchema = z
  .object({ data: z.array(statementEntrySchema), ...keysetPageFields })
  .meta({ id: 'WalletStatement' });

const accountFields = {
  account_id: z.string().meta({ description: 'The ledger account (a 64-bit integer, as text)' }),
  code: z.string().meta({ example: 'available' }),
  wallet_uuid: z.uuid().nullable().meta({ description: "The wallet owning the account; null for the account's platform accounts" }),
  currency: z.string(),
};

export const integrityReportSchema = z
  .object({
    ok: z.boolean().meta({ description: 'True when every list below is empty' }),
    checked_at: timestamp,
    entity_uuid: z.uuid(),
    wallet_uuid: z.uuid().nullable().meta({ description: 'The wallet checked, for a wallet-level token; null: the whole account' }),
    accounts: z.number().int().meta({ description: 'Accounts recomputed from their entries' }),
    transactions: z.number().int().meta({ description: 'Transactions whose entries were summed per currency' }),
    mismatched_accounts: z.array(
      z.object({
        ...accountFields,
        stored: decimal('The stored balance', '10.00'),
        from_entries: decimal('The sum of its entries', '10.00'),
      }),
    ),
    unbalanced_transactions: z.array(
      z.object({ transaction_uuid: z.uuid(), currency: z.string(), sum: decimal('What its entries in this currency add up to (should be 0)', '0.01') }),
    ),
    negative_accounts: z.array(z.object({ ...accountFields, balance: decimal('A balance below zero on an account that may not go negative', '-0.01') })),
    unbalanced_holdings: z
      .array(
        z.object({
          wallet_uuid: z.uuid().meta({ description: 'The holding wallet' }),
          currency: z.string(),
          allocated: decimal("Its `virtual_allocated` balance (what it owes its virtual wallets, ≤ 0)", '-10.00'),
          virtual_total: decimal('The sum of its virtual wallets\' balances', '10.00'),
        }),
      )
      .meta({ description: 'Holding wallets whose allocation is not minus the sum of their virtual balances (should be empty)' }),
  })
  .meta({ id: 'LedgerIntegrityReport' });
