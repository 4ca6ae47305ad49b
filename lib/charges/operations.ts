import { z } from 'zod';
import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { documented } from '@/lib/openapi/shared';
import { formatMinor } from '@/lib/money/decimal';
import { decimalText } from '@/lib/money/schemas';
import { a55ListBody } from '@/lib/pagination/keyset';
import { SETTLEMENT_RULES } from '@/lib/settlements/operations';
import { listSettledCharges, toSettledChargeBody } from '@/lib/settlements/reconciliation';
import { reconciliationSchema } from '@/lib/settlements/schemas';
import { captureCharge } from './capture';
import { cancelCharge } from './cancel';
import { createCharge } from './create';
import { simulateExpiry } from './expiry';
import { simulatePayment } from './sandbox-payments';
import { simulateDispute } from './disputes';
import { completeChallenge, payCharge } from './pay';
import { getCharge, getPublicCharge, listCharges } from './queries';
import { refundCharge } from './refund';
import {
  cancelChargeResponseSchema,
  cancelChargeSchema,
  captureChargeSchema,
  chargeListQuerySchema,
  chargeListSchema,
  chargeLookupSchema,
  chargeParamsSchema,
  chargeSchema,
  chargeWalletParamsSchema,
  createChargeSchema,
  createPixChargeResponseSchema,
  createPixChargeSchema,
  payChargeResponseSchema,
  payChargeSchema,
  publicChargeParamsSchema,
  refundChargeSchema,
} from './schemas';
import { paymentPageUrl, pixPayloadOf, toChargeBody, toPayBody } from './serialize';

/** The A55 charge routes (reference A.3–A.5, A.9–A.11) and the sandbox's dispute, payment and expiry simulations. */

