import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CardEntries } from '@/components/credit/cards/card-entries';
import { CardList } from '@/components/credit/cards/card-list';
import { cardView } from '@/components/credit/cards/card-view';
import { IssueCardPanel } from '@/components/credit/cards/issue-card-panel';
import { InvoiceConfigurationSummary } from '@/components/credit/invoice-configuration-summary';
import { InvoiceDatesPreview } from '@/components/credit/invoice-dates-preview';
import { WalletInvoices } from '@/components/invoices/wallet-invoices';
import { KycOutcome } from '@/components/kyc/kyc-outcome';
import { OwnerDetails } from '@/components/kyc/owner-details';
import { LimitsTable } from '@/components/credit/limits-table';
import { formatDocument } from '@/components/credit/masks';
import { PageHeader } from '@/components/shell/page-header';
import { LiveStatus } from '@/components/ui/live-status';
import { orNotFound } from '@/components/ui/or-not-found';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import type { InvoiceConfiguration } from '@/lib/credit/invoice-configuration';
import type { Owner } from '@/lib/persons/schemas';
import { getCreditWallet } from '@/lib/credit/queries';
import { currentInvoice, listInvoices } from '@/lib/invoices/queries';
import { listInstrumentEntries, listInstruments } from '@/lib/payment-instruments/queries';
import { readCreditWalletStatusAction, updateWalletLimitAction } from '../actions';
import { cancelCardAction, changeCardLimitAction, issueCardAction } from './card-actions';

/** The newest cards and purchases the page shows (the API lists them all, page by page). */
const CARDS_SHOWN = 100;
const ENTRIES_SHOWN = 20;
/** The newest invoices the page lists, the open one among them (the Invoices page lists them all). */
const INVOICES_SHOWN = 12;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('creditWallet'))('title') };
}

export default async function CreditWalletPage({ params }: { params: Promise<{ walletKey: string }> }) {
  const { walletKey } = await params;
  const user = await requireUser(`/dashboard/wallets/credit/${walletKey}`);
  const canManage = can(user.role, 'wallets.manage');
  const db = await getDb();
  const caller = callerFromUser(user);
  const wallet = await orNotFound(getCreditWallet(db, caller, walletKey));
  const config = wallet.invoiceConfiguration as InvoiceConfiguration;
  const [t, tCards, tInvoices, formatting, cards, entries, openInvoice, invoices] = await Promise.all([
    getTranslations('creditWallet'),
    getTranslations('creditCards'),
    getTranslations('invoices'),
    getFormatting(),
    listInstruments(db, caller, wallet.walletKey, { page: 1, page_size: CARDS_SHOWN }),
    listInstrumentEntries(db, caller, wallet.walletKey, null, { page: 1, page_size: ENTRIES_SHOWN }),
    currentInvoice(db, caller, wallet.walletKey),
    listInvoices(db, caller, wallet.walletKey, { page: 1, page_size: INVOICES_SHOWN }),
  ]);
  const postpaidLimit = wallet.limits.find((limit) => limit.limitType === 'postpaid_credit_limit')?.limitAmountMinor ?? 0n;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/wallets/credit">{t('back')}</Link>
      </p>
      <PageHeader title={wallet.name ?? t('title')} description={t('owner', { document: formatDocument(wallet.ownerDocumentNumber) })} actions={
          <LiveStatus
            kind="wallet"
            queryKey={['credit-wallet-status', wallet.walletKey]}
            initial={{ status: wallet.status }}
            whilePending="pending_analysis"
            read={readCreditWalletStatusAction.bind(null, wallet.walletKey)}
          />
        }
      />

      {wallet.kycDecidedAt ? <KycOutcome decidedAt={wallet.kycDecidedAt} reason={wallet.kycRejectionReason} /> : null}

      <section aria-labelledby="details-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="details-heading" className="mb-3 text-sm font-semibold">
          {t('details')}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-500">{t('walletKey')}</dt>
          <dd className="font-mono text-xs">{wallet.walletKey}</dd>
          <dt className="text-slate-500">{t('walletType')}</dt>
          <dd>{wallet.walletType === 'payroll' ? t('payroll') : t('default')}</dd>
          <dt className="text-slate-500">{t('ownerPersonKey')}</dt>
          <dd className="font-mono text-xs">{wallet.ownerPersonKey ?? t('ownerPersonKeyPending')}</dd>
          <dt className="text-slate-500">{t('requestControlKey')}</dt>
          <dd className="font-mono text-xs">{wallet.requestControlKey}</dd>
          <dt className="text-slate-500">{t('created')}</dt>
          <dd>{formatDateTime(wallet.createdAt, formatting)}</dd>
        </dl>
      </section>

      <section aria-labelledby="limits-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="limits-heading" className="mb-3 text-sm font-semibold">
          {t('limits')}
        </h2>
        <LimitsTable walletKey={wallet.walletKey} limits={wallet.limits} updateLimit={canManage ? updateWalletLimitAction : null} />
      </section>

      <section aria-labelledby="cards-heading" className="mb-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="cards-heading" className="text-sm font-semibold">
          {tCards('title')}
        </h2>
        <CardList
          walletKey={wallet.walletKey}
          cards={cards.rows.map(cardView)}
          total={cards.total}
          walletActive={wallet.status === 'active'}
          changeLimit={canManage ? changeCardLimitAction : null}
          cancelCard={canManage ? cancelCardAction : null}
        />
        {canManage ? (
          <IssueCardPanel
            walletKey={wallet.walletKey}
            status={wallet.status}
            ownerPersonKey={wallet.ownerPersonKey}
            walletLimit={formatMoney(postpaidLimit, 'BRL', formatting.locale)}
            issueCard={issueCardAction}
          />
        ) : null}
      </section>

      <section aria-labelledby="entries-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="entries-heading" className="mb-3 text-sm font-semibold">
          {tCards('entries.title')}
        </h2>
        <CardEntries
          entries={entries.rows}
          total={entries.total}
          lastFourOf={Object.fromEntries(cards.rows.map((card) => [card.paymentInstrumentKey, card.cardLastFour]))}
        />
      </section>

      <section aria-labelledby="wallet-invoices-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="wallet-invoices-heading" className="mb-3 text-sm font-semibold">
          {tInvoices('title')}
        </h2>
        <WalletInvoices current={openInvoice} recent={invoices.rows} total={invoices.total} />
      </section>

      {wallet.ownerSubmission ? (
        <section aria-labelledby="owner-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="owner-heading" className="mb-3 text-sm font-semibold">
            {t('ownerData')}
          </h2>
          <OwnerDetails owner={wallet.ownerSubmission as Owner} />
        </section>
      ) : null}

      <section aria-labelledby="invoices-heading" className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-2">
        <div>
          <h2 id="invoices-heading" className="mb-3 text-sm font-semibold">
            {t('invoiceConfiguration')}
          </h2>
          <InvoiceConfigurationSummary config={config} />
        </div>
        <InvoiceDatesPreview config={config} />
      </section>
    </>
  );
}
