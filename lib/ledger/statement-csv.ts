import { formatMinor } from '@/lib/money/decimal';
import type { StatementRow } from './statement';

const CSV_HEADER = ['entry_id', 'created_at', 'transaction_uuid', 'kind', 'reference_type', 'reference_id', 'description', 'account', 'amount', 'balance_after'];

/**
 * The statement as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, quotes doubled). Amounts are exact decimals of the currency's minor
 * unit (`formatMinor`), never floats. Free-text fields that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab/CR) are prefixed with an apostrophe; amounts are numbers and
 * written as they are.
 */
export function statementCsv(rows: readonly StatementRow[], currencyDigits: number): string {
  const lines = rows.map((row) => [
    row.entryId.toString(),
    row.createdAt.toISOString(),
    row.transactionUuid,
    csvText(row.kind),
    csvText(row.referenceType),
    csvText(row.referenceId),
    csvText(row.description ?? ''),
    row.account,
    formatMinor(row.amountMinor, currencyDigits),
    formatMinor(row.balanceAfterMinor, currencyDigits),
  ]);
  return [CSV_HEADER, ...lines].map(csvLine).join('');
}

/** One RFC 4180 record with its CRLF; the other CSV exports (settlement lines) write theirs the same way. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(quoted).join(',')}\r\n`;
}

/** Free text as a spreadsheet should read it: never as a formula. */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoted(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
