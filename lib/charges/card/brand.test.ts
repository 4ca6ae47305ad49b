import { describe, expect, it } from 'vitest';
import { BRAND_LABELS, CARD_BRANDS, detectBrand, isCardBrand, type CardBrand } from './brand';
import { isLuhnValid } from './luhn';

// Published test numbers where the networks or acquirers publish them; the rest are Luhn-valid
// numbers inside a documented range.
const TEST_PANS: [string, CardBrand][] = [
  ['4111111111111111', 'visa'],
  ['4024007153763197', 'visa'],
  ['4012888888881881', 'visa'],
  ['5555555555554444', 'mastercard'],
  ['5105105105105100', 'mastercard'],
  ['2223000048400011', 'mastercard'],
  ['2720990000000007', 'mastercard'],
  ['378282246310005', 'amex'],
  ['371449635398431', 'amex'],
  ['341111111111111', 'amex'],
  ['6362970000457013', 'elo'],
  ['6363680000457066', 'elo'],
  ['4389350000000002', 'elo'],
  ['5041750000000000', 'elo'],
  ['4514160000000003', 'elo'],
  ['5090000000000000', 'elo'],
  ['5067224275805500', 'elo'],
  ['5066991111111118', 'elo'],
  ['4011780000000006', 'elo'],
  ['6504050000000003', 'elo'],
  ['6550000000000001', 'elo'],
  ['6062828888666688', 'hipercard'],
  ['6062825624254001', 'hipercard'],
  ['3841001111222233338', 'hipercard'],
  ['5078601870000127985', 'aura'],
  ['5078601800003247449', 'aura'],
  ['5000000000000009', 'aura'],
  ['36006666333344', 'diners'],
  ['30569309025904', 'diners'],
  ['38520000023237', 'diners'],
  ['6011111111111117', 'discover'],
  ['6011000990139424', 'discover'],
  ['6445644564456445', 'discover'],
  ['6500000000000002', 'discover'],
  ['3530111333300000', 'jcb'],
  ['3566002020360505', 'jcb'],
];

describe('detectBrand', () => {
  it.each(TEST_PANS)('%s is %s', (pan, brand) => {
    expect(isLuhnValid(pan)).toBe(true);
    expect(detectBrand(pan)).toBe(brand);
  });

  it('covers every brand in the table', () => {
    expect(new Set(TEST_PANS.map(([, brand]) => brand))).toEqual(new Set(CARD_BRANDS));
  });

  it('lets an Elo or Hipercard range win over the broader prefix it sits in', () => {
    expect(detectBrand('4389350000000002')).toBe('elo');
    expect(detectBrand('4389360000000000')).toBe('visa');
    expect(detectBrand('5066980000000000')).toBe('aura');
    expect(detectBrand('5066990000000000')).toBe('elo');
    expect(detectBrand('5067780000000000')).toBe('elo');
    expect(detectBrand('5067790000000000')).toBe('aura');
    expect(detectBrand('6500300000000000')).toBe('discover');
    expect(detectBrand('6500310000000000')).toBe('elo');
    expect(detectBrand('3841400000000000')).toBe('hipercard');
    expect(detectBrand('3841200000000000')).toBe('diners');
  });

  it('knows the edges of the numeric ranges', () => {
    expect(detectBrand('2220990000000000')).toBeNull();
    expect(detectBrand('2221000000000000')).toBe('mastercard');
    expect(detectBrand('2721000000000000')).toBeNull();
    expect(detectBrand('5100000000000000')).toBe('mastercard');
    expect(detectBrand('5600000000000000')).toBeNull();
    expect(detectBrand('3050000000000000')).toBe('diners');
    expect(detectBrand('3060000000000000')).toBeNull();
    expect(detectBrand('3527000000000000')).toBeNull();
    expect(detectBrand('3589000000000000')).toBe('jcb');
    expect(detectBrand('6430000000000000')).toBeNull();
    expect(detectBrand('6440000000000000')).toBe('discover');
  });

  it('reads a number as it is typed', () => {
    expect(detectBrand('4')).toBe('visa');
    expect(detectBrand('4389')).toBe('visa');
    expect(detectBrand('438935')).toBe('elo');
    expect(detectBrand('2')).toBe('mastercard');
    expect(detectBrand('34')).toBe('amex');
    expect(detectBrand('601')).toBe('discover');
    expect(detectBrand('50')).toBe('aura');
    expect(detectBrand('4024 0071 5376')).toBe('visa');
    expect(detectBrand('6062-82')).toBe('hipercard');
  });

  it('waits while a prefix still fits several brands, and gives up on what fits none', () => {
    expect(detectBrand('5')).toBeNull();
    expect(detectBrand('3')).toBeNull();
    expect(detectBrand('6')).toBeNull();
    expect(detectBrand('60')).toBeNull();
    expect(detectBrand('1')).toBeNull();
    expect(detectBrand('20')).toBeNull();
    expect(detectBrand('')).toBeNull();
    expect(detectBrand('4x')).toBeNull();
  });
});

describe('brand names', () => {
  it('labels every brand', () => {
    expect(Object.keys(BRAND_LABELS).sort()).toEqual([...CARD_BRANDS].sort());
    expect(BRAND_LABELS.amex).toBe('American Express');
    expect(BRAND_LABELS.diners).toBe('Diners Club');
  });

  it('tells a brand from any other string', () => {
    expect(isCardBrand('elo')).toBe(true);
    expect(isCardBrand('Visa')).toBe(false);
    expect(isCardBrand('maestro')).toBe(false);
  });
});
