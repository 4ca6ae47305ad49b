import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import type { SettlementLineRow, SettlementRow } from './queries';

export function toSettlementBody(row: SettlementRow) {
  const money = (minor: bigint) => formatMinor(minor, currencyDigits(row.currency));
  return {
    settlement_uuid: row.settlementUuid,
    wallet_uuid: row.walletUuid,
    settlement_date: row.settlementDate,
    currency: row.currency,
    gross_amount: money(row.grossMinor),
    total_fees: money(row.feesMinor),
    refunded_net_amount: money(row.refundedNetMinor),
    net_amount: money(row.netMinor),
    line_count: row.lineCount,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function toSettlementDetailBody(detail: { settlement: SettlementRow; lines: SettlementLineRow[] }) {
  const money = (minor: bigint) => formatMinor(minor, currencyDigits(detail.settlement.currency));
  return {
    ...toSettlementBody(detail.settlement),
    lines: detail.lines.map((line) => ({
      charge_uuid: line.chargeUuid,
      wallet_uuid: line.walletUuid,
      type: line.typeCharge,
      currency: detail.settlement.currency,
      gross_amount: money(line.grossMinor),
      mdr_amount: money(line.mdrMinor),
      interchange_amount: money(0n),
      processing_fee: money(line.processingFeeMinor),
      fx_fee: money(0n),
      total_fees: money(line.totalFeesMinor),
      refunded_net_amount: money(line.refundedNetMinor),
      net_amount: money(line.netMinor),
      captured_at: line.capturedAt.toISOString(),
      settled_at: line.settledAt.toISOString(),
      settlement_uuid: line.settlementUuid,
    })),
  };
}
