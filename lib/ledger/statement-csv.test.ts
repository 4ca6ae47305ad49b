import { describe, expect, it } from 'vitest';
import type { StatementRow } from './statement';
import { statementCsv } from './statement-csv';

// Pure: no database.
const row = (overrides: Partial<StatementRow> = {}): StatementRow => ({
  entryId: 42n,
  transactionUuid: '0b9f1c9e-2f4e-4d7a-9a51-3c1f6f1d2e8a',
  kind: 'card_capture',
  referenceType: 'charge',
  referenceId: 'c-1',
  description: 'Order 17',
  account: 'available',
  amountMinor: 150075n,
  balanceAfterMinor: 9223372036854775807n,
  createdAt: new Date('2026-12-01T23:18:25.123Z'),
  ...overrides,
});

const HEADER = 'entry_id,created_at,transaction_uuid,kind,reference_type,reference_id,description,account,amount,balance_after\r\n';

describe('statementCsv', () => {
  it('writes a header and one CRLF-terminated line per entry, amounts as exact decimals', () => {
    expect(statementCsv([row()], 2)).toBe(
      `${HEADER}42,2026-12-01T23:18:25.123Z,0b9f1c9e-2f4e-4d7a-9a51-3c1f6f1d2e8a,card_capture,charge,c-1,Order 17,available,1500.75,92233720368547758.07\r\n`,
    );
  });

  it('writes negative amounts and zero-decimal currencies exactly, never through a float', () => {
    const csv = statementCsv([row({ amountMinor: -5n, balanceAfterMinor: 0n })], 2);
    expect(csv.split('\r\n')[1]!.split(',').slice(-2)).toEqual(['-0.05', '0.00']);
    const clp = statementCsv([row({ amountMinor: -1500n, balanceAfterMinor: 9007199254740993n })], 0);
    expect(clp.split('\r\n')[1]!.split(',').slice(-2)).toEqual(['-1500', '9007199254740993']);
  });

  it('quotes fields holding a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    const csv = statementCsv([row({ description: 'Pedido 7, "urgente"\nsegunda linha', referenceId: 'a\r\nb' })], 2);
    expect(csv).toContain(',"a\r\nb","Pedido 7, ""urgente""\nsegunda linha",available,');
  });

  it('leaves an empty description empty and writes only the header for no entries', () => {
    expect(statementCsv([row({ description: null })], 2).split('\r\n')[1]).toContain(',c-1,,available,');
    expect(statementCsv([], 2)).toBe(HEADER);
  });

  it('defuses text a spreadsheet would run as a formula, but not the amounts', () => {
    const csv = statementCsv([row({ description: '=HYPERLINK("http://x")', referenceId: '@SUM(A1)', amountMinor: -100n })], 2);
    expect(csv).toContain(`,'@SUM(A1),"'=HYPERLINK(""http://x"")",available,-1.00,`);
  });
});
