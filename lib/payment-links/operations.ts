import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { paymentPageUrl } from '@/lib/charges/serialize';
import { documented } from '@/lib/openapi/shared';
import { a55ListBody } from '@/lib/pagination/keyset';
import { startLinkPayment } from './checkout';
import { createPaymentLink } from './create';
import { deactivatePaymentLink } from './lifecycle';
import { getPaymentLink, listPaymentLinks } from './queries';
import {
  createPaymentLinkResponseSchema,
  createPaymentLinkSchema,
  paymentLinkListQuerySchema,
  paymentLinkListSchema,
  paymentLinkParamsSchema,
  paymentLinkSchema,
  publicLinkParamsSchema,
  startLinkPaymentResponseSchema,
  startLinkPaymentSchema,
} from './schemas';
import { toCreatedLinkBody, toPaymentLinkBody } from './serialize';

/** Payment links (reference A.6) and our additions in the same style: get, list, deactivate, and the checkout's start. */

const TAG = 'Payment links';
const NOT_FOUND = ['errors.payment_link.not_found'];
const linkPath = documented(paymentLinkParamsSchema, { payment_link_uuid: { description: 'The payment link', example: 'a1b2c3d4-0000-4000-8000-0000000000aa' } });

export const createPaymentLinkOperation = defineOperation({
  operationId: 'createPaymentLink',
  method: 'post',
  path: '/api/v1/bank/wallet/payment-link/',
  dialect: 'a55',
  auth: { scope: 'charge:create' },
  tag: TAG,
  summary: 'Create a payment link',
  description:
    'A hosted checkout at `url` for `value` in the wallet\'s currency, paid by any of `charge_type` (credit_card; pix and boleto in BRL). ' +
    'Reference A.6 contradicts itself on `is_checkout`; this API follows its API reference: `true` (the default) is a reusable ' +
    'checkout, `false` a single-use link that completes on its first paid charge (racing payers: one succeeds). Our additions: ' +
    '`expires_at` and `max_payments`. Statuses: `active`, `inactive` (deactivated), `expired`, `completed`. Each payment is a charge ' +
    'carrying `payment_link_uuid`, in its webhooks too. Card installments are offered up to `max_installment_count` where they ' +
    'divide the amount into equal installments.',
  body: createPaymentLinkSchema,
  responses: { 200: { description: 'The link', schema: createPaymentLinkResponseSchema } },
  errors: { 404: ['errors.wallet.not_found'], 409: ['errors.wallet.not_active'], 422: ['errors.merchant.not_found', 'CURRENCY_NOT_SUPPORTED', 'AMOUNT_INVALID'] },
  handler: async ({ db, actor, body }) => ({ body: toCreatedLinkBody(await createPaymentLink(db, callerFromApi(actor), body)) }),
});

export const getPaymentLinkOperation = defineOperation({
  operationId: 'getPaymentLink',
  method: 'get',
  path: '/api/v1/bank/wallet/payment-link/{payment_link_uuid}/',
  dialect: 'a55',
  auth: { scope: 'charge:read' },
  tag: TAG,
  summary: 'Get a payment link (our addition)',
  params: linkPath,
  responses: { 200: { description: 'The link', schema: paymentLinkSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, params }) => ({ body: toPaymentLinkBody(await getPaymentLink(db, callerFromApi(actor), params.payment_link_uuid)) }),
});

export const listPaymentLinksOperation = defineOperation({
  operationId: 'listPaymentLinks',
  method: 'get',
  path: '/api/v1/bank/wallet/payment-links/',
  dialect: 'a55',
  auth: { scope: 'charge:read' },
  tag: TAG,
  summary: 'List payment links, newest first (our addition)',
  description: 'A55 paging (`page`, `limit` ≤ 100) plus `next_cursor`/`starting_after`; `status` filters by the status each link shows.',
  query: paymentLinkListQuerySchema,
  responses: { 200: { description: 'A page of links', schema: paymentLinkListSchema } },
  handler: async ({ db, actor, query }) => ({ body: a55ListBody(query, await listPaymentLinks(db, callerFromApi(actor), query), toPaymentLinkBody) }),
});

export const deactivatePaymentLinkOperation = defineOperation({
  operationId: 'deactivatePaymentLink',
  method: 'post',
  path: '/api/v1/bank/wallet/payment-link/{payment_link_uuid}/deactivate/',
  dialect: 'a55',
  auth: { scope: 'charge:create' },
  tag: TAG,
  summary: 'Deactivate a payment link (our addition)',
  description: 'The checkout then says the link is no longer available and takes no payment. Repeating it changes nothing; a completed link stays completed.',
  params: linkPath,
  responses: { 200: { description: 'The link after the change', schema: paymentLinkSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, params }) => ({ body: toPaymentLinkBody(await deactivatePaymentLink(db, callerFromApi(actor), params.payment_link_uuid)) }),
});

export const startLinkPaymentOperation = defineOperation({
  operationId: 'startPaymentLinkPayment',
  method: 'post',
  path: '/api/v1/bank/public/payment-link/{uuid}/charge',
  dialect: 'a55',
  auth: 'none',
  tag: TAG,
  summary: "Start paying a link from its checkout (public; our addition)",
  description:
    "The checkout's first step: a charge of the link's amount by the chosen method, `issued`, carrying the link. The payer then pays " +
    'it: a card at `POST /api/v1/bank/public/charge/{uuid}/pay`, a Pix or boleto at `charge_payment_url`. A link that is inactive, ' +
    'expired or completed answers 409 saying which.',
  params: documented(publicLinkParamsSchema, { uuid: { description: 'The payment link', example: 'a1b2c3d4-0000-4000-8000-0000000000aa' } }),
  body: startLinkPaymentSchema,
  responses: { 200: { description: 'The charge to pay', schema: startLinkPaymentResponseSchema } },
  errors: {
    404: NOT_FOUND,
    409: ['errors.payment_link.inactive', 'errors.payment_link.expired', 'errors.payment_link.completed'],
    422: ['errors.payment_link.method_not_offered', 'errors.payment_link.installments', 'errors.payer.tax_id_invalid', 'errors.payer.address_required', 'errors.pix.key_not_configured'],
  },
  handler: async ({ db, params, body }) => {
    const row = await startLinkPayment(db, params.uuid, body);
    return { body: { charge_uuid: row.chargeUuid, status: row.status, charge_payment_url: paymentPageUrl(row.chargeUuid), installment_count: row.installmentCount } };
  },
});

export const paymentLinkOperations = [createPaymentLinkOperation, getPaymentLinkOperation, listPaymentLinksOperation, deactivatePaymentLinkOperation, startLinkPaymentOperation];
