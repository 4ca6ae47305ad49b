import bwipjs from 'bwip-js/node';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { bankCodeCheckDigit, BoletoError, formatDigitableLine, isValidBoletoBarcode, lineFromBarcode } from './barcode';

/**
 * The printable boleto: "recibo do pagador" on top, a cut line, and the "ficha de compensação"
 * below it with the digitable line at its top right and the interleaved 2 of 5 barcode at the
 * bottom, laid out as banks print them so a cashier finds every field where they expect it.
 */

export interface BoletoSlipInput {
  beneficiary: { name: string; document: string; /** "Agência/Código do beneficiário" */ agencyCode?: string };
  payer: { name: string; taxId: string; address?: string };
  /** formatted, e.g. 'R$ 1.234,56' */
  amount: string;
  /** as displayed, e.g. '25/03/2026' */
  dueDate: string;
  formattedLine: string;
  /** 44 digits */
  barcode: string;
  ourNumber: string;
  description?: string;
  /** as displayed */
  documentDate: string;
  /** the issuing bank's name for the header; the code comes from the barcode */
  bankName?: string;
  /** "carteira" */
  wallet?: string;
}

// FEBRABAN's barcode: 103 mm by 13 mm, a narrow bar of 0.254 mm and wide bars three times that,
// which is exactly what bwip-js draws for 44 digits (405 modules) at one module per 0.254 mm.
const MM = 72 / 25.4;
const BARCODE_WIDTH = 103 * MM;
const BARCODE_HEIGHT = 13 * MM;
/** Pixels per module in the PNG: whole pixels keep every bar the same width (bwip-js pads odd scales by a pixel). */
const BARCODE_SCALE = 4;

const PAGE = { width: 595.28, height: 841.89 } as const;
const LEFT = 40;
const WIDTH = PAGE.width - 2 * LEFT;
const RIGHT_COLUMN = 140;
const ROW = 22;
const LABEL_SIZE = 6;
const VALUE_SIZE = 9;
const GREY = rgb(0.35, 0.35, 0.35);
const BLACK = rgb(0, 0, 0);

