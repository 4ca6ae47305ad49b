import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { InlineSvg } from '@/components/pay/inline-svg';
import { PrintButton } from '@/components/pay/print-button';
import { secondaryButtonClass } from '@/components/ui/field';
import { orNotFound } from '@/components/ui/or-not-found';
import { getDb } from '@/db/client';
import { bankCodeCheckDigit } from '@/lib/boleto/barcode';
import { boletoBarcodeSvg } from '@/lib/boleto/slip-pdf';
import { boletoSlip } from '@/lib/charges/boleto-slip';
import { publicChargeParamsSchema } from '@/lib/charges/schemas';

export const metadata: Metadata = { title: 'Boleto', robots: { index: false, follow: false } };

// A boleto is Brazilian: the slip speaks Portuguese with FEBRABAN's field names, as the PDF does.
const PRINT_PAGE = '@page { size: A4; margin: 10mm; }';

/**
 * The printable boleto slip (`boleto_url`), laid out as lib/boleto/slip-pdf.ts draws the PDF and
 * banks print it: the payer's receipt on top, a cut line, and the "ficha de compensação" with the
 * digitable line at its top right and the interleaved 2 of 5 barcode at the bottom, 103 × 13 mm
 * on paper. Public like the payment page: the charge id is the capability.
 */
export default async function BoletoSlipPage({ params }: { params: Promise<{ chargeUuid: string }> }) {
  const { chargeUuid } = await params;
  if (!publicChargeParamsSchema.safeParse({ uuid: chargeUuid }).success) notFound();
  const slip = await orNotFound(boletoSlip(await getDb(), chargeUuid));
  const bankCode = slip.barcode.slice(0, 3);
  const bank = { name: slip.bankName ?? 'Banco emissor', code: `${bankCode}-${bankCodeCheckDigit(bankCode)}` };
  const payerLine = `${slip.payer.name} — CPF/CNPJ ${slip.payer.taxId}`;
  const notice = slip.status === 'issued' ? null : slip.status === 'canceled' ? 'Este boleto foi cancelado ou venceu sem pagamento: não o pague.' : 'Este boleto já foi pago.';

  return (
    <main lang="pt-BR" className="mx-auto w-full max-w-[190mm] bg-white p-4 text-[11px] leading-tight text-black print:max-w-none print:p-0">
      <style>{PRINT_PAGE}</style>
      <div className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label="Imprimir" />
        <a href={`/pay/${chargeUuid}/boleto.pdf`} className={secondaryButtonClass}>
          Baixar PDF
        </a>
        <a href={`/pay/${chargeUuid}`} className="text-sm text-brand-700 hover:underline">
          Voltar ao pagamento
        </a>
      </div>
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm font-semibold">
          {notice}
        </p>
      ) : null}

      <section aria-label="Recibo do pagador">
        <p className="mb-1 text-xs font-bold">Recibo do Pagador</p>
        <SlipHeader bank={bank} line={slip.formattedLine} />
        <Row>
          <Cell label="Beneficiário" grow={3}>{slip.beneficiary.name}</Cell>
          <Cell label="CPF/CNPJ do beneficiário" grow={2}>{slip.beneficiary.document || '—'}</Cell>
          <Cell label="Vencimento" right strong>{slip.dueDate}</Cell>
        </Row>
        <Row>
          <Cell label="Pagador" grow={3}>{payerLine}</Cell>
          <Cell label="Nosso número" grow={2}>{slip.ourNumber}</Cell>
          <Cell label="Valor do documento" right strong>{slip.amount}</Cell>
        </Row>
        <Row>
          <Cell label="Data do documento" grow={2}>{slip.documentDate}</Cell>
          <Cell label="Descrição" grow={3}>{slip.description ?? ''}</Cell>
          <Cell label="Autenticação mecânica" right>
            {''}
          </Cell>
        </Row>
      </section>

      <div className="relative my-6 border-t border-dashed border-slate-500" aria-hidden="true">
        <span className="absolute -top-4 right-0 text-[9px] text-slate-600">Corte na linha pontilhada</span>
      </div>

      <section aria-label="Ficha de compensação">
        <SlipHeader bank={bank} line={slip.formattedLine} testId="slip-line" />
        <Row>
          <Cell label="Local de pagamento" grow={5}>Pagável em qualquer banco até o vencimento</Cell>
          <Cell label="Vencimento" right strong>{slip.dueDate}</Cell>
        </Row>
        <Row>
          <Cell label="Beneficiário" grow={5}>{slip.beneficiary.document ? `${slip.beneficiary.name} — CPF/CNPJ ${slip.beneficiary.document}` : slip.beneficiary.name}</Cell>
          <Cell label="Agência/Código do beneficiário" right>{slip.beneficiary.agencyCode ?? ''}</Cell>
        </Row>
        <Row>
          <Cell label="Data do documento">{slip.documentDate}</Cell>
          <Cell label="Nº do documento">{slip.ourNumber}</Cell>
          <Cell label="Espécie doc.">DM</Cell>
          <Cell label="Aceite">N</Cell>
          <Cell label="Data processamento">{slip.documentDate}</Cell>
          <Cell label="Nosso número" right>{slip.ourNumber}</Cell>
        </Row>
        <Row>
          <Cell label="Uso do banco">{''}</Cell>
          <Cell label="Carteira">{slip.wallet ?? ''}</Cell>
          <Cell label="Espécie">R$</Cell>
          <Cell label="Quantidade">{''}</Cell>
          <Cell label="Valor">{''}</Cell>
          <Cell label="(=) Valor do documento" right strong>{slip.amount}</Cell>
        </Row>
        <div className="flex border-l border-black">
          <div className="min-w-0 flex-1 border-r border-b border-black px-1 py-0.5">
            <p className="text-[8px] text-slate-600">Instruções (texto de responsabilidade do beneficiário)</p>
            {slip.description ? <p className="mt-1">{slip.description}</p> : null}
            <p className="mt-1">Não receber após o vencimento.</p>
          </div>
          <div className={`flex flex-col ${RIGHT_COLUMN}`}>
            {['(-) Desconto / Abatimento', '(-) Outras deduções', '(+) Mora / Multa', '(+) Outros acréscimos', '(=) Valor cobrado'].map((label) => (
              <Cell key={label} label={label} right>
                {''}
              </Cell>
            ))}
          </div>
        </div>
        <div className="border-x border-b border-black px-1 py-0.5">
          <p className="text-[8px] text-slate-600">Pagador</p>
          <p>{payerLine}</p>
          <p>{slip.payer.address ?? ''}</p>
        </div>
        <div className="mt-0.5 flex justify-between text-[8px] text-slate-600">
          <span>Sacador/Avalista:</span>
          <span>Autenticação mecânica — Ficha de Compensação</span>
        </div>
        <InlineSvg svg={boletoBarcodeSvg(slip.barcode)} stretch label={`Código de barras ${slip.barcode}`} testId="slip-barcode" className="mt-2 h-[13mm] w-[103mm] max-w-full" />
      </section>
    </main>
  );
}

