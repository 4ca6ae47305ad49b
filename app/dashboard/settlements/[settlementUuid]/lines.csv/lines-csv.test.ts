import { describe, expect, it } from 'vitest';
import { csvLine } from '@/lib/ledger/statement-csv';
import { SETTLEMENT_CSV_HEADER, settlementLinesCsv } from './lines-csv';

const settlement = { settlementUuid: '8d3f3f7e-1a2b-4c5d-9e0f-112233445566', settlementDate: '2026-03-02', currency: 'BRL' };
const line = {
  id: 7n,
  settlementUuid: settlement.settlementUuid,
  entityUuid: '00000000-0000-4000-8000-000000000001',
  walletUuid: '00000000-0000-4000-8000-000000000002',
  chargeUuid: '00000000-0000-4000-8000-000000000003',
  typeCharge: 'credit_card' as const,
  grossMinor: 12_000n,
  mdrMinor: 359n,
  processingFeeMinor: 39n,
  totalFeesMinor: 398n,
  refundedNetMinor: 1_000n,
  netMinor: 10_602n,
  capturedAt: new Date('2026-02-01T12:00:00.000Z'),
  settledAt: new Date('2026-03-02T09:00:00.000Z'),
};

describe('a settlement’s lines as CSV', () => {
  it('writes each line’s A.8 amounts as exact decimals, one CRLF record per line', () => {
    expect(csvLine(SETTLEMENT_CSV_HEADER)).toBe(
      'settlement_uuid,settlement_date,wallet_uuid,charge_uuid,type_charge,currency,gross_amount,mdr_amount,processing_fee,total_fees,refunded_amount,net_amount,captured_at,settled_at\r\n',
    );
    expect(settlementLinesCsv(settlement, [line], 2)).toBe(
      `${settlement.settlementUuid},2026-03-02,${line.walletUuid},${line.chargeUuid},credit_card,BRL,120.00,3.59,0.39,3.98,10.00,106.02,2026-02-01T12:00:00.000Z,2026-03-02T09:00:00.000Z\r\n`,
    );
  });

  it('keeps amounts beyond a float’s exact range exact', () => {
    const big = { ...line, grossMinor: 9_007_199_254_740_993n, mdrMinor: 0n, processingFeeMinor: 0n, totalFeesMinor: 0n, refundedNetMinor: 0n, netMinor: 9_007_199_254_740_993n };
    expect(settlementLinesCsv(settlement, [big], 2)).toContain(',90071992547409.93,0.00,0.00,0.00,0.00,90071992547409.93,');
  });
});
