import { getPixKeyInfo, getPixPayloadInfo, isValidPixPayload } from '@brazilian-utils/brazilian-utils';
import fc from 'fast-check';
import { createStaticPix, hasError, isStaticPix, parsePix } from 'pix-utils';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '@/lib/money/decimal';
import {
  buildPixBrCode,
  crc16ccitt,
  normalizePixCity,
  normalizePixDescription,
  normalizePixName,
  pixTxid,
  validatePixKey,
  type PixBrCodeInput,
  type PixKeyType,
} from './br-code';

// Two parsers we did not write: pix-utils (parse, CRC check, and its own generator as a second
// encoder) and @brazilian-utils' BR Code reader.

describe('crc16ccitt', () => {
  it('gives the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16ccitt('123456789')).toBe('29B1');
    expect(crc16ccitt('')).toBe('FFFF');
  });

  it('signs the Pix manual example payload as the manual does', () => {
    const example =
      '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000' +
      '5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***6304';
    expect(crc16ccitt(example)).toBe('1D3D');
    expect(isValidPixPayload(`${example}1D3D`)).toBe(true);
  });
});

describe('buildPixBrCode', () => {
  const sample: PixBrCodeInput = {
    pixKey: 'fin@loja.com.br',
    merchantName: 'Açaí & Cia',
    merchantCity: 'São Paulo',
    amountMinor: 123456n,
    txid: 'PEDIDO123',
    description: 'Pedido 123',
  };

  it('writes a fixed example field by field', () => {
    const payload = buildPixBrCode(sample);
    const body =
      '000201' +
      '010212' +
      '2651' + '0014br.gov.bcb.pix' + '0115fin@loja.com.br' + '0210Pedido 123' +
      '52040000' +
      '5303986' +
      '54071234.56' +
      '5802BR' +
      '5910ACAI & CIA' +
      '6009SAO PAULO' +
      '6213' + '0509PEDIDO123' +
      '6304';
    expect(payload).toBe(`${body}FF5D`);
    const parsed = parsePix(payload);
    // pix-utils recomputes the CRC itself and answers an error object when it differs.
    expect(hasError(parsed)).toBe(false);
    const again = createStaticPix(pixUtilsParams(payload));
    expect(hasError(again) ? again.message : again.toBRCode()).toBe(payload);
  });

  it('is parsed back by two independent readers, for any amount, name, city, key and txid', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const payload = buildPixBrCode(input);
        expect(payload).toMatch(/^[\x20-\x7e]+$/);
        expect(payload.slice(-4)).toBe(crc16ccitt(payload.slice(0, -4)));

        const parsed = parsePix(payload);
        if (hasError(parsed)) throw new Error(`pix-utils refused ${payload}: ${parsed.message}`);
        if (!isStaticPix(parsed)) throw new Error(`pix-utils did not read ${payload} as a key-based code`);
        expect(parsed.pixKey).toBe(input.pixKey);
        // pix-utils reads 54 as a JS number; 11 digits are exact in a double, so toFixed(2) is too.
        expect(parsed.transactionAmount?.toFixed(2)).toBe(formatMinor(input.amountMinor, 2));
        expect(parsed.merchantName).toBe(normalizePixName(input.merchantName));
        expect(parsed.merchantCity).toBe(normalizePixCity(input.merchantCity));
        expect(parsed.txid).toBe(input.txid);
        const description = input.description === undefined ? '' : normalizePixDescription(input.description);
        expect(description.startsWith(parsed.infoAdicional ?? '')).toBe(true);

        // pix-utils' own encoder, fed the parsed fields, writes the very same text.
        const again = createStaticPix(pixUtilsParams(payload));
        expect(hasError(again) ? again.message : again.toBRCode()).toBe(payload);

        const info = getPixPayloadInfo(payload);
        expect(info).not.toBeNull();
        expect(info?.key).toBe(input.pixKey);
        expect(info?.merchantName).toBe(parsed.merchantName);
        expect(info?.merchantCity).toBe(parsed.merchantCity);
        expect(info?.txid).toBe(input.txid);
        expect(info?.amount?.toFixed(2)).toBe(formatMinor(input.amountMinor, 2));
        // "12" reads as single use, which that library reports as "dynamic".
        expect(info?.pointOfInitiation).toBe('dynamic');
      }),
      { numRuns: 300 },
    );
  });

  it('normalizes names and cities as the manual asks', () => {
    expect(normalizePixName('São Paulo')).toBe('SAO PAULO');
    expect(normalizePixName('Açaí & Cia')).toBe('ACAI & CIA');
    expect(normalizePixName('JOÃO DA SILVA ÇÉÃ')).toBe('JOAO DA SILVA CEA');
    expect(normalizePixName('  Padaria   d’Ávila® Ltda.  ')).toBe('PADARIA DAVILA LTDA.');
    expect(normalizePixName('ﬁne Ｓtore')).toBe('FINE STORE');
    expect(normalizePixName('Comércio de Alimentos Paulistanos')).toBe('COMERCIO DE ALIMENTOS PAU');
    expect(normalizePixName('Loja do Bairro Jardim Xyz')).toHaveLength(25);
    expect(normalizePixCity('São José dos Campos')).toBe('SAO JOSE DOS CA');
    expect(normalizePixCity('Mogi das Cruzes')).toBe('MOGI DAS CRUZES');
    // A cut that lands on a space does not leave it behind.
    expect(normalizePixCity('Rio de Janeiro X')).toBe('RIO DE JANEIRO');
    expect(() => normalizePixCity('☀ ☂')).toThrow(RangeError);
  });

  it('keeps the description inside the 99 characters of field 26, or drops it', () => {
    const longKey = `${'a'.repeat(54)}@loja.com.br`;
    const payload = buildPixBrCode({ ...sample, pixKey: longKey, description: 'Pedido número 123 do cliente Fulano' });
    const parsed = parsePix(payload);
    if (hasError(parsed) || !isStaticPix(parsed)) throw new Error('not parsed');
    // 99 − 18 (GUI) − 70 (key) − 4 leaves 7 characters: "Pedido ", whose trailing space goes.
    expect(parsed.infoAdicional).toBe('Pedido');
    expect(payload.slice(12, 16)).toBe('2698');

    const fullKey = `${'b'.repeat(65)}@loja.com.br`;
    expect(fullKey).toHaveLength(77);
    const without = parsePix(buildPixBrCode({ ...sample, pixKey: fullKey }));
    if (hasError(without) || !isStaticPix(without)) throw new Error('not parsed');
    expect(without.infoAdicional).toBeUndefined();
    expect(without.pixKey).toBe(fullKey);
  });

  it('refuses what it cannot encode', () => {
    expect(() => buildPixBrCode({ ...sample, pixKey: 'not a key' })).toThrow(RangeError);
    expect(() => buildPixBrCode({ ...sample, txid: 'A'.repeat(26) })).toThrow(RangeError);
    expect(() => buildPixBrCode({ ...sample, txid: 'PEDIDO-123' })).toThrow(RangeError);
    expect(() => buildPixBrCode({ ...sample, txid: '' })).toThrow(RangeError);
    expect(() => buildPixBrCode({ ...sample, amountMinor: 0n })).toThrow(RangeError);
    expect(() => buildPixBrCode({ ...sample, amountMinor: -1n })).toThrow(RangeError);
    expect(() => buildPixBrCode({ ...sample, amountMinor: 1_000_000_000_000n })).toThrow(RangeError);
    expect(buildPixBrCode({ ...sample, amountMinor: 999_999_999_999n })).toContain('54139999999999.99');
    expect(() => buildPixBrCode({ ...sample, merchantName: '!!!' })).toThrow(RangeError);
  });

  it('leaves the amount out of a reusable deposit code, which both readers still take', () => {
    const payload = buildPixBrCode({ ...sample, amountMinor: undefined, description: undefined });
    expect(payload).toContain('010211');
    expect(payload).not.toContain('5407');
    expect(payload.slice(-4)).toBe(crc16ccitt(payload.slice(0, -4)));
    const parsed = parsePix(payload);
    if (hasError(parsed) || !isStaticPix(parsed)) throw new Error(`pix-utils refused ${payload}`);
    expect(parsed.transactionAmount ?? 0).toBe(0);
    expect(isValidPixPayload(payload)).toBe(true);
    expect(getPixPayloadInfo(payload)?.txid).toBe('PEDIDO123');
  });
});