const TAG = 'Charges';
const NOT_FOUND = ['errors.charge.not_found'];
/** A charge from a payment link is refused when the link no longer takes payments (lib/charges/link-slot.ts). */
const LINK_REFUSALS = ['errors.payment_link.inactive', 'errors.payment_link.expired', 'errors.payment_link.completed'];
const CARD_ERRORS = ['INVALID_CARD', 'EXPIRED_CARD', 'INVALID_CVC', 'CARD_DECLINED', 'INSTALLMENTS_NOT_ALLOWED'];
const example = { description: 'A charge', example: 'a1b2c3d4-0000-4000-8000-000000000001' };
const walletExample = { description: 'The wallet of the charge', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' };

export const createChargeOperation = defineOperation({
  operationId: 'createCharge',
  method: 'post',
  path: '/api/v1/bank/wallet/charge/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: TAG,
  summary: 'Create a card charge',
  description:
    '`type_charge` `credit_card`, `debit_card`, `pix` or `boleto` (other A55 methods answer 422 `PAYMENT_METHOD_NOT_SUPPORTED`). ' +
    'A Pix or boleto is BRL in one installment and answers `issued` with its `pix_payload` or `barcode` (the digitable line) and ' +
    '`boleto_url` (the printable slip; due in 3 days unless `due_date` says otherwise); unpaid when it expires, it is `canceled`. ' +
    'The charge is `installment_value` × `installment_count` in the wallet\'s currency (integers for CLP; a wrong precision is ' +
    '`AMOUNT_INVALID`). With the card fields (host to host) the card is authorized at once: `confirmed` (captured), ' +
    '`pre_captured` (`capture: false`, waiting for a capture), `pending` with `url_3ds` (3DS challenge) or `error` with the ' +
    "acquirer's `message` (a decline is a charge too, answered 200). Without them the charge stays `issued` until the payer " +
    'pays it at `POST /api/v1/bank/public/charge/{uuid}/pay`. A card refused before reaching the acquirer (Luhn, expiry, CVV, ' +
    'brand) answers 422 and creates nothing. Card numbers and CVVs are never stored, logged or echoed. In the sandbox the last ' +
    'digit of the card decides (reference A.11); test cards are refused in production.',
  body: createChargeSchema,
  responses: { 200: { description: 'The charge, in its status after the acquirer answered', schema: chargeSchema } },
  errors: {
    404: ['errors.wallet.not_found'],
    409: ['errors.wallet.not_active'],
    422: [
      'errors.merchant.not_found',
      'PAYMENT_METHOD_NOT_SUPPORTED',
      'CURRENCY_NOT_SUPPORTED',
      'AMOUNT_INVALID',
      'errors.payer.tax_id_invalid',
      'errors.pix.key_not_configured',
      'errors.charge.due_date_in_past',
      'errors.charge.card_fields_not_allowed',
      ...CARD_ERRORS,
    ],
  },
  handler: async ({ db, actor, body }) => ({ body: toChargeBody({ charge: await createCharge(db, callerFromApi(actor), body), refunds: [] }) }),
});

export const createPixChargeOperation = defineOperation({
  operationId: 'createPixCharge',
  method: 'post',
  path: '/api/v1/bank/wallet/charge/pix/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: TAG,
  summary: 'Create a Pix charge (the dedicated endpoint)',
  description:
    "Reference A.3's Pix endpoint: `amount` in BRL, the payer's CPF or CNPJ. The answer carries `pix_payload` " +
    '`{qr_code_base64, copy_paste, expiration}` (a BR Code on the account\'s Pix key, with a txid unique to the charge) and ' +
    "`charge_payment_url`, the payer's page. Unpaid at `expiration` (`pix_expiration_seconds`, default 3600), the charge is " +
    '`canceled`. Another currency or a bad CPF/CNPJ answers 422.',
  body: createPixChargeSchema,
  responses: { 200: { description: 'The issued Pix charge', schema: createPixChargeResponseSchema } },
  errors: {
    404: ['errors.wallet.not_found'],
    409: ['errors.wallet.not_active'],
    422: ['errors.merchant.not_found', 'CURRENCY_NOT_SUPPORTED', 'AMOUNT_INVALID', 'errors.payer.tax_id_invalid', 'errors.pix.key_not_configured', 'errors.charge.due_date_in_past'],
  },
  handler: async ({ db, actor, body }) => {
    const { amount, ...rest } = body;
    const row = await createCharge(db, callerFromApi(actor), {
      ...rest,
      type_charge: 'pix',
      installment_value: amount,
      installment_count: 1,
      items: [],
      capture: true,
      threeds_authentication: false,
    });
    const pix = pixPayloadOf(row)!;
    return { body: { charge_uuid: row.chargeUuid, status: row.status, pix_payload: pix, local_currency: formatMinor(row.amountMinor, 2), charge_payment_url: paymentPageUrl(row.chargeUuid) } };
  },
});

export const lookupChargeOperation = defineOperation({
  operationId: 'lookupCharge',
  method: 'get',
  path: '/api/v1/bank/wallet/charge/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:read' },
  tag: TAG,
  summary: 'Get a charge by charge_uuid and wallet_uuid, or with settled=true the settled charges (reconciliation)',
  description:
    'Without `settled`: the charge `charge_uuid` of wallet `wallet_uuid` (both required). With `settled=true`: reference A.8\'s ' +
    'reconciliation, `{"results": [...]}` with each settled charge\'s `gross_amount`, `mdr_amount`, `interchange_amount` (0), ' +
    '`processing_fee`, `fx_fee` (0), `total_fees`, `net_amount`, `settled_at` and `settlement_uuid`, oldest settlement first, ' +
    'filtered by `status` (the status now), `settled_after` (inclusive), `settled_before` (exclusive) and `wallet_uuid`, ' +
    '`page_size` per page (`next_cursor` as `starting_after` for the next). ' +
    SETTLEMENT_RULES +
    ' Pix charges are listed as settled when paid, with no `settlement_uuid`.',
  query: chargeLookupSchema,
  responses: { 200: { description: 'The charge, or with settled=true the settled charges', schema: z.union([chargeSchema, reconciliationSchema]) } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, query }) => {
    const caller = callerFromApi(actor);
    if (query.settled) {
      const page = await listSettledCharges(db, caller, query);
      return { body: { results: page.rows.map(toSettledChargeBody), has_more: page.hasMore, next_cursor: page.nextCursor } };
    }
    return { body: toChargeBody(await getCharge(db, caller, query.charge_uuid!, query.wallet_uuid)) };
  },
});

