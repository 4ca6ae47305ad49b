import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cardText } from '@/components/charges/card-text';
import { ChargeActions } from '@/components/charges/charge-actions';
import { ChargeAmounts } from '@/components/charges/charge-amounts';
import { ChargeLedger } from '@/components/charges/charge-ledger';
import { ChargePaymentDetails } from '@/components/charges/charge-payment-details';
import { ChargeRefunds } from '@/components/charges/charge-refunds';
import { ChargeTimeline } from '@/components/charges/charge-timeline';
import { PayerDetails } from '@/components/charges/payer-details';
import { SimulatePayment } from '@/components/charges/simulate-payment';
import { PageHeader } from '@/components/shell/page-header';
import { SectionCard } from '@/components/ui/section-card';
import { Detail, DetailList } from '@/components/ui/details';
import { formatBalance, formatDateTime } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { StatusBadge } from '@/components/ui/status-badge';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { boletoBarcodeSvg } from '@/lib/boleto/slip-pdf';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { chargeLedger, chargeTimeline, getCharge } from '@/lib/charges/queries';
import { refundableMinor } from '@/lib/charges/refund';
import { chargeParamsSchema } from '@/lib/charges/schemas';
import { toChargeBody } from '@/lib/charges/serialize';
import { isProductionApp } from '@/lib/env';
import { getFormatting } from '@/lib/i18n/formatting';
import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { pixQrSvg } from '@/lib/pix/qr';
import { getPaymentWallet } from '@/lib/wallets/queries';
import { cancelChargeAction, captureChargeAction, refundChargeAction, simulatePaymentAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('charge'))('title') };
}

export default async function ChargePage({ params }: { params: Promise<{ chargeUuid: string }> }) {
  const { chargeUuid } = await params;
  const user = await requireUser(`/dashboard/charges/${chargeUuid}`);
  const canManage = can(user.role, 'payments.manage');
  if (!chargeParamsSchema.safeParse({ charge_uuid: chargeUuid }).success) notFound();
  const db = await getDb();
  const caller = callerFromUser(user);
  const found = await orNotFound(getCharge(db, caller, chargeUuid));
  const row = found.charge;
  const [timeline, ledger, wallet, t, methods, formatting] = await Promise.all([
    chargeTimeline(db, caller, row.chargeUuid),
    chargeLedger(db, caller, row.chargeUuid, found.refunds.map((refund) => refund.refundUuid)),
    getPaymentWallet(db, caller, row.walletUuid),
    getTranslations('charge'),
    getTranslations('chargeMethods'),
    getFormatting(),
  ]);
  const charge = toChargeBody(found);
  const currency = row.currency as WalletCurrency;
  const digits = currencyDigits(row.currency);
  const payLater = charge.type_charge === 'pix' || charge.type_charge === 'boleto' ? charge.type_charge : null;
  const images = {
    pixQrSvg: row.pixCopyPaste && row.status === 'issued' ? await pixQrSvg(row.pixCopyPaste) : null,
    boletoBarcodeSvg: row.boletoBarcode ? boletoBarcodeSvg(row.boletoBarcode) : null,
  };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/charges" className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={charge.description} description={formatBalance(charge.local_currency, currency, formatting.locale)} actions={<StatusBadge kind="charge" status={charge.status} />} />
      <SectionCard id="summary" title={t('details')}>
        <DetailList>
          <Detail term={t('status')}>
            <StatusBadge kind="charge" status={charge.status} />
          </Detail>
          {charge.message?.length ? (
            <Detail term={t('acquirerMessage')}>
              {charge.message.map((message) => (
                <span key={message.code} className="block text-red-800" data-testid="charge-message">
                  {message.description} <span className="font-mono text-xs">({message.code})</span>
                </span>
              ))}
            </Detail>
          ) : null}
          <Detail term={t('chargeId')} mono>
            {charge.charge_uuid}
          </Detail>
          <Detail term={t('wallet')}>
            <Link href={`/dashboard/wallets/${wallet.walletUuid}`} className="text-brand-700 hover:underline">
              {wallet.name ?? wallet.customerId}
            </Link>
          </Detail>
          <Detail term={t('method')}>{charge.card ? `${methods(charge.type_charge)} · ${cardText(charge.card)}` : methods(charge.type_charge)}</Detail>
          {/* A 3DS challenge is a card's; a Pix or boleto waiting in `pending` is settling, not authenticating. */}
          {charge.url_3ds && !payLater ? (
            <Detail term={t('challenge')}>
              <a href={charge.url_3ds} className="break-all text-brand-700 hover:underline">
                {charge.url_3ds}
              </a>
              <span className="block text-xs text-slate-500">{t('challengeHint')}</span>
            </Detail>
          ) : null}
          {charge.charge_payment_url && !payLater ? (
            <Detail term={t('paymentPage')}>
              <a href={charge.charge_payment_url} className="break-all text-brand-700 hover:underline" data-testid="charge-payment-url">
                {charge.charge_payment_url}
              </a>
              <span className="block text-xs text-slate-500">{t('paymentPageHint')}</span>
            </Detail>
          ) : null}
          {charge.authorization_code ? (
            <Detail term={t('authorizationCode')} mono>
              {charge.authorization_code}
            </Detail>
          ) : null}
          <Detail term={t('created')}>{formatDateTime(row.createdAt, formatting)}</Detail>
        </DetailList>
      </SectionCard>
      {payLater ? (
        <SectionCard id="payment" title={t(payLater === 'pix' ? 'pixPayment' : 'boletoPayment')}>
          <ChargePaymentDetails charge={charge} images={images} formatting={formatting} />
          {canManage && row.status === 'issued' && !isProductionApp() ? (
            <div className="border-t border-slate-200 bg-amber-50 px-4 py-3">
              <SimulatePayment charge={{ charge_uuid: charge.charge_uuid, type_charge: payLater, currency, amount: charge.local_currency }} run={simulatePaymentAction} />
            </div>
          ) : null}
        </SectionCard>
      ) : null}
      <SectionCard id="amounts" title={t('amounts')}>
        <ChargeAmounts charge={charge} />
      </SectionCard>
      {canManage ? (
      <SectionCard id="actions" title={t('actions')}>
        <ChargeActions
          charge={{
            charge_uuid: charge.charge_uuid,
            wallet_uuid: charge.wallet_uuid,
            status: charge.status,
            currency,
            authorized: formatMinor(row.authorizedMinor, digits),
            remaining: charge.amount_remaining,
            remainingMinor: refundableMinor(row).toString(),
          }}
          actions={{ capture: captureChargeAction, cancel: cancelChargeAction, refund: refundChargeAction }}
        />
      </SectionCard>
      ) : null}
      <SectionCard id="payer" title={t('payer')}>
        <PayerDetails charge={charge} />
      </SectionCard>
      <SectionCard id="timeline" title={t('timeline')}>
        <ChargeTimeline
          currency={row.currency}
          steps={timeline.map((step) => ({ id: String(step.id), at: step.occurredAt, from: step.fromStatus, to: step.toStatus, reason: step.reason, amountMinor: step.amountMinor }))}
        />
      </SectionCard>
      <SectionCard id="refunds" title={t('refunds')}>
        <ChargeRefunds charge={charge} />
      </SectionCard>
      <SectionCard id="ledger" title={t('ledger')}>
        <ChargeLedger lines={ledger} />
      </SectionCard>
    </>
  );
}