export async function boletoSlipPdf(input: BoletoSlipInput): Promise<Uint8Array> {
  if (!isValidBoletoBarcode(input.barcode)) throw new BoletoError('the slip needs a valid 44-digit barcode');
  // A slip whose line and barcode disagree would be paid against the wrong data: refuse it.
  if (formatDigitableLine(lineFromBarcode(input.barcode)) !== input.formattedLine.trim()) {
    throw new BoletoError('the digitable line does not belong to the barcode');
  }

  const pdf = await PDFDocument.create();
  pdf.setTitle(`Boleto ${input.formattedLine}`);
  pdf.setSubject(`Boleto de ${input.payer.name} para ${input.beneficiary.name}`);
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const draw = new SlipDrawing(page, regular, bold);

  const bankCode = input.barcode.slice(0, 3);
  const bank = { name: input.bankName ?? 'Banco emissor', code: `${bankCode}-${bankCodeCheckDigit(bankCode)}` };
  const payerLine = `${input.payer.name} — CPF/CNPJ ${input.payer.taxId}`;
  const beneficiaryLine = input.beneficiary.document ? `${input.beneficiary.name} — CPF/CNPJ ${input.beneficiary.document}` : input.beneficiary.name;

  // Recibo do pagador
  let y = PAGE.height - 40;
  draw.text('Recibo do Pagador', LEFT, y + 4, { size: 8, font: bold });
  y = draw.header(y - 2, bank, input.formattedLine);
  const middle = WIDTH - RIGHT_COLUMN - 130;
  draw.row(y, [
    { width: middle, label: 'Beneficiário', value: input.beneficiary.name },
    { width: 130, label: 'CPF/CNPJ do beneficiário', value: input.beneficiary.document || '—' },
    { width: RIGHT_COLUMN, label: 'Vencimento', value: input.dueDate, align: 'right', bold: true },
  ]);
  y -= ROW;
  draw.row(y, [
    { width: middle, label: 'Pagador', value: payerLine },
    { width: 130, label: 'Nosso número', value: input.ourNumber },
    { width: RIGHT_COLUMN, label: 'Valor do documento', value: input.amount, align: 'right', bold: true },
  ]);
  y -= ROW;
  draw.row(y, [
    { width: 130, label: 'Data do documento', value: input.documentDate },
    { width: middle, label: 'Descrição', value: input.description ?? '' },
    { width: RIGHT_COLUMN, label: 'Autenticação mecânica', value: '' },
  ]);
  y -= ROW + 26;

  draw.cutLine(y);
  y -= 24;

  // Ficha de compensação
  y = draw.header(y, bank, input.formattedLine);
  const left = WIDTH - RIGHT_COLUMN;
  draw.row(y, [
    { width: left, label: 'Local de pagamento', value: 'Pagável em qualquer banco até o vencimento' },
    { width: RIGHT_COLUMN, label: 'Vencimento', value: input.dueDate, align: 'right', bold: true },
  ]);
  y -= ROW;
  draw.row(y, [
    { width: left, label: 'Beneficiário', value: beneficiaryLine },
    { width: RIGHT_COLUMN, label: 'Agência/Código do beneficiário', value: input.beneficiary.agencyCode ?? '', align: 'right' },
  ]);
  y -= ROW;
  draw.row(y, [
    { width: 95, label: 'Data do documento', value: input.documentDate },
    { width: 100, label: 'Nº do documento', value: input.ourNumber },
    { width: 60, label: 'Espécie doc.', value: 'DM' },
    { width: 40, label: 'Aceite', value: 'N' },
    { width: left - 295, label: 'Data processamento', value: input.documentDate },
    { width: RIGHT_COLUMN, label: 'Nosso número', value: input.ourNumber, align: 'right' },
  ]);
  y -= ROW;
  draw.row(y, [
    { width: 95, label: 'Uso do banco', value: '' },
    { width: 60, label: 'Carteira', value: input.wallet ?? '' },
    { width: 40, label: 'Espécie', value: 'R$' },
    { width: 100, label: 'Quantidade', value: '' },
    { width: left - 295, label: 'Valor', value: '' },
    { width: RIGHT_COLUMN, label: '(=) Valor do documento', value: input.amount, align: 'right', bold: true },
  ]);
  y -= ROW;

  const adjustments = ['(-) Desconto / Abatimento', '(-) Outras deduções', '(+) Mora / Multa', '(+) Outros acréscimos', '(=) Valor cobrado'];
  adjustments.forEach((label, i) => draw.row(y - i * ROW, [{ width: RIGHT_COLUMN, label, value: '' }], LEFT + left));
  const instructions = [
    ...(input.description ? [input.description] : []),
    'Não receber após o vencimento.',
  ];
  draw.block(y, left, adjustments.length * ROW, 'Instruções (texto de responsabilidade do beneficiário)', instructions);
  y -= adjustments.length * ROW;

  draw.block(y, WIDTH, 44, 'Pagador', [payerLine, input.payer.address ?? '']);
  y -= 44;
  draw.text('Sacador/Avalista:', LEFT, y - 9, { size: LABEL_SIZE, color: GREY });
  draw.text('Autenticação mecânica — Ficha de Compensação', LEFT + WIDTH, y - 9, { size: LABEL_SIZE, color: GREY, align: 'right' });

  const png = await pdf.embedPng(await barcodePng(input.barcode));
  page.drawImage(png, { x: LEFT, y: y - 16 - BARCODE_HEIGHT, width: BARCODE_WIDTH, height: BARCODE_HEIGHT });

  return pdf.save();
}

/** The barcode PNG as bare base64, for the HTML slip's `<img>`. */
export async function boletoBarcodePngBase64(barcode: string): Promise<string> {
  return (await barcodePng(barcode)).toString('base64');
}

/** The barcode as an SVG document (viewBox only: the page sizes it, 103 mm by 13 mm on paper). */
export function boletoBarcodeSvg(barcode: string): string {
  return bwipjs.toSVG(barcodeOptions(barcode));
}

async function barcodePng(barcode: string): Promise<Buffer> {
  return bwipjs.toBuffer({ ...barcodeOptions(barcode), scale: BARCODE_SCALE });
}

function barcodeOptions(barcode: string) {
  if (!isValidBoletoBarcode(barcode)) throw new BoletoError('not a valid 44-digit boleto barcode');
  // No check digit of its own: the boleto's DV is already inside the 44 digits.
  return { bcid: 'interleaved2of5', text: barcode, height: 13, includetext: false, includecheck: false };
}

interface Cell {
  width: number;
  label: string;
  value: string;
  align?: 'left' | 'right';
  bold?: boolean;
}

interface TextOptions {
  size?: number;
  font?: PDFFont;
  color?: ReturnType<typeof rgb>;
  align?: 'left' | 'right' | 'center';
  maxWidth?: number;
}