export const getChargeOperation = defineOperation({
  operationId: 'getCharge',
  method: 'get',
  path: '/api/v1/bank/wallet/charge/{charge_uuid}/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:read' },
  tag: TAG,
  summary: 'Get a charge',
  params: documented(chargeParamsSchema, { charge_uuid: example }),
  responses: { 200: { description: 'The charge', schema: chargeSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, params }) => ({ body: toChargeBody(await getCharge(db, callerFromApi(actor), params.charge_uuid)) }),
});

export const listChargesOperation = defineOperation({
  operationId: 'listCharges',
  method: 'get',
  path: '/api/v1/bank/wallet/charges/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:read' },
  tag: TAG,
  summary: 'List charges, newest first',
  description:
    'A55 paging (`page`, `limit` ≤ 100) in the shape `{page, limit, total, pages, has_more, next_cursor, data}`; `next_cursor` as ' +
    '`starting_after` seeks by keyset. `filter` takes one of `status:<status>`, `type:<type_charge>`, `card_brand:<brand>`, ' +
    '`amount_gte:<amount>`, `amount_lte:<amount>` (several joined by commas all apply); `search` (our addition) a charge id, payer e-mail or tax id. ' +
    '`total` (and `pages`) is exact up to 10 000 charges and PostgreSQL’s estimate beyond, so a page costs the same in a large account; ' +
    '`has_more` and `next_cursor` are always exact.',
  query: chargeListQuerySchema,
  responses: { 200: { description: 'A page of charges', schema: chargeListSchema } },
  handler: async ({ db, actor, query }) => ({ body: a55ListBody(query, await listCharges(db, callerFromApi(actor), query), toChargeBody) }),
});

export const captureChargeOperation = defineOperation({
  operationId: 'captureCharge',
  method: 'post',
  path: '/api/v1/bank/wallet/charge/capture/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: TAG,
  summary: 'Capture a pre-authorized charge, in full or in part',
  description: 'A `pre_captured` charge becomes `confirmed`; a smaller `amount` captures that much and releases the rest.',
  body: captureChargeSchema,
  responses: { 200: { description: 'The captured charge', schema: chargeSchema } },
  errors: { 404: NOT_FOUND, 409: ['errors.charge.invalid_status'], 422: ['AMOUNT_INVALID'] },
  handler: async ({ db, actor, body }) => {
    const row = await captureCharge(db, callerFromApi(actor), { chargeUuid: body.charge_uuid, walletUuid: body.wallet_uuid, amount: body.amount });
    return { body: toChargeBody(await getCharge(db, callerFromApi(actor), row.chargeUuid)) };
  },
});

const chargeWalletPath = documented(chargeWalletParamsSchema, { charge_uuid: example, wallet_uuid: walletExample });

export const cancelChargeOperation = defineOperation({
  operationId: 'cancelCharge',
  method: 'post',
  path: '/api/v1/bank/wallet/charge/{charge_uuid}/cancel/{wallet_uuid}/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: TAG,
  summary: 'Cancel a charge before capture',
  description: 'An `issued`, `pending` or `pre_captured` charge becomes `canceled`. A captured one answers 400 `CANCEL_NOT_ALLOWED`: refund it.',
  params: chargeWalletPath,
  body: cancelChargeSchema.optional(),
  responses: { 200: { description: 'Canceled', schema: cancelChargeResponseSchema } },
  errors: { 400: ['CANCEL_NOT_ALLOWED'], 404: NOT_FOUND, 409: ['errors.charge.invalid_status'] },
  handler: async ({ db, actor, params, body }) => {
    await cancelCharge(db, callerFromApi(actor), { chargeUuid: params.charge_uuid, walletUuid: params.wallet_uuid, reason: body?.reason });
    return { body: { charge_uuid: params.charge_uuid, wallet_uuid: params.wallet_uuid, status: 'canceled' as const, message: {} } };
  },
});