describe('pixTxid', () => {
  it('writes a UUID in 25 base-36 characters, the static limit', () => {
    expect(pixTxid('00000000-0000-0000-0000-000000000000')).toBe('0'.repeat(25));
    expect(pixTxid('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe('F5LXX1ZZ5PNORYNQGLHZMSP33');
    expect(pixTxid('3F2504E0-4F89-41D3-9A0C-0305E82C3301')).toBe(pixTxid('3f2504e04f8941d39a0c0305e82c3301'));
  });

  it('never gives two charges the same txid', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        const txid = pixTxid(uuid);
        expect(txid).toMatch(/^[0-9A-Z]{25}$/);
        // Lossless: the UUID comes back from the txid.
        const hex = [...txid.toLowerCase()].reduce((n, c) => n * 36n + BigInt(parseInt(c, 36)), 0n).toString(16).padStart(32, '0');
        expect(hex).toBe(uuid.replace(/-/g, ''));
      }),
    );
  });

  it('passes a short alphanumeric seed through and refuses the rest', () => {
    expect(pixTxid('PEDIDO123')).toBe('PEDIDO123');
    expect(() => pixTxid('pedido-123')).toThrow(RangeError);
    expect(() => pixTxid('A'.repeat(26))).toThrow(RangeError);
  });
});