/** Bank name, the bank code in its box and the digitable line at the right, over a heavy rule. */
function SlipHeader({ bank, line, testId }: { bank: { name: string; code: string }; line: string; testId?: string }) {
  return (
    <div className="flex items-end border-b-2 border-black pb-1">
      <span className="w-[38mm] shrink-0 text-sm font-bold">{bank.name}</span>
      <span className="shrink-0 border-x-2 border-black px-3 text-lg font-bold">{bank.code}</span>
      <span className="grow text-right font-mono text-[13px] font-bold tracking-tight" data-testid={testId}>
        {line}
      </span>
    </div>
  );
}

function Row({ children }: { children: ReactNode }) {
  return <div className="flex border-l border-black">{children}</div>;
}

/** The slip's right-hand column (due date, amounts), one width on every row as banks print it. */
const RIGHT_COLUMN = 'w-[48mm] flex-none';

/** One labelled box: its small label on top, its value below; `right` boxes make the right-hand column. */
function Cell({ label, children, grow = 1, right, strong }: { label: string; children: ReactNode; grow?: number; right?: boolean; strong?: boolean }) {
  return (
    <div className={`min-w-0 border-r border-b border-black px-1 py-0.5 ${right ? `${RIGHT_COLUMN} text-right` : ''}`} style={right ? undefined : { flexGrow: grow, flexBasis: 0 }}>
      <p className="truncate text-[8px] text-slate-600">{label}</p>
      <p className={`min-h-[1.2em] truncate ${strong ? 'font-bold' : ''}`}>{children}</p>
    </div>
  );
}
