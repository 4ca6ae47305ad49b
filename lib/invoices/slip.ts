import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, boletoBeneficiary, creditWallet, person, type BankSlipStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { todayInBrazil } from '@/lib/banking-calendar';
import { barcodeFactor, formatDigitableLine, formatOurNumber, lineFromBarcode } from '@/lib/boleto/barcode';
import { dueDateFromFactor } from '@/lib/boleto/factor';
import type { BoletoSlipInput } from '@/lib/boleto/slip-pdf';
import { BOLETO_AGENCY, boletoFields } from '@/lib/charges/boleto-charge';
import { now } from '@/lib/clock';
import { formatMinor } from '@/lib/money/decimal';
import { invoiceErrors } from './errors';
import { findInvoice } from './queries';

/**
 * The bank slip of a closed invoice: a boleto on the issuing account's beneficiary, from the same
 * "nosso número" sequence as its boleto charges, for what the invoice owes by its due date. A
 * closing the job ran late (after the due date) issues it due today, so it can still be paid.
 */
export async function invoiceSlipFields(db: DbOrTx, input: { entityUuid: string; dueDate: string; amountMinor: bigint }) {
  const today = todayInBrazil(now());
  const fields = await boletoFields(db, { ...input, dueDate: input.dueDate < today ? today : input.dueDate });
  return { bankSlipBarcode: fields.boletoBarcode, bankSlipOurNumber: fields.boletoOurNumber, bankSlipAmountMinor: input.amountMinor, bankSlipStatus: 'issued' as const };
}

/** The due date the slip's barcode carries: the invoice's, or the closing day when the run closed it after that. */
export function slipDueDate(row: { bankSlipBarcode: string | null; dueDate: string }): string {
  return (row.bankSlipBarcode && dueDateFromFactor(barcodeFactor(row.bankSlipBarcode), row.dueDate)) || row.dueDate;
}

/** The bank slip of one of the caller's invoices as the API answers it and the PDF prints it (in Portuguese: a boleto is Brazilian). */
export interface InvoiceBankSlip extends BoletoSlipInput {
  invoiceKey: string;
  walletKey: string;
  status: BankSlipStatus;
  amountMinor: bigint;
  dueDateIso: string;
  digitableLine: string;
}

export async function invoiceBankSlip(db: DbOrTx, caller: Caller, walletKey: string, invoiceKey: string): Promise<InvoiceBankSlip> {
  const found = await findInvoice(db, caller, walletKey, invoiceKey);
  if (!found.bankSlipBarcode || found.bankSlipOurNumber === null || found.bankSlipAmountMinor === null || !found.bankSlipStatus) throw invoiceErrors.noBankSlip(invoiceKey);
  const [owner] = await db
    .select({ name: person.name, document: person.documentNumber, address: person.address, accountName: account.name, accountNumber: boletoBeneficiary.accountNumber })
    .from(creditWallet)
    .innerJoin(account, eq(account.entityUuid, creditWallet.entityUuid))
    .leftJoin(person, eq(person.personKey, creditWallet.ownerPersonKey))
    .leftJoin(boletoBeneficiary, eq(boletoBeneficiary.entityUuid, creditWallet.entityUuid))
    .where(eq(creditWallet.walletUuid, found.walletUuid));
  const line = lineFromBarcode(found.bankSlipBarcode);
  const address = owner?.address ?? {};
  const dueDateIso = slipDueDate(found);
  const display = (iso: string) => iso.split('-').reverse().join('/');
  return {
    invoiceKey: found.invoiceKey,
    walletKey: found.walletUuid,
    status: found.bankSlipStatus,
    amountMinor: found.bankSlipAmountMinor,
    dueDateIso,
    digitableLine: line,
    beneficiary: { name: owner?.accountName ?? '', document: '', agencyCode: `${BOLETO_AGENCY} / ${String(owner?.accountNumber ?? '').padStart(7, '0')}` },
    payer: {
      name: owner?.name ?? '',
      taxId: owner?.document ?? '',
      address: [address.street, address.number, address.neighborhood, address.city, address.state, address.postal_code].filter(Boolean).join(', '),
    },
    // Intl formats the exact decimal text: the amount never passes through a float.
    amount: new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(formatMinor(found.bankSlipAmountMinor, 2) as Intl.StringNumericLiteral),
    dueDate: display(dueDateIso),
    formattedLine: formatDigitableLine(line),
    barcode: found.bankSlipBarcode,
    ourNumber: formatOurNumber(found.bankSlipOurNumber),
    description: `Fatura do cartão: fechamento ${display(found.closingDate)}`,
    documentDate: display((found.closedAt ?? found.createdAt).toISOString().slice(0, 10)),
    bankName: 'Banco Sandbox',
  };
}