class SlipDrawing {
  constructor(
    private readonly page: PDFPage,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {}

  /** Bank name, the bank code in its box and the digitable line at the right; answers the y below it. */
  header(yTop: number, bank: { name: string; code: string }, line: string): number {
    const height = 26;
    const base = yTop - height + 8;
    const codeX = LEFT + 150;
    this.text(bank.name, LEFT, base, { size: 11, font: this.bold, maxWidth: 145 });
    this.line(codeX, yTop - 4, codeX, yTop - height, 1.5);
    this.text(bank.code, codeX + 35, base - 1, { size: 15, font: this.bold, align: 'center' });
    this.line(codeX + 70, yTop - 4, codeX + 70, yTop - height, 1.5);
    // The line is never cut short: it shrinks until it fits beside the bank code.
    const room = WIDTH - 230;
    let size = 11;
    while (size > 6 && this.bold.widthOfTextAtSize(line, size) > room) size -= 0.5;
    this.text(line, LEFT + WIDTH, base, { size, font: this.bold, align: 'right' });
    this.line(LEFT, yTop - height, LEFT + WIDTH, yTop - height, 1.5);
    return yTop - height;
  }

  /** A row of labelled boxes starting at `x`, each with its small label on top and its value below. */
  row(yTop: number, cells: Cell[], x = LEFT): void {
    let cx = x;
    for (const cell of cells) {
      this.line(cx, yTop, cx, yTop - ROW, 0.5);
      this.text(cell.label, cx + 3, yTop - 7, { size: LABEL_SIZE, color: GREY, maxWidth: cell.width - 6 });
      const align = cell.align ?? 'left';
      this.text(cell.value, align === 'right' ? cx + cell.width - 3 : cx + 3, yTop - ROW + 5, {
        size: VALUE_SIZE,
        font: cell.bold ? this.bold : this.regular,
        align,
        maxWidth: cell.width - 6,
      });
      cx += cell.width;
    }
    this.line(cx, yTop, cx, yTop - ROW, 0.5);
    this.line(x, yTop - ROW, cx, yTop - ROW, 0.5);
  }

  /** A tall box with a label and wrapped text lines. */
  block(yTop: number, width: number, height: number, label: string, lines: string[]): void {
    this.text(label, LEFT + 3, yTop - 7, { size: LABEL_SIZE, color: GREY });
    let y = yTop - 18;
    for (const wrapped of lines.flatMap((text) => this.wrap(text, width - 6, VALUE_SIZE))) {
      if (y < yTop - height + 4) break;
      this.text(wrapped, LEFT + 3, y, { size: VALUE_SIZE });
      y -= VALUE_SIZE + 3;
    }
    this.line(LEFT, yTop, LEFT, yTop - height, 0.5);
    this.line(LEFT + width, yTop, LEFT + width, yTop - height, 0.5);
    this.line(LEFT, yTop - height, LEFT + width, yTop - height, 0.5);
  }

  cutLine(y: number): void {
    this.page.drawLine({ start: { x: LEFT, y }, end: { x: LEFT + WIDTH, y }, thickness: 0.5, color: GREY, dashArray: [3, 3] });
    this.text('Corte na linha pontilhada', LEFT + WIDTH, y + 3, { size: LABEL_SIZE, color: GREY, align: 'right' });
  }

  text(value: string, x: number, y: number, options: TextOptions = {}): void {
    const font = options.font ?? this.regular;
    const size = options.size ?? VALUE_SIZE;
    let text = winAnsi(value, font);
    if (options.maxWidth !== undefined) text = fitWidth(text, font, size, options.maxWidth);
    if (!text) return;
    const width = font.widthOfTextAtSize(text, size);
    const left = options.align === 'right' ? x - width : options.align === 'center' ? x - width / 2 : x;
    this.page.drawText(text, { x: left, y, size, font, color: options.color ?? BLACK });
  }

  private line(x1: number, y1: number, x2: number, y2: number, thickness: number): void {
    this.page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness, color: BLACK });
  }

  private wrap(value: string, width: number, size: number): string[] {
    const words = winAnsi(value, this.regular).split(' ').filter(Boolean);
    const lines: string[] = [];
    let current = '';
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && this.regular.widthOfTextAtSize(candidate, size) > width) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    if (current) lines.push(fitWidth(current, this.regular, size, width));
    return lines;
  }
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * What the standard fonts can print. Helvetica encodes WinAnsi only, and pdf-lib throws on
 * anything else: Portuguese accents are in it and stay, other accented letters lose their marks,
 * line breaks become spaces and whatever is still unprintable is dropped.
 */
function winAnsi(value: string, font: PDFFont): string {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  const known = set;
  let out = '';
  for (const char of value.replace(/\s+/g, ' ')) {
    if (known.has(char.codePointAt(0)!)) out += char;
    else out += [...char.normalize('NFKD')].filter((c) => known.has(c.codePointAt(0)!) && !/\p{M}/u.test(c)).join('');
  }
  return out;
}

function fitWidth(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return cut ? `${cut.trimEnd()}…` : '';
}
