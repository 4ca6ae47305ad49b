import { defineOperation, type Operation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { formatMinor } from '@/lib/money/decimal';
import { documented } from '@/lib/openapi/shared';
import { requestPayout } from './create';
import { cancelScheduledPayout, simulatePayoutOutcome } from './lifecycle';
import { DEFAULT_PAYOUT_FEES } from './pricing';
import { findPayout, listPayouts, payoutTimeline } from './queries';
import { payoutListQuerySchema, payoutParamsSchema, payoutWalletParamsSchema, simulatePayoutSchema, toPayoutListQuery } from './query-schemas';
import { payoutDetailSchema, payoutListSchema, payoutSchema } from './response-schemas';
import { SCHEDULED_PAYOUTS_CRON, SCHEDULED_PAYOUTS_TIME_ZONE } from './queues';
import { createPayoutSchema } from './schemas';
import { toPayoutBody, toPayoutDetailBody, toPayoutListBody } from './serialize';

/** Reference A.7's payout routes, our cancel of a scheduled payout, and the sandbox's rail simulation. */

const TAG = 'Payouts';
const NOT_FOUND = ['errors.wallet.payout_not_found'];
const INVALID_STATUS = ['errors.payout.invalid_status'];
const payoutExample = { description: 'The payout', example: 'c0ffee00-0000-4000-8000-000000000007' };
const walletExample = { description: 'The wallet it left', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' };
const brl = (minor: bigint) => `R$${formatMinor(minor, 2).replace('.', ',')}`;
const [scheduledMinute, scheduledHour] = SCHEDULED_PAYOUTS_CRON.split(' ');

/** What every payout route's description may lean on: the statuses and where the money is at each. */
const STATUSES =
  'Statuses (A.7): `pending` (requested; a scheduled payout waits here for its day), `issued` (sent to the rail), then ' +
  '`realized` (paid), `returned` (paid, then sent back by the receiving institution), `canceled` (a scheduled payout canceled ' +
  'before its day), `error` (the rail refused it before paying) or `expired`; `pending` and `issued` are on their way, the others final. ';
const LEDGER =
  'Money: requesting reserves `amount + fee` out of the wallet\'s `available` balance into `reserved` (refused beyond it, ' +
  'however many payouts race); `realized` sends `amount` out through the platform\'s payouts in transit and books `fee` as fee ' +
  'revenue; `error` and `canceled` put `amount + fee` back into `available`; `returned` puts `amount` back into `available` and ' +
  'keeps the fee (the rail was used). ';
const FEES =
  `Fees are per merchant and rail, on top of \`amount\` (what the beneficiary receives): by default pix ${brl(DEFAULT_PAYOUT_FEES.pix)}, ` +
  `ted and bank_transfer ${brl(DEFAULT_PAYOUT_FEES.ted)}. `;
const RESERVE =
  'From a holding wallet (one with virtual wallets): refused with 422 `errors.payout.reserve_ratio_breached` when `amount + fee` would ' +
  "leave `available` under the holding's reserve ratio of its virtual wallets' balances (see `GET /api/v1/bank/wallet/{wallet_uuid}/holding/`). ";
const WEBHOOK =
  'Every status change sends `payout.status_changed`: A.7\'s payload `{payout_uuid, status, transaction_reference, external_id, ' +
  'type_payout, payment_code: null, authorization_code}` to the payout\'s `webhook_url` and to the endpoints subscribed to it ' +
  '(in their format).';

export const createPayoutOperation = defineOperation({
  operationId: 'createPayout',
  method: 'post',
  path: '/api/v1/bank/wallet/payout/',
  dialect: 'a55',
  auth: { scope: 'payout:create' },
  tag: TAG,
  summary: 'Request a payout (Pix, TED or bank transfer)',
  description:
    'From an active BRL payment wallet of the caller: `type_payout` `pix` (with `pix_destination`) or `ted` / `bank_transfer` ' +
    '(with `bank_destination`); `spei` and `cash_pickup` are not offered. `value` is an exact decimal in BRL (at most 2 places). ' +
    'A Pix key is checked by its `pix_address_key_type`: `cpf` and `cnpj` by their check digits, `email` as an address, `phone` in ' +
    'E.164 (`+5511987654321`), `evp` as a UUID; a bank account by its bank (`bank_code`, the 3-digit COMPE code) and that bank\'s ' +
    'check digit rules for `branch`, `account` and `account_digit`. A bad destination answers 400 naming the field ' +
    '(`pix_destination.pix_address_key`, `bank_destination.account_digit`) and changes nothing. ' +
    `Without \`schedule_date\` (or with today's date) the payout is sent at once and answers \`issued\`; a later \`schedule_date\` ` +
    `keeps it \`pending\` until the daily run at ${scheduledHour!.padStart(2, '0')}:${scheduledMinute!.padStart(2, '0')} ${SCHEDULED_PAYOUTS_TIME_ZONE} ` +
    'of that day (it may be canceled until then); a past day answers 422. ' +
    '`transaction_reference` is the idempotency key per wallet: a reference already used answers 200 with that payout as it is now, ' +
    'and nothing is reserved again (a new payout answers 201). `Idempotency-Key` also works, as on every write. ' +
    STATUSES +
    LEDGER +
    RESERVE +
    FEES +
    WEBHOOK,
  body: createPayoutSchema,
  responses: {
    201: { description: 'The payout requested: `issued`, or `pending` when scheduled', schema: payoutSchema },
    200: { description: 'A replay: the payout this wallet already has under that `transaction_reference`', schema: payoutSchema },
  },
  errors: {
    404: ['errors.wallet.not_found'],
    409: ['errors.wallet.not_active'],
    422: ['errors.payout.insufficient_balance', 'errors.payout.reserve_ratio_breached', 'errors.payout.currency_mismatch', 'errors.payout.type_not_supported', 'errors.payout.merchant_mismatch', 'errors.payout.schedule_date_in_past'],
  },
  handler: async ({ db, actor, body }) => {
    const { payout, replayed } = await requestPayout(db, callerFromApi(actor), body);
    return replayed ? { status: 200 as const, body: toPayoutBody(payout) } : { status: 201 as const, body: toPayoutBody(payout) };
  },
});

const payoutWalletPath = documented(payoutWalletParamsSchema, { payout_uuid: payoutExample, wallet_uuid: walletExample });

export const getPayoutOperation = defineOperation({
  operationId: 'getPayout',
  method: 'get',
  path: '/api/v1/bank/wallet/payout/{payout_uuid}/{wallet_uuid}/',
  dialect: 'a55',
  auth: { scope: 'payout:read' },
  tag: TAG,
  summary: 'Get a payout, with its timeline',
  description:
    "A.7's payout: `amount` is what the beneficiary receives and `fee` what the merchant pays on top (the wallet was debited " +
    'both); `external_id` is the rail\'s id once sent, `message` says why it failed or came back. Our additions: `wallet_uuid`, ' +
    '`merchant_id`, `schedule_date`, `webhook_url` and `timeline`, every status it went through. A payout of another wallet or ' +
    'account answers 404. ' +
    STATUSES,
  params: payoutWalletPath,
  responses: { 200: { description: 'The payout', schema: payoutDetailSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, params }) => {
    const caller = callerFromApi(actor);
    const row = await findPayout(db, caller, params.payout_uuid, params.wallet_uuid);
    return { body: toPayoutDetailBody(row, await payoutTimeline(db, caller, row.payoutUuid)) };
  },
});

export const listPayoutsOperation = defineOperation({
  operationId: 'listPayouts',
  method: 'get',
  path: '/api/v1/bank/wallet/payout/',
  dialect: 'a55',
  auth: { scope: 'payout:read' },
  tag: TAG,
  summary: 'List payouts',
  description:
    "A.7's paging: `page`, `limit` (≤ 100, default 10), in the envelope `{page, limit, total, pages, data}`. `filter` takes " +
    '`status:eq:<status>` (any other filter answers 400 naming `filter`); `sort` is `created:desc` (the default) or ' +
    '`created:asc`. `wallet_uuid` narrows it to one wallet (one not in the account: 404 `errors.wallet.not_found`).',
  query: payoutListQuerySchema,
  responses: { 200: { description: 'A page of payouts', schema: payoutListSchema } },
  errors: { 404: ['errors.wallet.not_found'] },
  handler: async ({ db, actor, query }) => ({ body: toPayoutListBody(query, await listPayouts(db, callerFromApi(actor), toPayoutListQuery(query))) }),
});

export const cancelPayoutOperation = defineOperation({
  operationId: 'cancelPayout',
  method: 'post',
  path: '/api/v1/bank/wallet/payout/{payout_uuid}/{wallet_uuid}/cancel/',
  dialect: 'a55',
  auth: { scope: 'payout:create' },
  tag: TAG,
  summary: 'Cancel a scheduled payout before its day (our addition)',
  description:
    'A `pending` payout (scheduled for a later day) becomes `canceled` and `amount + fee` go back to the wallet\'s `available` ' +
    'balance. Once sent (`issued` or later) it can no longer be canceled: 409 `errors.payout.invalid_status`.',
  params: payoutWalletPath,
  responses: { 200: { description: 'The canceled payout', schema: payoutSchema } },
  errors: { 404: NOT_FOUND, 409: INVALID_STATUS },
  handler: async ({ db, actor, params }) => {
    const caller = callerFromApi(actor);
    const found = await findPayout(db, caller, params.payout_uuid, params.wallet_uuid);
    return { body: toPayoutBody(await cancelScheduledPayout(db, caller, found.payoutUuid)) };
  },
});

export const simulatePayoutOperation = defineOperation({
  operationId: 'simulatePayoutOutcome',
  method: 'post',
  path: '/api/v1/sandbox/payouts/{payout_uuid}/simulate',
  dialect: 'a55',
  auth: { scope: 'payout:create' },
  tag: 'Sandbox',
  summary: "Simulate the rail's answer for a payout (sandbox)",
  description:
    "Sends the answer through the same entry point a provider's notification uses. `realized`: the rail paid it (the amount " +
    'leaves through payouts in transit, the fee is booked). `error`: the rail refused it, `amount + fee` back to `available`. ' +
    '`returned`: paid, then sent back by the receiving institution: realized first, then `amount` back to `available`, the fee kept. ' +
    'A scheduled `pending` payout is sent first. A payout already final answers 409 `errors.payout.invalid_status` (a realized ' +
    'one can still be `returned`). In production this route does not exist (404 `NOT_FOUND`).',
  params: documented(payoutParamsSchema, { payout_uuid: payoutExample }),
  body: simulatePayoutSchema,
  responses: { 200: { description: 'The payout after the answer', schema: payoutSchema } },
  errors: { 404: [...NOT_FOUND, 'NOT_FOUND'], 409: INVALID_STATUS },
  handler: async ({ db, actor, params, body }) => ({ body: toPayoutBody(await simulatePayoutOutcome(db, callerFromApi(actor), params.payout_uuid, body.outcome)) }),
});

export const payoutOperations: readonly Operation[] = [createPayoutOperation, getPayoutOperation, listPayoutsOperation, cancelPayoutOperation, simulatePayoutOperation];
