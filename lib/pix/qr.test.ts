import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { buildPixBrCode } from './br-code';
import { pixQrPngBase64, pixQrSvg } from './qr';

const payload = buildPixBrCode({
  pixKey: '+5511987654321',
  merchantName: 'Açaí & Cia',
  merchantCity: 'São Paulo',
  amountMinor: 4990n,
  txid: 'PEDIDO123',
});

describe('pixQrSvg', () => {
  it('draws the payload with error correction M and a 2-module quiet zone', async () => {
    const modules = svgModules(await pixQrSvg(payload));
    const symbol = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules;
    expect(modules.length).toBe(symbol.size + 4);
    // Quiet zone: the first two rows and columns are light; the finder's corner starts at (2, 2).
    expect(modules.slice(0, 2).flat().some(Boolean)).toBe(false);
    expect(modules.map((row) => row[0] || row[1]).some(Boolean)).toBe(false);
    expect(modules[2]![2]).toBe(true);
    // The image is the symbol the library computes for the payload, module for module.
    for (let r = 0; r < symbol.size; r++) {
      for (let c = 0; c < symbol.size; c++) expect(modules[r + 2]![c + 2], `${r},${c}`).toBe(symbol.get(r, c) === 1);
    }
    // Read the error-correction level from the image's own format bits (ISO/IEC 18004 §7.9):
    // column 8 beside the top-left finder, unmasked with 0x5412; M is 00.
    const size = symbol.size;
    let format = 0;
    for (let i = 0; i < 15; i++) {
      const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
      if (modules[row + 2]![8 + 2]) format |= 1 << i;
    }
    expect(((format ^ 0x5412) >> 13) & 0b11).toBe(0b00);
  });
});

describe('pixQrPngBase64', () => {
  it('answers bare base64 of a PNG, 8 pixels per module', async () => {
    const base64 = await pixQrPngBase64(payload);
    expect(base64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const png = Buffer.from(base64, 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const size = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules.size;
    expect(png.readUInt32BE(16)).toBe((size + 4) * 8);
    expect(png.readUInt32BE(20)).toBe((size + 4) * 8);
  });
});

/** The dark modules of qrcode's SVG: one path of horizontal runs ("M x y.5 h n m dx dy h n …"). */
function svgModules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, op, args] of d.matchAll(/([Mmh])([^Mmh]*)/g)) {
    const numbers = args!.trim().split(/[\s,]+/).map(Number);
    if (op === 'M') [x, y] = [numbers[0]!, numbers[1]!];
    else if (op === 'm') [x, y] = [x + numbers[0]!, y + numbers[1]!];
    else {
      for (let i = 0; i < numbers[0]!; i++) grid[Math.floor(y)]![x + i] = true;
      x += numbers[0]!;
    }
  }
  return grid;
}