describe('validatePixKey', () => {
  it('names each kind of key', () => {
    expect(validatePixKey('12345678909')).toEqual({ type: 'cpf' });
    expect(validatePixKey('11222333000181')).toEqual({ type: 'cnpj' });
    expect(validatePixKey('12ABC34501DE35')).toEqual({ type: 'cnpj' });
    expect(validatePixKey('fin@loja.com.br')).toEqual({ type: 'email' });
    expect(validatePixKey('+5511987654321')).toEqual({ type: 'phone' });
    expect(validatePixKey('123e4567-e89b-42d3-a456-426614174000')).toEqual({ type: 'evp' });
  });

  it('refuses what the DICT would not hold', () => {
    for (const key of [
      '12345678900', // CPF check digits wrong
      '123.456.789-09', // masked
      '11222333000182',
      'Fin@Loja.com.br', // the DICT keeps e-mails in lower case
      `${'a'.repeat(66)}@loja.com.br`, // 78 characters
      'fin@', '@loja.com', 'fin loja@x.com', '.fin@loja.com', 'fin.@loja.com', 'fin..loja@x.com',
      '+551132654321', // a landline
      '+5536987654321', // no such area code
      '11987654321', // a phone without +55 (and not a CPF)
      '+1 2025550123',
      '123E4567-E89B-42D3-A456-426614174000',
      '123e4567e89b42d3a456426614174000',
      '',
    ]) {
      expect(validatePixKey(key), key).toBeNull();
    }
  });

  it('agrees with @brazilian-utils on generated keys of every kind', () => {
    fc.assert(
      fc.property(pixKeys, ([type, key]) => {
        expect(validatePixKey(key)).toEqual({ type });
        expect(getPixKeyInfo(key)).toEqual({ type, value: key });
      }),
    );
  });
});

