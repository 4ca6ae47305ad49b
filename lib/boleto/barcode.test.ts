import { getBoletoInfo, isValidBoleto } from '@brazilian-utils/brazilian-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParts, fromDayNumber, toDayNumber } from '@/lib/banking-calendar';
import {
  bankCodeCheckDigit,
  barcodeAmountMinor,
  barcodeFactor,
  barcodeFromLine,
  buildBoleto,
  formatDigitableLine,
  formatOurNumber,
  freeField,
  isValidBoletoBarcode,
  lineFromBarcode,
  MAX_BOLETO_AMOUNT_MINOR,
  SANDBOX_BANK_CODE,
} from './barcode';
import { dueDateFromFactor } from './factor';

// Slips from public sources: @brazilian-utils' documented Banco do Brasil example and the Bradesco
// vector of mcrvaz/boleto-brasileiro-validator, whose barcode other converters print as well.
const PUBLISHED = [
  { line: '00190000090114971860168524522114675860000102656', barcode: null, bank: '001', factor: '7586', amount: 102656n },
  {
    line: '23793381286000782713695000063305975520000370000',
    barcode: '23799755200003700003381260007827139500006330',
    bank: '237',
    factor: '7552',
    amount: 370000n,
  },
];

describe('published slips', () => {
  it.each(PUBLISHED)('converts $line to its barcode and back', ({ line, barcode: published, bank, factor, amount }) => {
    expect(isValidBoleto(line)).toBe(true);
    const barcode = barcodeFromLine(line);
    expect(barcode).toHaveLength(44);
    if (published) expect(barcode).toBe(published);
    expect(isValidBoletoBarcode(barcode)).toBe(true);
    expect(barcode.slice(0, 3)).toBe(bank);
    expect(barcodeFactor(barcode)).toBe(factor);
    expect(barcodeAmountMinor(barcode)).toBe(amount);
    expect(lineFromBarcode(barcode)).toBe(line);
    expect(barcodeFromLine(formatDigitableLine(line))).toBe(barcode);
  });

  it('formats the line in five groups', () => {
    expect(formatDigitableLine(PUBLISHED[1]!.line)).toBe('23793.38128 60007.827136 95000.063305 9 75520000370000');
  });
});

describe('buildBoleto', () => {
  const ours = {
    bankCode: SANDBOX_BANK_CODE,
    dueDate: '2026-03-25',
    amountMinor: 123456n,
    freeField: freeField({ agency: '1', account: '12345', ourNumber: 42n }),
  };

  it('lays out a fixed example', () => {
    expect(ours.freeField).toBe('0001' + '09' + '00000000042' + '0012345' + '0');
    const boleto = buildBoleto(ours);
    expect(boleto.barcode).toBe('9999' + boleto.barcode[4] + '1396' + '0000123456' + ours.freeField);
    expect(boleto.barcode).toBe('99991139600001234560001090000000004200123450');
    expect(boleto.digitableLine).toBe('99990001039000000000142001234501113960000123456');
    expect(boleto.formattedLine).toBe('99990.00103 90000.000001 42001.234501 1 13960000123456');
    expect(isValidBoleto(boleto.digitableLine)).toBe(true);
  });

  it('makes lines an independent validator accepts and that convert back, for any slip', () => {
    fc.assert(
      fc.property(slips, (input) => {
        const { barcode, digitableLine, formattedLine } = buildBoleto(input);
        expect(barcode).toMatch(/^\d{44}$/);
        expect(digitableLine).toMatch(/^\d{47}$/);
        expect(formattedLine).toMatch(/^\d{5}\.\d{5} \d{5}\.\d{6} \d{5}\.\d{6} \d \d{14}$/);
        expect(formattedLine.replace(/[ .]/g, '')).toBe(digitableLine);

        expect(isValidBoleto(digitableLine)).toBe(true);
        expect(isValidBoleto(formattedLine)).toBe(true);
        expect(barcodeFromLine(digitableLine)).toBe(barcode);
        expect(barcodeFromLine(formattedLine)).toBe(barcode);
        expect(lineFromBarcode(barcode)).toBe(digitableLine);

        expect(barcode.slice(0, 3)).toBe(input.bankCode);
        expect(barcodeAmountMinor(barcode)).toBe(input.amountMinor);
        expect(dueDateFromFactor(barcodeFactor(barcode), input.dueDate)).toBe(input.dueDate);
        expect(barcode.slice(19)).toBe(input.freeField);

        // @brazilian-utils reads amount, bank and due date back from the line on its own.
        const { year, month, day } = dateParts(input.dueDate);
        const info = getBoletoInfo(digitableLine, { referenceDate: new Date(year, month - 1, day) });
        expect(info?.bankCode).toBe(input.bankCode);
        expect(BigInt(info?.amount ?? -1)).toBe(input.amountMinor);
        const due = info?.expirationDate;
        expect(due && [due.getFullYear(), due.getMonth() + 1, due.getDate()]).toEqual([year, month, day]);
      }),
      { numRuns: 300 },
    );
  });

  it('catches any changed digit in the first three fields', () => {
    fc.assert(
      fc.property(slips, fc.integer({ min: 0, max: 31 }), fc.integer({ min: 1, max: 9 }), (input, at, shift) => {
        const { digitableLine } = buildBoleto(input);
        const changed = digitableLine.slice(0, at) + String((Number(digitableLine[at]) + shift) % 10) + digitableLine.slice(at + 1);
        expect(() => barcodeFromLine(changed)).toThrow(RangeError);
        expect(isValidBoleto(changed)).toBe(false);
      }),
    );
  });

  it('refuses amounts and fields that do not fit', () => {
    expect(buildBoleto({ ...ours, amountMinor: MAX_BOLETO_AMOUNT_MINOR }).barcode.slice(9, 19)).toBe('9999999999');
    expect(buildBoleto({ ...ours, amountMinor: 0n }).barcode.slice(9, 19)).toBe('0000000000');
    expect(() => buildBoleto({ ...ours, amountMinor: MAX_BOLETO_AMOUNT_MINOR + 1n })).toThrow(RangeError);
    expect(() => buildBoleto({ ...ours, amountMinor: -1n })).toThrow(RangeError);
    expect(() => buildBoleto({ ...ours, bankCode: '99' })).toThrow(RangeError);
    expect(() => buildBoleto({ ...ours, freeField: '1'.repeat(24) })).toThrow(RangeError);
    expect(() => buildBoleto({ ...ours, dueDate: '2000-07-02' })).toThrow(RangeError);
  });

  it('refuses broken lines and barcodes', () => {
    expect(() => barcodeFromLine('1234')).toThrow(RangeError);
    // Right field check digits, wrong general check digit.
    const line = PUBLISHED[0]!.line;
    const wrongDv = line.slice(0, 32) + String((Number(line[32]) + 1) % 10) + line.slice(33);
    expect(() => barcodeFromLine(wrongDv)).toThrow(RangeError);
    expect(isValidBoleto(wrongDv)).toBe(false);
    expect(() => lineFromBarcode('0'.repeat(44))).toThrow(RangeError);
  });
});

