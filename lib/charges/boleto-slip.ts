import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, boletoBeneficiary, merchant } from '@/db/schema';
import { formatDigitableLine, formatOurNumber, lineFromBarcode } from '@/lib/boleto/barcode';
import type { BoletoSlipInput } from '@/lib/boleto/slip-pdf';
import { formatMinor } from '@/lib/money/decimal';
import { chargeErrors } from './errors';
import { BOLETO_AGENCY } from './boleto-charge';
import { getPublicCharge } from './queries';

/**
 * What the printable slip of a boleto charge shows, in Portuguese (a boleto is Brazilian): the
 * beneficiary (the merchant and its account), the payer, the amount, the due date, the line and the
 * barcode. The charge id is the capability, as for the public pay page.
 */
export async function boletoSlip(db: DbOrTx, chargeUuid: string): Promise<BoletoSlipInput & { digitableLine: string; status: string }> {
  const row = await getPublicCharge(db, chargeUuid);
  if (row.typeCharge !== 'boleto' || !row.boletoBarcode || row.boletoOurNumber === null) throw chargeErrors.notFound();
  const [seller] = await db
    .select({ name: merchant.name, softDescription: merchant.softDescription, accountName: account.name })
    .from(merchant)
    .innerJoin(account, eq(account.entityUuid, merchant.entityUuid))
    .where(eq(merchant.merchantUuid, row.merchantUuid));
  const line = lineFromBarcode(row.boletoBarcode);
  const [beneficiary] = await db.select({ accountNumber: boletoBeneficiary.accountNumber }).from(boletoBeneficiary).where(eq(boletoBeneficiary.entityUuid, row.entityUuid));
  const accountNumber = String(beneficiary?.accountNumber ?? '').padStart(7, '0');
  const address = row.payerAddress;
  return {
    status: row.status,
    // We keep no tax id for merchants yet: the slip names the beneficiary and its account at the bank.
    beneficiary: { name: seller?.name ?? seller?.accountName ?? '', document: '', agencyCode: `${BOLETO_AGENCY} / ${accountNumber}` },
    payer: {
      name: row.payerName,
      taxId: row.payerTaxId,
      address: [address.street, address.address_number, address.neighborhood, address.city, address.state, address.postal_code].filter(Boolean).join(', '),
    },
    // Intl formats the exact decimal text: the amount never passes through a float.
    amount: new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(formatMinor(row.amountMinor, 2) as Intl.StringNumericLiteral),
    dueDate: row.dueDate.split('-').reverse().join('/'),
    formattedLine: formatDigitableLine(line),
    digitableLine: line,
    barcode: row.boletoBarcode,
    ourNumber: formatOurNumber(row.boletoOurNumber),
    description: row.description,
    documentDate: row.createdAt.toISOString().slice(0, 10).split('-').reverse().join('/'),
    bankName: 'Banco Sandbox',
  };
}