/** pix-utils' static-code parameters from a payload it parsed, with "12" asked for. */
function pixUtilsParams(payload: string) {
  const parsed = parsePix(payload);
  if (hasError(parsed) || !isStaticPix(parsed)) throw new Error(`pix-utils could not parse ${payload}`);
  const params = {
    merchantName: parsed.merchantName,
    merchantCity: parsed.merchantCity,
    pixKey: parsed.pixKey,
    infoAdicional: parsed.infoAdicional,
    txid: parsed.txid,
    transactionAmount: parsed.transactionAmount ?? 0,
    // Not in the parameter type, but its encoder writes 01 = "12" when it is set.
    oneTime: true,
  };
  return params;
}

const DIGITS = '0123456789';
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...DIGITS), minLength: n, maxLength: n });

function checkDigit(body: string, weights: number[]): string {
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const rest = sum % 11;
  return rest < 2 ? '0' : String(11 - rest);
}

const cpf = digits(9)
  .filter((d) => !/^(\d)\1+$/.test(d))
  .map((d) => {
    const first = d + checkDigit(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
    return first + checkDigit(first, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  });
const cnpj = digits(12)
  .filter((d) => !/^(\d)\1+$/.test(d))
  .map((d) => {
    const first = d + checkDigit(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
    return first + checkDigit(first, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  });
const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 12 });
const atom = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_+-'), minLength: 1, maxLength: 10 });
const email = fc
  .tuple(fc.array(atom, { minLength: 1, maxLength: 3 }), label)
  .map(([local, domain]) => `${local.join('.')}@${domain}.com.br`);
const AREA_CODES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48, 49,
  51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92,
  93, 94, 95, 96, 97, 98, 99,
];
const phone = fc.tuple(fc.constantFrom(...AREA_CODES), digits(8)).map(([ddd, rest]) => `+55${ddd}9${rest}`);

const pixKeys: fc.Arbitrary<[PixKeyType, string]> = fc.oneof(
  cpf.map((k): [PixKeyType, string] => ['cpf', k]),
  cnpj.map((k): [PixKeyType, string] => ['cnpj', k]),
  email.map((k): [PixKeyType, string] => ['email', k]),
  phone.map((k): [PixKeyType, string] => ['phone', k]),
  fc.uuid().map((k): [PixKeyType, string] => ['evp', k]),
);

const ACCENTED = 'aáàâãäbcçdeéêëfghiíîïjklmnñoóôõöpqrstuúûüvwxyzAÁÀÂÃÇÉÊÍÓÔÕÚÜ0123456789 &.-/\'’ªº';
const withALetter = (maxLength: number) =>
  fc
    .tuple(fc.constantFrom(...'AÁÉÍÓÚÇÃÕaeiou1'), fc.string({ unit: fc.constantFrom(...ACCENTED), maxLength }))
    .map(([first, rest]) => first + rest);
const names = fc.oneof(fc.constantFrom('São Paulo', 'Açaí & Cia', 'JOÃO DA SILVA ÇÉÃ', 'Padaria Pão de Açúcar Ltda.'), withALetter(40));
const cities = fc.oneof(fc.constantFrom('São Paulo', 'Florianópolis', 'Maceió', 'Itaquaquecetuba'), withALetter(25));
const txids = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 25 }),
  fc.uuid().map(pixTxid),
);

const inputs: fc.Arbitrary<PixBrCodeInput & { amountMinor: bigint }> = fc.record(
  {
    pixKey: pixKeys.map(([, key]) => key),
    merchantName: names,
    merchantCity: cities,
    amountMinor: fc.bigInt({ min: 1n, max: 99_999_999_999n }),
    txid: txids,
    description: fc.string({ unit: fc.constantFrom(...ACCENTED), maxLength: 80 }),
  },
  { requiredKeys: ['pixKey', 'merchantName', 'merchantCity', 'amountMinor', 'txid'] },
);
