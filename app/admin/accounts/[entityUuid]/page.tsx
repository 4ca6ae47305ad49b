import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AccountStatusBadge } from '@/components/admin/account-status-badge';
import { AddMerchantForm } from '@/components/admin/add-merchant-form';
import { ConfigurationsForm, type ConfigurationsValues } from '@/components/admin/configurations-form';
import { PricingForm } from '@/components/admin/pricing-form';
import { ProductsForm } from '@/components/admin/products-form';
import { SuspensionButton } from '@/components/admin/suspension-button';
import { PageHeader } from '@/components/shell/page-header';
import { InvitationsPanel } from '@/components/team/invitations-panel';
import { toInvitationRow } from '@/components/team/team-rows';
import { DataTable } from '@/components/ui/data-table';
import { Detail, DetailList } from '@/components/ui/details';
import { formatDateTime } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { SectionCard } from '@/components/ui/section-card';
import { getDb } from '@/db/client';
import { MEMBER_ROLES } from '@/lib/access/permissions';
import { operatorFromSession } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import { LOCALE_NAMES, isLocale } from '@/lib/i18n/locales';
import { now } from '@/lib/clock';
import { getAccountDetail } from '@/lib/management/account-detail';
import { listAccountInvitations } from '@/lib/management/invitations';
import { INVITATION_TTL_DAYS } from '@/lib/team/invitations';
import { toAccountDetailBody } from '@/lib/management/serialize';
import {
  addMerchantAction,
  inviteToAccountAction,
  reactivateAccountAction,
  resendAccountInvitationAction,
  revokeAccountInvitationAction,
  suspendAccountAction,
  updateConfigurationsAction,
  updatePricingAction,
  updateProductsAction,
} from '../actions';

type Params = Promise<{ entityUuid: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminAccounts'))('detailTitle') };
}

export default async function AccountPage({ params }: { params: Params }) {
  const { entityUuid } = await params;
  const operator = await operatorFromSession(`/admin/accounts/${entityUuid}`);
  const detail = await orNotFound(getAccountDetail(await getDb(), operator, entityUuid));
  const [t, formatting, invitations] = await Promise.all([getTranslations('adminAccounts'), getFormatting(), listAccountInvitations(await getDb(), operator, entityUuid)]);
  const at = now();
  // The page shows what the API answers, so both doors read the account the same way.
  const body = toAccountDetailBody(detail);
  const { account } = detail;
  const suspended = account.suspendedAt !== null;
  const managed = account.kind === 'merchant';

  return (
    <>
      <Link href="/admin/accounts" className="mb-2 inline-block text-sm text-brand-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={account.name}
        description={managed ? t('kinds.merchant') : t('kinds.platform')}
        actions={managed ? <SuspensionButton name={account.name} suspended={suspended} suspend={suspendAccountAction.bind(null, account.entityUuid)} reactivate={reactivateAccountAction.bind(null, account.entityUuid)} /> : null}
      />
      {suspended ? (
        <p role="status" className="mb-6 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t('suspendedBanner', { date: formatDateTime(account.suspendedAt!, formatting) })}
        </p>
      ) : null}
      {managed ? null : <p className="mb-6 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">{t('platformReadOnly')}</p>}

      <SectionCard id="account-details" title={t('detailsTitle')}>
        <DetailList>
          <Detail term={t('entityUuid')} mono>
            {account.entityUuid}
          </Detail>
          <Detail term={t('status')}>
            <AccountStatusBadge suspended={suspended} />
          </Detail>
          <Detail term={t('language')}>{isLocale(account.defaultLocale) ? LOCALE_NAMES[account.defaultLocale] : t('browserLanguage')}</Detail>
          <Detail term={t('timeZone')}>{account.timeZone}</Detail>
          <Detail term={t('members')}>{t('membersCount', { count: detail.memberCount, pending: detail.pendingInvitations })}</Detail>
          <Detail term={t('created')}>{formatDateTime(account.createdAt, formatting)}</Detail>
        </DetailList>
      </SectionCard>

      <SectionCard id="account-merchants" title={t('merchantsTitle')}>
        <DataTable
          label={t('merchantsTitle')}
          rows={detail.merchants}
          rowKey={(m) => m.merchantUuid}
          rowLabel={(m) => m.name}
          empty={t('noMerchants')}
          columns={[
            { header: t('name'), className: 'font-medium', cell: (m) => m.name },
            { header: t('softDescriptor'), className: 'font-mono text-xs', cell: (m) => m.softDescription },
            { header: t('merchantUuid'), className: 'font-mono text-xs text-slate-600', cell: (m) => m.merchantUuid },
            { header: t('created'), className: 'text-slate-600', cell: (m) => formatDateTime(m.createdAt, formatting) },
          ]}
        />
        {managed ? (
          <div className="border-t border-slate-200">
            <h3 className="px-4 pt-3 text-sm font-semibold">{t('addMerchantTitle')}</h3>
            <AddMerchantForm addMerchant={addMerchantAction.bind(null, account.entityUuid)} />
          </div>
        ) : null}
      </SectionCard>

      {managed ? (
        <>
          <InvitationsPanel
            rows={invitations.map((row) => toInvitationRow(row, { assignable: [...MEMBER_ROLES], at }, formatting))}
            manage={{
              roles: [...MEMBER_ROLES],
              ttlDays: INVITATION_TTL_DAYS,
              actions: {
                invite: inviteToAccountAction.bind(null, account.entityUuid),
                resend: resendAccountInvitationAction.bind(null, account.entityUuid),
                revoke: revokeAccountInvitationAction.bind(null, account.entityUuid),
              },
            }}
          />

          <SectionCard id="account-configurations" title={t('configurationsTitle')}>
            <ConfigurationsForm initial={body.configurations as ConfigurationsValues} save={updateConfigurationsAction.bind(null, account.entityUuid)} />
          </SectionCard>

          <SectionCard id="account-products" title={t('productsTitle')}>
            <ProductsForm
              initial={{ products: body.products.map(({ product, quota }) => ({ product, quota })) }}
              inUse={Object.fromEntries(body.products.map((p) => [p.product, p.in_use]))}
              save={updateProductsAction.bind(null, account.entityUuid)}
            />
          </SectionCard>

          <SectionCard id="account-pricing" title={t('pricingTitle')}>
            <p className="px-4 pt-3 text-sm text-slate-600">{t('pricingDescription')}</p>
            {body.merchants.map((m) => (
              <div key={m.merchant_uuid} className="border-t border-slate-100 first:border-t-0">
                <PricingForm merchantName={m.name} rows={m.pricing} save={updatePricingAction.bind(null, { entity_uuid: account.entityUuid, merchant_uuid: m.merchant_uuid })} />
              </div>
            ))}
          </SectionCard>
        </>
      ) : null}
    </>
  );
}
