import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChargesTable } from '@/components/charges/charges-table';
import { CopyButton } from '@/components/pay/copy-button';
import { DeactivateLinkButton } from '@/components/payment-links/deactivate-link-button';
import { LinkConversion } from '@/components/payment-links/link-conversion';
import { PageHeader } from '@/components/shell/page-header';
import { Detail, DetailList } from '@/components/ui/details';
import { secondaryButtonClass } from '@/components/ui/field';
import { formatBalance, formatDateTime, formatMoney } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { Pagination } from '@/components/ui/pagination';
import { SectionCard } from '@/components/ui/section-card';
import { StatusBadge } from '@/components/ui/status-badge';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { listCharges } from '@/lib/charges/queries';
import { chargeListQuerySchema } from '@/lib/charges/schemas';
import { toChargeBody } from '@/lib/charges/serialize';
import { now } from '@/lib/clock';
import { getFormatting } from '@/lib/i18n/formatting';
import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { cursorParamSchema } from '@/lib/pagination/keyset';
import { getPaymentLink, paymentLinkTotals } from '@/lib/payment-links/queries';
import { paymentLinkParamsSchema } from '@/lib/payment-links/schemas';
import { checkoutUrl } from '@/lib/payment-links/serialize';
import { effectiveStatus } from '@/lib/payment-links/status';
import { getPaymentWallet } from '@/lib/wallets/queries';
import { deactivatePaymentLinkAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('paymentLink'))('title') };
}

const CHARGES_PAGE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PaymentLinkPage({ params, searchParams }: { params: Promise<{ paymentLinkUuid: string }>; searchParams: SearchParams }) {
  const { paymentLinkUuid } = await params;
  const user = await requireUser(`/dashboard/payment-links/${paymentLinkUuid}`);
  const canManage = can(user.role, 'payments.manage');
  if (!paymentLinkParamsSchema.safeParse({ payment_link_uuid: paymentLinkUuid }).success) notFound();
  const cursor = (await searchParams).starting_after;
  const startingAfter = typeof cursor === 'string' && cursorParamSchema.safeParse(cursor).success ? cursor : undefined;
  const db = await getDb();
  const caller = callerFromUser(user);
  const link = await orNotFound(getPaymentLink(db, caller, paymentLinkUuid));
  const [totals, charges, wallet, t, methods, formatting] = await Promise.all([
    paymentLinkTotals(db, caller, link.paymentLinkUuid),
    listCharges(db, caller, chargeListQuerySchema.parse({ payment_link_uuid: link.paymentLinkUuid, limit: CHARGES_PAGE, starting_after: startingAfter })),
    getPaymentWallet(db, caller, link.walletUuid),
    getTranslations('paymentLink'),
    getTranslations('chargeMethods'),
    getFormatting(),
  ]);
  const currency = link.currency as WalletCurrency;
  const status = effectiveStatus(link, now());
  const url = checkoutUrl(link.paymentLinkUuid);
  const amount = formatBalance(formatMinor(link.valueMinor, currencyDigits(currency)), currency, formatting.locale);
  const qr = `/dashboard/payment-links/${link.paymentLinkUuid}/qr.png`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/payment-links" className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={link.name} description={amount} actions={<StatusBadge kind="paymentLink" status={status} />} />

      <SectionCard id="share" title={t('share.title')}>
        <div className="flex flex-col gap-4 px-4 py-3 sm:flex-row sm:items-start">
          <div className="flex min-w-0 flex-1 flex-col gap-2">
            <label htmlFor="checkout-url" className="text-sm font-medium text-slate-700">
              {t('share.url')}
            </label>
            <input id="checkout-url" readOnly value={url} className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs" />
            <div className="flex flex-wrap items-center gap-3">
              <CopyButton text={url} label={t('share.copy')} />
              <a href={url} target="_blank" rel="noopener noreferrer" className="text-sm text-brand-700 hover:underline">
                {t('share.open')}
              </a>
            </div>
            {status !== 'active' ? <p className="text-sm text-amber-800">{t('share.notTaking')}</p> : null}
          </div>
          <div className="flex flex-col items-center gap-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- a signed-in owner's PNG, not an optimizable asset */}
            <img src={qr} alt={t('share.qrAlt')} width={160} height={160} className="rounded-md ring-1 ring-slate-200" />
            <a href={qr} download={`payment-link-${link.paymentLinkUuid}.png`} className={secondaryButtonClass}>
              {t('share.downloadQr')}
            </a>
          </div>
        </div>
      </SectionCard>

      <SectionCard id="details" title={t('details')}>
        <DetailList>
          <Detail term={t('status')}>
            <StatusBadge kind="paymentLink" status={status} />
          </Detail>
          <Detail term={t('linkId')} mono>
            {link.paymentLinkUuid}
          </Detail>
          <Detail term={t('wallet')}>
            <Link href={`/dashboard/wallets/${wallet.walletUuid}`} className="text-brand-700 hover:underline">
              {wallet.name ?? wallet.customerId}
            </Link>
          </Detail>
          {link.description ? <Detail term={t('description')}>{link.description}</Detail> : null}
          <Detail term={t('methods')}>{link.chargeTypes.map((method) => methods(method)).join(' · ')}</Detail>
          {link.chargeTypes.includes('credit_card') ? <Detail term={t('maxInstallments')}>{link.maxInstallmentCount}</Detail> : null}
          <Detail term={t('usage')}>{link.isCheckout ? t('reusable') : t('singleUse')}</Detail>
          <Detail term={t('payments')}>{link.maxPayments === null ? String(link.paymentsCount) : t('paymentsOf', { paid: link.paymentsCount, max: link.maxPayments })}</Detail>
          {link.expiresAt ? <Detail term={t('expiresAt')}>{formatDateTime(link.expiresAt, formatting)}</Detail> : null}
          {link.redirectUrl ? (
            <Detail term={t('redirectUrl')}>
              <span className="break-all">{link.redirectUrl}</span>
            </Detail>
          ) : null}
          <Detail term={t('created')}>{formatDateTime(link.createdAt, formatting)}</Detail>
        </DetailList>
        {canManage && status === 'active' ? (
          <div className="border-t border-slate-200 px-4 py-3">
            <DeactivateLinkButton paymentLinkUuid={link.paymentLinkUuid} deactivate={deactivatePaymentLinkAction} />
          </div>
        ) : null}
      </SectionCard>

      <SectionCard id="conversion" title={t('conversion')}>
        <LinkConversion opened={link.openedCount} started={totals.started} paid={totals.paid} captured={formatMoney(totals.capturedMinor, currency, formatting.locale)} />
      </SectionCard>

      <SectionCard id="charges" title={t('charges')}>
        {charges.rows.length ? <ChargesTable charges={charges.rows.map(toChargeBody)} /> : <p className="px-4 py-6 text-sm text-slate-600">{t('noCharges')}</p>}
        <div className="px-4 pb-3">
          <Pagination nextCursor={charges.nextCursor} params={{}} onFirstPage={!startingAfter} />
        </div>
      </SectionCard>
    </>
  );
}