describe('freeField and formatOurNumber', () => {
  it('pads agency, account and nosso número into 25 digits', () => {
    expect(freeField({ agency: '1234', account: '1234567', ourNumber: 99_999_999_999n, wallet: '06' })).toBe('1234069999999999912345670');
    expect(() => freeField({ agency: '12345', account: '1', ourNumber: 1n })).toThrow(RangeError);
    expect(() => freeField({ agency: '1', account: '12345678', ourNumber: 1n })).toThrow(RangeError);
    expect(() => freeField({ agency: '1', account: '1', ourNumber: 1n, wallet: '123' })).toThrow(RangeError);
    expect(() => freeField({ agency: '1-2', account: '1', ourNumber: 1n })).toThrow(RangeError);
  });

  it('writes the nosso número in 11 digits', () => {
    expect(formatOurNumber(0n)).toBe('00000000000');
    expect(formatOurNumber(123n)).toBe('00000000123');
    expect(() => formatOurNumber(100_000_000_000n)).toThrow(RangeError);
    expect(() => formatOurNumber(-1n)).toThrow(RangeError);
  });
});

describe('bankCodeCheckDigit', () => {
  it('matches the codes banks print', () => {
    expect(bankCodeCheckDigit('001')).toBe('9');
    expect(bankCodeCheckDigit('033')).toBe('7');
    expect(bankCodeCheckDigit('104')).toBe('0');
    expect(bankCodeCheckDigit('237')).toBe('2');
    expect(bankCodeCheckDigit('341')).toBe('7');
    expect(bankCodeCheckDigit(SANDBOX_BANK_CODE)).toBe('7');
  });
});

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const dueDates = fc.integer({ min: toDayNumber('2000-07-03'), max: toDayNumber('2060-12-31') }).map(fromDayNumber);
const freeFields = fc.oneof(
  digits(25),
  fc
    .record({
      agency: fc.integer({ min: 0, max: 9999 }).map(String),
      account: fc.integer({ min: 0, max: 9_999_999 }).map(String),
      ourNumber: fc.bigInt({ min: 0n, max: 99_999_999_999n }),
      wallet: digits(2),
    })
    .map(freeField),
);
const slips = fc.record({
  bankCode: fc.oneof(fc.constant(SANDBOX_BANK_CODE), digits(3)),
  dueDate: dueDates,
  amountMinor: fc.oneof(fc.bigInt({ min: 0n, max: MAX_BOLETO_AMOUNT_MINOR }), fc.bigInt({ min: 1n, max: 100_000n })),
  freeField: freeFields,
});
