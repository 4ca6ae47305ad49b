import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildBoleto, freeField, SANDBOX_BANK_CODE } from './barcode';
import { boletoBarcodePngBase64, boletoBarcodeSvg, boletoSlipPdf, type BoletoSlipInput } from './slip-pdf';

const boleto = buildBoleto({
  bankCode: SANDBOX_BANK_CODE,
  dueDate: '2026-03-25',
  amountMinor: 123456n,
  freeField: freeField({ agency: '1', account: '12345', ourNumber: 42n }),
});

const slip: BoletoSlipInput = {
  beneficiary: { name: 'Loja São João Ltda.', document: '11.222.333/0001-81', agencyCode: '0001/0012345-0' },
  payer: { name: 'Fulano de Tal Ção', taxId: '123.456.789-09', address: 'Rua das Acácias, 100 — São Paulo/SP' },
  amount: 'R$ 1.234,56',
  dueDate: '25/03/2026',
  formattedLine: boleto.formattedLine,
  barcode: boleto.barcode,
  ourNumber: '09/00000000042',
  description: 'Pedido 123: 2 camisetas',
  documentDate: '22/03/2026',
  bankName: 'Banco Sandbox',
  wallet: '09',
};

describe('boletoSlipPdf', () => {
  it('prints one page with the line, the people, the amount and the barcode image', async () => {
    const pdf = await PDFDocument.load(await boletoSlipPdf(slip));
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe(`Boleto ${boleto.formattedLine}`);
    const text = pageText(pdf.getPage(0));
    // The line twice: in the receipt's header and at the top right of the ficha de compensação.
    expect(text.filter((t) => t === boleto.formattedLine)).toHaveLength(2);
    expect(text).toContain('999-7');
    expect(text).toContain('Recibo do Pagador');
    expect(text).toContain('Corte na linha pontilhada');
    expect(text).toContain('25/03/2026');
    expect(text).toContain('R$ 1.234,56');
    expect(text).toContain('Fulano de Tal Ção — CPF/CNPJ 123.456.789-09');
    expect(text).toContain('Loja São João Ltda. — CPF/CNPJ 11.222.333/0001-81');
    expect(text).toContain('Rua das Acácias, 100 — São Paulo/SP');
    expect(text).toContain('Pedido 123: 2 camisetas');

    // The barcode: 405 modules (start, 44 digits, stop) at 4 pixels each.
    const images = imagesOf(pdf.getPage(0));
    expect(images).toEqual([{ width: 405 * 4 }]);
  });

  it('prints names the standard font cannot encode rather than failing', async () => {
    const pdf = await PDFDocument.load(
      await boletoSlipPdf({ ...slip, payer: { ...slip.payer, name: 'Zoë Ōtake 李 Łukasz 😀\nSegunda linha' } }),
    );
    expect(pageText(pdf.getPage(0))).toContain('Zoë Otake ukasz Segunda linha — CPF/CNPJ 123.456.789-09');
  });

  it('refuses a line that does not belong to the barcode', async () => {
    const other = buildBoleto({ bankCode: SANDBOX_BANK_CODE, dueDate: '2026-03-26', amountMinor: 123456n, freeField: '0'.repeat(25) });
    await expect(boletoSlipPdf({ ...slip, formattedLine: other.formattedLine })).rejects.toThrow(RangeError);
    await expect(boletoSlipPdf({ ...slip, barcode: '0'.repeat(44) })).rejects.toThrow(RangeError);
  });
});

describe('boletoBarcodeSvg', () => {
  it('draws an interleaved 2 of 5 that decodes to the 44 digits', () => {
    expect(decodeInterleaved2of5(boletoBarcodeSvg(boleto.barcode))).toBe(boleto.barcode);
  });

  it('refuses anything but a valid barcode', () => {
    expect(() => boletoBarcodeSvg('123')).toThrow(RangeError);
  });
});

describe('boletoBarcodePngBase64', () => {
  it('answers bare base64 of a PNG of 405 modules', async () => {
    const png = Buffer.from(await boletoBarcodePngBase64(boleto.barcode), 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(405 * 4);
  });
});

/** The strings the page shows, one per text-showing operator (pdf-lib writes `<hex> Tj`). */
function pageText(page: PDFPage): string[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const text: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const source = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    for (const [, hex] of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      // WinAnsi matches Latin-1 for every letter used here; 0x97 is its em dash.
      text.push(Buffer.from(hex!, 'hex').toString('latin1').replace(/\x97/g, '—'));
    }
  }
  return text;
}

function imagesOf(page: PDFPage): Array<{ width: number }> {
  const xObjects = page.node.Resources()?.lookup(PDFName.of('XObject'));
  if (!xObjects || !('entries' in xObjects) || typeof xObjects.entries !== 'function') return [];
  const images: Array<{ width: number }> = [];
  for (const [, ref] of (xObjects as { entries(): Array<[PDFName, unknown]> }).entries()) {
    const object = page.doc.context.lookup(ref as Parameters<typeof page.doc.context.lookup>[0]);
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
      images.push({ width: Number(object.dict.get(PDFName.of('Width'))?.toString()) });
    }
  }
  return images;
}

/**
 * Reads the digits back from the SVG's bars, as a scanner would: narrow and wide bars and spaces,
 * a start of four narrow elements, then digits in pairs (the first in the bars, the second in the
 * spaces) where the wide elements among five, weighted 1 2 4 7 0, add up to the digit (11 is 0).
 */
function decodeInterleaved2of5(svg: string): string {
  const bars: Array<[number, number]> = [];
  for (const [, width, d] of svg.matchAll(/<path stroke="#000000" stroke-width="([\d.]+)" d="([^"]+)"/g)) {
    for (const [, x] of d!.matchAll(/M([\d.]+) [\d.]+L/g)) {
      bars.push([Number(x) - Number(width) / 2, Number(x) + Number(width) / 2]);
    }
  }
  bars.sort((a, b) => a[0] - b[0]);
  const elements: number[] = [];
  bars.forEach(([left, right], i) => {
    elements.push(right - left);
    const next = bars[i + 1];
    if (next) elements.push(next[0] - right);
  });
  const narrow = Math.min(...elements);
  const wide = elements.map((w) => Math.round(w / narrow) >= 2);
  if (wide.slice(0, 4).some(Boolean)) throw new Error('no start pattern');
  const stop = wide.slice(-3);
  if (!(stop[0] && !stop[1] && !stop[2])) throw new Error('no stop pattern');
  const body = wide.slice(4, -3);
  const weights = [1, 2, 4, 7, 0];
  const digit = (flags: boolean[]) => {
    const sum = flags.reduce((acc, w, i) => acc + (w ? weights[i]! : 0), 0);
    return String(sum === 11 ? 0 : sum);
  };
  let out = '';
  for (let i = 0; i < body.length; i += 10) {
    const group = body.slice(i, i + 10);
    out += digit(group.filter((_, j) => j % 2 === 0)) + digit(group.filter((_, j) => j % 2 === 1));
  }
  return out;
}
