import { csvLine, csvText } from '@/lib/ledger/statement-csv';
import { formatMinor } from '@/lib/money/decimal';
import type { DashboardSettlement, DashboardSettlementLine } from '@/lib/settlements/dashboard-queries';

/** Reference A.8's field names, so the export reads like the API's settled charges. */
export const SETTLEMENT_CSV_HEADER = [
  'settlement_uuid',
  'settlement_date',
  'wallet_uuid',
  'charge_uuid',
  'type_charge',
  'currency',
  'gross_amount',
  'mdr_amount',
  'processing_fee',
  'total_fees',
  'refunded_amount',
  'net_amount',
  'captured_at',
  'settled_at',
];

/**
 * A page of a settlement's lines as CSV records, written as the wallet statement's are
 * (lib/ledger/statement-csv.ts): RFC 4180, amounts as exact decimals of the currency's minor unit,
 * never floats. The header is the caller's to write once.
 */
export function settlementLinesCsv(settlement: Pick<DashboardSettlement, 'settlementUuid' | 'settlementDate' | 'currency'>, lines: readonly DashboardSettlementLine[], digits: number): string {
  const amount = (minor: bigint) => formatMinor(minor, digits);
  return lines
    .map((line) =>
      csvLine([
        settlement.settlementUuid,
        settlement.settlementDate,
        line.walletUuid,
        line.chargeUuid,
        csvText(line.typeCharge),
        settlement.currency,
        amount(line.grossMinor),
        amount(line.mdrMinor),
        amount(line.processingFeeMinor),
        amount(line.totalFeesMinor),
        amount(line.refundedNetMinor),
        amount(line.netMinor),
        line.capturedAt.toISOString(),
        line.settledAt.toISOString(),
      ]),
    )
    .join('');
}
