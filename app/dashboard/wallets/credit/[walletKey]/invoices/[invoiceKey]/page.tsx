import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { BankSlipPanel } from '@/components/invoices/bank-slip-panel';
import { bankSlipPdfHref } from '@/components/invoices/invoice-href';
import { InvoiceItemsTable } from '@/components/invoices/invoice-items-table';
import { InvoiceChargebacksTable, InvoicePaymentsTable } from '@/components/invoices/invoice-payments-table';
import { InvoiceStatusBadge } from '@/components/invoices/invoice-status-badge';
import { InvoiceSummary } from '@/components/invoices/invoice-summary';
import { PageHeader } from '@/components/shell/page-header';
import { formatIsoDate } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { SectionCard } from '@/components/ui/section-card';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { boletoBarcodeSvg } from '@/lib/boleto/slip-pdf';
import { findCreditWallet } from '@/lib/credit/queries';
import { getFormatting } from '@/lib/i18n/formatting';
import { getInvoice } from '@/lib/invoices/queries';
import { invoiceBankSlip } from '@/lib/invoices/slip';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invoices.detail'))('title') };
}

/** One invoice of a credit wallet: its figures, its bank slip, its items, payments and chargebacks. */
export default async function InvoicePage({ params }: { params: Promise<{ walletKey: string; invoiceKey: string }> }) {
  const { walletKey, invoiceKey } = await params;
  const user = await requireUser(`/dashboard/wallets/credit/${walletKey}/invoices/${invoiceKey}`);
  const db = await getDb();
  const caller = callerFromUser(user);
  // Another account's wallet or invoice (or none) is the not-found page, as the API's 404.
  const [wallet, invoice] = await Promise.all([orNotFound(findCreditWallet(db, caller, walletKey)), orNotFound(getInvoice(db, caller, walletKey, invoiceKey))]);
  const [t, formatting, slip] = await Promise.all([
    getTranslations('invoices'),
    getFormatting(),
    invoice.bankSlipBarcode ? invoiceBankSlip(db, caller, wallet.walletKey, invoice.invoiceKey) : null,
  ]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/dashboard/wallets/credit/${wallet.walletKey}`} className="text-brand-700 hover:underline">{t('detail.back')}</Link>
      </p>
      <PageHeader
        title={t('detail.heading', { date: formatIsoDate(invoice.closingDate, formatting.locale) })}
        description={wallet.name ?? undefined}
        actions={<InvoiceStatusBadge status={invoice.status} />}
      />
      <SectionCard id="invoice-summary" title={t('detail.summary')}>
        <InvoiceSummary invoice={invoice} />
      </SectionCard>
      {slip ? (
        <SectionCard id="invoice-slip" title={t('slip.title')}>
          <BankSlipPanel slip={slip} barcodeSvg={boletoBarcodeSvg(slip.barcode)} pdfHref={bankSlipPdfHref(wallet.walletKey, invoice.invoiceKey)} />
        </SectionCard>
      ) : null}
      <SectionCard id="invoice-items" title={t('items.title')}>
        <InvoiceItemsTable items={invoice.items} />
      </SectionCard>
      <SectionCard id="invoice-payments" title={t('payments.title')}>
        <InvoicePaymentsTable payments={invoice.payments} />
      </SectionCard>
      {invoice.chargebacks.length > 0 ? (
        <SectionCard id="invoice-chargebacks" title={t('chargebacks.title')}>
          <InvoiceChargebacksTable chargebacks={invoice.chargebacks} items={invoice.items} />
        </SectionCard>
      ) : null}
    </>
  );
}