export const refundChargeOperation = defineOperation({
  operationId: 'refundCharge',
  method: 'post',
  path: '/api/v1/bank/wallet/charge/{charge_uuid}/refund/{wallet_uuid}/',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: TAG,
  summary: 'Refund a charge, in full or in part',
  description:
    'From `confirmed` or `paid`. Without `amount` all that remains (`amount_remaining`) is refunded and the charge becomes ' +
    '`refunded`; a smaller amount leaves it as it is, and further partial refunds may follow up to what was captured. The fee ' +
    'is returned in proportion. A wallet that no longer holds the money answers 422 `INSUFFICIENT_FUNDS`.',
  params: chargeWalletPath,
  body: refundChargeSchema.optional(),
  responses: { 200: { description: 'The charge after the refund', schema: chargeSchema } },
  errors: { 404: NOT_FOUND, 409: ['errors.charge.invalid_status'], 422: ['AMOUNT_INVALID', 'INSUFFICIENT_FUNDS'] },
  handler: async ({ db, actor, params, body }) => {
    const caller = callerFromApi(actor);
    await refundCharge(db, caller, { chargeUuid: params.charge_uuid, walletUuid: params.wallet_uuid, amount: body?.amount, reason: body?.reason });
    return { body: toChargeBody(await getCharge(db, caller, params.charge_uuid)) };
  },
});

const publicPath = documented(publicChargeParamsSchema, { uuid: example });

export const payChargeOperation = defineOperation({
  operationId: 'payCharge',
  method: 'post',
  path: '/api/v1/bank/public/charge/{uuid}/pay',
  dialect: 'a55_charge',
  auth: 'none',
  tag: TAG,
  summary: 'Pay an issued card charge (public, no token)',
  description:
    "The payer's card for an `issued` card charge; `payer_tax_id` must be the charge's. Answers the charge's new status " +
    '(`confirmed`, `pre_captured`, `pending` with `url_3ds`, or `error` with the message). Paid, canceled or failed charges answer 409.',
  params: publicPath,
  body: payChargeSchema,
  responses: { 200: { description: 'The outcome', schema: payChargeResponseSchema } },
  errors: { 404: NOT_FOUND, 409: ['errors.charge.invalid_status', ...LINK_REFUSALS], 422: ['errors.payer.tax_id_mismatch', 'PAYMENT_METHOD_NOT_SUPPORTED', ...CARD_ERRORS] },
  handler: async ({ db, params, body }) => ({ body: toPayBody(await payCharge(db, params.uuid, body)) }),
});

export const completeChallengeOperation = defineOperation({
  operationId: 'completeThreeDsChallenge',
  method: 'post',
  path: '/api/v1/bank/public/charge/{uuid}/3ds',
  dialect: 'a55_charge',
  auth: 'none',
  tag: TAG,
  summary: "Finish a charge's 3DS challenge (public; our addition)",
  description: 'What the challenge page at `url_3ds` posts: `passed` true moves the charge on as the acquirer authorizes it; false fails it with `3DS_FAILED`.',
  params: publicPath,
  body: z.object({ passed: z.boolean() }).meta({ id: 'ThreeDsResult' }),
  responses: { 200: { description: 'The outcome', schema: payChargeResponseSchema } },
  errors: { 404: NOT_FOUND, 409: ['errors.charge.invalid_status', ...LINK_REFUSALS] },
  handler: async ({ db, params, body }) => ({ body: toPayBody(await completeChallenge(db, params.uuid, body.passed)) }),
});

export const publicChargeStatusOperation = defineOperation({
  operationId: 'getPublicChargeStatus',
  method: 'get',
  path: '/api/v1/bank/public/charge/{uuid}/',
  dialect: 'a55_charge',
  auth: 'none',
  tag: TAG,
  summary: "A charge's status as its payer may see it (public; our addition)",
  params: publicPath,
  responses: { 200: { description: 'The status', schema: payChargeResponseSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, params }) => ({ body: toPayBody(await getPublicCharge(db, params.uuid)) }),
});

