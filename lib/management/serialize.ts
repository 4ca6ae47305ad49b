import type { z } from 'zod';
import { a55ListBody, type ListPage } from '@/lib/pagination/keyset';
import { formatMinor } from '@/lib/money/decimal';
import type { IssuedInvitation } from '@/lib/team/invitations';
import type { AccountDetail } from './account-detail';
import type { AccountConfigurations } from './configurations';
import type { CreatedAccount } from './create-account';
import type { AccountSummary } from './list-accounts';
import type { MerchantRow } from './merchants';
import type { MethodPrice, PricedMerchant } from './pricing';
import type { ProductUsage } from './products';
import type {
  accountDetailSchema,
  accountSchema,
  accountSummarySchema,
  configurationsResponseSchema,
  createdAccountSchema,
  invitationSchema,
  merchantSchema,
  methodPriceSchema,
  pricedMerchantSchema,
  productUsageSchema,
} from './response-schemas';
import type { AccountListQuery } from './schemas';
import type { AccountRow } from './target';

// Rows to wire bodies; each function's return type is its response schema's, so a drift fails tsc.

type Body<S extends z.ZodType> = z.input<S>;

export function toAccountBody(row: AccountRow): Body<typeof accountSchema> {
  return {
    entity_uuid: row.entityUuid,
    name: row.name,
    kind: row.kind,
    status: row.suspendedAt ? 'suspended' : 'active',
    suspended_at: row.suspendedAt?.toISOString() ?? null,
    default_locale: row.defaultLocale,
    time_zone: row.timeZone,
    created_at: row.createdAt.toISOString(),
  };
}

function toSummaryBody(row: AccountSummary): Body<typeof accountSummarySchema> {
  return { ...toAccountBody(row), merchant_count: row.merchantCount, member_count: row.memberCount };
}

export function toAccountListBody(query: AccountListQuery, page: ListPage<AccountSummary>) {
  return a55ListBody(query, page, toSummaryBody);
}

export function toMerchantBody(row: MerchantRow): Body<typeof merchantSchema> {
  return { merchant_uuid: row.merchantUuid, name: row.name, soft_descriptor: row.softDescription, created_at: row.createdAt.toISOString() };
}

function toMethodPriceBody(price: MethodPrice): Body<typeof methodPriceSchema> {
  return {
    type_charge: price.typeCharge,
    percent_bps: price.percentBps,
    fixed_amount: formatMinor(price.fixedMinor, 2),
    settlement_delay_days: price.settlementDelayDays,
    customized: price.customized,
  };
}

export function toPricedMerchantBody(merchant: PricedMerchant): Body<typeof pricedMerchantSchema> {
  return { ...toMerchantBody(merchant), pricing: merchant.pricing.map(toMethodPriceBody) };
}

export function toProductBody(product: ProductUsage): Body<typeof productUsageSchema> {
  return { product: product.product, quota: product.quota, in_use: product.inUse };
}

export function toConfigurationsBody(configurations: AccountConfigurations): Body<typeof configurationsResponseSchema> {
  return { pix_key: configurations.pixKey, pix_city: configurations.pixCity, payout_destination: configurations.payoutDestination };
}

export function toInvitationBody(issued: IssuedInvitation): Body<typeof invitationSchema> {
  const { invitation } = issued;
  // The column's type is every role; its check constraint keeps `operator` out of invitations.
  const role = invitation.role as Body<typeof invitationSchema>['role'];
  return { invitation_id: invitation.id, email: invitation.email, role, expires_at: invitation.expiresAt.toISOString(), invitation_link: issued.link };
}

export function toAccountDetailBody(detail: AccountDetail): Body<typeof accountDetailSchema> {
  return {
    ...toAccountBody(detail.account),
    member_count: detail.memberCount,
    pending_invitations: detail.pendingInvitations,
    merchants: detail.merchants.map(toPricedMerchantBody),
    products: detail.products.map(toProductBody),
    configurations: toConfigurationsBody(detail.configurations),
  };
}

export function toCreatedAccountBody(created: CreatedAccount): Body<typeof createdAccountSchema> {
  return {
    ...toAccountBody(created.account),
    merchants: created.merchants.map(toMerchantBody),
    products: created.products.map(({ product, quota }) => ({ product, quota })),
    owner_invitation: toInvitationBody(created.invitation),
  };
}
