import type { z } from 'zod';
import {
  toWire,
  type InvoiceConfiguration,
  type PayrollInvoiceConfiguration,
} from '@/lib/credit/invoice-configuration';
import { jsonDecimal } from '@/lib/money/decimal';
import type { CreatedCreditWallet } from './create-wallet';
import type { CreditWalletDetail, CreditWalletRow, WalletLimitRow } from './queries';
import type { createdCreditWalletSchema, creditWalletSchema, creditWalletSummarySchema, walletLimitSchema } from './response-schemas';

// Typed by the response schemas, so a field the document lacks (or one it promises) fails tsc.
export type CreatedCreditWalletBody = z.input<typeof createdCreditWalletSchema>;
export type WalletLimitBody = z.input<typeof walletLimitSchema>;
export type CreditWalletSummaryBody = z.input<typeof creditWalletSummarySchema>;
export type CreditWalletBody = z.input<typeof creditWalletSchema>;

/**
 * The QI JSON bodies of seeds 002 and 004, keys in the seed's order. Amounts are exact decimal
 * JSON numbers (`5000.00`); serialize with stringifyJson, which the API door does.
 */
const BRL_DIGITS = 2;

export function createdWalletBody(created: CreatedCreditWallet): CreatedCreditWalletBody {
  return { wallet_key: created.walletKey, owner_person_key: created.ownerPersonKey, wallet_status: created.status };
}

export function walletLimitBody(limit: WalletLimitRow): WalletLimitBody {
  return {
    wallet_limit_key: limit.walletLimitKey,
    limit_type: limit.limitType,
    limit_amount: jsonDecimal(limit.limitAmountMinor, BRL_DIGITS),
    used_limit: jsonDecimal(limit.usedLimitMinor, BRL_DIGITS),
  };
}

/** A list item (reference B.3): the wallet of seed 004 without its limits. */
export function walletSummaryBody(row: CreditWalletRow): CreditWalletSummaryBody {
  return {
    request_control_key: row.requestControlKey,
    wallet_key: row.walletKey,
    owner_person_key: row.ownerPersonKey,
    owner_document_number: row.ownerDocumentNumber,
    invoice_configuration: invoiceConfigurationBody(row),
    wallet_status: row.status,
    wallet_type: row.walletType,
    created_at: isoSeconds(row.createdAt),
  };
}

export function walletDetailBody(detail: CreditWalletDetail): CreditWalletBody {
  const { created_at, ...summary } = walletSummaryBody(detail);
  return { ...summary, wallet_limits: detail.limits.map(walletLimitBody), created_at };
}

function invoiceConfigurationBody(row: CreditWalletRow) {
  return row.walletType === 'payroll'
    ? toWire(row.invoiceConfiguration as PayrollInvoiceConfiguration)
    : toWire(row.invoiceConfiguration as InvoiceConfiguration);
}

/** ISO 8601 UTC to the second, as the seed writes it: `2024-01-15T10:30:00Z`. */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