export const simulateDisputeOperation = defineOperation({
  operationId: 'simulateChargeDispute',
  method: 'post',
  path: '/api/v1/sandbox/charges/{charge_uuid}/dispute',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: 'Sandbox',
  summary: 'Simulate a cardholder dispute (sandbox)',
  description:
    '`open` moves a `confirmed` or `paid` charge to `chargeback_requested` and holds its unrefunded amount out of the wallet; ' +
    '`lose` makes it `chargeback` (the money returns to the cardholder); `win` makes it `chargeback_reversed` (the money returns ' +
    'to the wallet). A purchase with a platform-issued card has no card network to dispute through: 409 ' +
    '`errors.charge.dispute_on_us` (refund it instead). In production this route does not exist (404 `NOT_FOUND`).',
  params: documented(chargeParamsSchema, { charge_uuid: example }),
  body: z.object({ action: z.enum(['open', 'lose', 'win']), reason: z.string().trim().max(200).optional() }).meta({ id: 'SimulateDisputeRequest' }),
  responses: { 200: { description: 'The charge after the step', schema: chargeSchema } },
  errors: { 404: [...NOT_FOUND, 'NOT_FOUND'], 409: ['errors.charge.invalid_status', 'errors.charge.dispute_on_us'], 422: ['INSUFFICIENT_FUNDS'] },
  handler: async ({ db, actor, params, body }) => {
    const caller = callerFromApi(actor);
    await simulateDispute(db, caller, { chargeUuid: params.charge_uuid, action: body.action, reason: body.reason });
    return { body: toChargeBody(await getCharge(db, caller, params.charge_uuid)) };
  },
});

const sandboxChargePath = documented(chargeParamsSchema, { charge_uuid: example });

export const simulatePaymentOperation = defineOperation({
  operationId: 'simulateChargePayment',
  method: 'post',
  path: '/api/v1/sandbox/charges/{charge_uuid}/pay',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: 'Sandbox',
  summary: 'Simulate the payer paying a Pix or boleto (sandbox)',
  description:
    "Sends the payment through the same entry point a provider's payment notification uses. A Pix is paid for its exact amount " +
    '(`paid`, money available at once). A boleto becomes `pending` (paid, settling later); `amount` pays it short or over, as ' +
    'banks allow: short, the charge captures what came; over, it captures its amount and the excess is credited beside it ' +
    '(`paid_amount`). A charge no longer `issued`, or past its expiry, answers 409. In production this route does not exist (404 `NOT_FOUND`).',
  params: sandboxChargePath,
  body: z.object({ amount: decimalText.optional().meta({ type: 'number', description: 'Boleto only: pay short or over' }) }).optional().meta({ id: 'SimulatePaymentRequest' }),
  responses: { 200: { description: 'The charge after the payment', schema: chargeSchema } },
  errors: { 404: [...NOT_FOUND, 'NOT_FOUND'], 409: ['errors.charge.invalid_status', 'errors.charge.expired', ...LINK_REFUSALS], 422: ['AMOUNT_INVALID', 'PAYMENT_METHOD_NOT_SUPPORTED'] },
  handler: async ({ db, actor, params, body }) => {
    const caller = callerFromApi(actor);
    await simulatePayment(db, caller, { chargeUuid: params.charge_uuid, amount: body?.amount });
    return { body: toChargeBody(await getCharge(db, caller, params.charge_uuid)) };
  },
});

export const simulateExpiryOperation = defineOperation({
  operationId: 'simulateChargeExpiry',
  method: 'post',
  path: '/api/v1/sandbox/charges/{charge_uuid}/expire',
  dialect: 'a55_charge',
  auth: { scope: 'charge:create' },
  tag: 'Sandbox',
  summary: 'Expire an unpaid Pix or boleto now (sandbox)',
  description: 'What its expiry job does when the time comes: an `issued` Pix or boleto becomes `canceled`, with its webhook. In production this route does not exist (404 `NOT_FOUND`).',
  params: sandboxChargePath,
  responses: { 200: { description: 'The canceled charge', schema: chargeSchema } },
  errors: { 404: [...NOT_FOUND, 'NOT_FOUND'], 409: ['errors.charge.invalid_status'], 422: ['PAYMENT_METHOD_NOT_SUPPORTED'] },
  handler: async ({ db, actor, params }) => {
    const caller = callerFromApi(actor);
    await simulateExpiry(db, caller, params.charge_uuid);
    return { body: toChargeBody(await getCharge(db, caller, params.charge_uuid)) };
  },
});

export const chargeOperations = [
  createChargeOperation,
  createPixChargeOperation,
  lookupChargeOperation,
  getChargeOperation,
  listChargesOperation,
  captureChargeOperation,
  cancelChargeOperation,
  refundChargeOperation,
  payChargeOperation,
  completeChallengeOperation,
  publicChargeStatusOperation,
  simulateDisputeOperation,
  simulatePaymentOperation,
  simulateExpiryOperation,
];
