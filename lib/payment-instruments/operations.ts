import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { documented } from '@/lib/openapi/shared';
import { qiPagination } from '@/lib/pagination/keyset';
import { issuePaymentInstrument } from './issue';
import { cancelInstrument, changeInstrumentLimit } from './lifecycle';
import { findInstrument, getInstrumentEntry, getWalletEntry, listInstrumentEntries, listInstruments, listWalletEntries } from './queries';
import {
  issuedPaymentInstrumentSchema,
  paymentInstrumentCanceledSchema,
  paymentInstrumentEntryListSchema,
  paymentInstrumentEntrySchema,
  paymentInstrumentLimitAnswerSchema,
  paymentInstrumentListSchema,
  paymentInstrumentSchema,
  walletEntryListSchema,
  walletEntrySchema,
} from './response-schemas';
import {
  createPaymentInstrumentSchema,
  createWalletEntrySchema,
  instrumentEntryParamsSchema,
  instrumentParamsSchema,
  listEntriesQuerySchema,
  listInstrumentsQuerySchema,
  listWalletEntriesQuerySchema,
  paymentInstrumentLimitSchema,
  walletEntryParamsSchema,
  walletParamsSchema,
} from './schemas';
import { createPayrollWithdrawal } from './wallet-entries';
import { instrumentBody, instrumentEntryBody, instrumentLimitBody, issuedInstrumentBody, walletEntryBody } from './wire';

/** The QI payment-instrument and entry routes (reference B.5, B.6) and our get/list additions. */

const TAG = 'Credit cards and entries';
const KEY = '8cb70dea-9fb0-4a68-9572-99a72849c8d6';
const walletKey = { wallet_key: { description: 'The credit wallet (`wallet_key`)', example: KEY } };
const instrumentKey = { payment_instrument_key: { description: 'The card (`payment_instrument_key`)', example: KEY } };
const walletPath = documented(walletParamsSchema, walletKey);
const instrumentPath = documented(instrumentParamsSchema, { ...walletKey, ...instrumentKey });
const instrumentEntryPath = documented(instrumentEntryParamsSchema, {
  ...walletKey,
  ...instrumentKey,
  payment_instrument_entry_key: { description: 'The purchase (`payment_instrument_entry_key`)', example: KEY },
});
const walletEntryPath = documented(walletEntryParamsSchema, { ...walletKey, wallet_entry_key: { description: 'The entry (`wallet_entry_key`)', example: KEY } });
const BASE = '/api/v1/credit/wallet/{wallet_key}';

export const createPaymentInstrumentOperation = defineOperation({
  operationId: 'createPaymentInstrument',
  method: 'post',
  path: `${BASE}/payment_instrument`,
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: TAG,
  summary: 'Issue a postpaid card under a credit wallet',
  description:
    'Reference B.5. Send `owner` (the cardholder) or the `person_key` of an approved person (404 `CIN000062` when unknown), ' +
    '`payment_instrument_type: postpaid_card`, `limit_amount` (at most the wallet’s postpaid credit limit: 400 `CIN000074`) and ' +
    '`postpaid_card_data`. The card is a VISA in the platform’s own BIN range. The answer is the only time its `number` and ' +
    '`cvv` are shown: the platform keeps them sealed. Purchases with it at any merchant of the platform are authorized against ' +
    'its limit and the wallet’s. Only an active wallet issues cards: 409 `WLT000007`. A repeated `request_control_key`: 409 `CIN000099`.',
  params: walletPath,
  body: createPaymentInstrumentSchema,
  responses: { 201: { description: 'The card, with its number and CVV shown once', schema: issuedPaymentInstrumentSchema } },
  errors: { 400: ['CIN000074'], 404: ['WLT000001', 'CIN000062'], 409: ['WLT000007', 'CIN000099'] },
  handler: async ({ db, actor, params, body }) => ({
    status: 201,
    body: issuedInstrumentBody(await issuePaymentInstrument(db, callerFromApi(actor), params.wallet_key, body)),
  }),
});

export const listPaymentInstrumentsOperation = defineOperation({
  operationId: 'listPaymentInstruments',
  method: 'get',
  path: `${BASE}/payment_instrument`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'List a credit wallet’s cards, newest first (ours)',
  description: 'Filter by `payment_instrument_status`; paged by `page` and `page_size` (at most 100) or `starting_after`.',
  params: walletPath,
  query: listInstrumentsQuerySchema,
  responses: { 200: { description: 'A page of cards', schema: paymentInstrumentListSchema } },
  errors: { 404: ['WLT000001'] },
  handler: async ({ db, actor, params, query }) => {
    const page = await listInstruments(db, callerFromApi(actor), params.wallet_key, query);
    return { body: { data: page.rows.map(instrumentBody), pagination: qiPagination(query, page) } };
  },
});

export const getPaymentInstrumentOperation = defineOperation({
  operationId: 'getPaymentInstrument',
  method: 'get',
  path: `${BASE}/payment_instrument/{payment_instrument_key}`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'Get a card with its limit and what it uses (ours)',
  description: 'Never the number or CVV. Unknown card: 404 `WLT000005`.',
  params: instrumentPath,
  responses: { 200: { description: 'The card', schema: paymentInstrumentSchema } },
  errors: { 404: ['WLT000001', 'WLT000005'] },
  handler: async ({ db, actor, params }) => ({
    body: instrumentBody(await findInstrument(db, callerFromApi(actor), params.wallet_key, params.payment_instrument_key)),
  }),
});

export const changePaymentInstrumentLimitOperation = defineOperation({
  operationId: 'changePaymentInstrumentLimit',
  method: 'patch',
  path: `${BASE}/payment_instrument/{payment_instrument_key}`,
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: TAG,
  summary: 'Change a card’s limit',
  description:
    'Reference B.5. Above the wallet’s postpaid credit limit: 400 `CIN000074`; a card that is not active: 400 `CIN000081`; ' +
    'below what its open purchases use: 400 `CIN000110`. Only on an active wallet: 409 `WLT000007`.',
  params: instrumentPath,
  body: paymentInstrumentLimitSchema,
  responses: { 200: { description: 'The card’s new limit', schema: paymentInstrumentLimitAnswerSchema } },
  errors: { 400: ['CIN000074', 'CIN000081', 'CIN000110'], 404: ['WLT000001', 'WLT000005'], 409: ['WLT000007'] },
  handler: async ({ db, actor, params, body }) => ({
    body: instrumentLimitBody(
      await changeInstrumentLimit(db, callerFromApi(actor), { walletKey: params.wallet_key, key: params.payment_instrument_key, limitMinor: body.limit_amount }),
    ),
  }),
});

export const cancelPaymentInstrumentOperation = defineOperation({
  operationId: 'cancelPaymentInstrument',
  method: 'patch',
  path: `${BASE}/payment_instrument/{payment_instrument_key}/cancel`,
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: TAG,
  summary: 'Cancel a card',
  description: 'Reference B.5: for good; later purchases are declined. Already canceled: 400 `CIN000081`.',
  params: instrumentPath,
  responses: { 200: { description: 'The canceled card', schema: paymentInstrumentCanceledSchema } },
  errors: { 400: ['CIN000081'], 404: ['WLT000001', 'WLT000005'] },
  handler: async ({ db, actor, params }) => {
    const canceled = await cancelInstrument(db, callerFromApi(actor), { walletKey: params.wallet_key, key: params.payment_instrument_key });
    return { body: { payment_instrument_key: canceled.paymentInstrumentKey, payment_instrument_status: 'canceled' as const } };
  },
});

export const listPaymentInstrumentEntriesOperation = defineOperation({
  operationId: 'listPaymentInstrumentEntries',
  method: 'get',
  path: `${BASE}/payment_instrument/{payment_instrument_key}/payment_instrument_entry`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'List a card’s purchases, newest first (ours)',
  description: 'Each with its invoice items; paged by `page` and `page_size` or `starting_after`.',
  params: instrumentPath,
  query: listEntriesQuerySchema,
  responses: { 200: { description: 'A page of purchases', schema: paymentInstrumentEntryListSchema } },
  errors: { 404: ['WLT000001', 'WLT000005'] },
  handler: async ({ db, actor, params, query }) => {
    const page = await listInstrumentEntries(db, callerFromApi(actor), params.wallet_key, params.payment_instrument_key, query);
    return { body: { data: page.rows.map(instrumentEntryBody), pagination: qiPagination(query, page) } };
  },
});

export const getPaymentInstrumentEntryOperation = defineOperation({
  operationId: 'getPaymentInstrumentEntry',
  method: 'get',
  path: `${BASE}/payment_instrument/{payment_instrument_key}/payment_instrument_entry/{payment_instrument_entry_key}`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'Get a purchase with its invoice items',
  description:
    'Reference B.6. `processing_conclusion` while authorized and not captured, `concluded` once captured (one invoice item per ' +
    'installment, each on its cycle’s invoice), `canceled` when voided or wholly refunded (a refund adds a negative item).',
  params: instrumentEntryPath,
  responses: { 200: { description: 'The purchase', schema: paymentInstrumentEntrySchema } },
  errors: { 404: ['WLT000001', 'WLT000005', 'WLT000006'] },
  handler: async ({ db, actor, params }) => ({
    body: instrumentEntryBody(
      await getInstrumentEntry(db, callerFromApi(actor), params.wallet_key, params.payment_instrument_key, params.payment_instrument_entry_key),
    ),
  }),
});

export const createWalletEntryOperation = defineOperation({
  operationId: 'createWalletEntry',
  method: 'post',
  path: `${BASE}/wallet_entry`,
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: TAG,
  summary: 'Withdraw from a payroll wallet’s withdrawal limit (ours)',
  description:
    'A `payroll_withdraw` entry against `payroll_withdraw_limit`, paid out to the customer and billed on the open invoice. ' +
    'Not a payroll wallet, or above what is left of the limit: 400 `WLT000008`; the wallet not active: 409 `WLT000007`; a ' +
    'repeated `request_control_key`: 409 `CIN000099`.',
  params: walletPath,
  body: createWalletEntrySchema,
  responses: { 201: { description: 'The concluded entry', schema: walletEntrySchema } },
  errors: { 400: ['WLT000008'], 404: ['WLT000001'], 409: ['WLT000007', 'CIN000099'] },
  handler: async ({ db, actor, params, body }) => ({
    status: 201,
    body: walletEntryBody(await createPayrollWithdrawal(db, callerFromApi(actor), params.wallet_key, body)),
  }),
});

export const listWalletEntriesOperation = defineOperation({
  operationId: 'listWalletEntries',
  method: 'get',
  path: `${BASE}/wallet_entry`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'List a credit wallet’s entries, newest first (ours)',
  description: 'Filter by `wallet_entry_type`; paged by `page` and `page_size` or `starting_after`.',
  params: walletPath,
  query: listWalletEntriesQuerySchema,
  responses: { 200: { description: 'A page of entries', schema: walletEntryListSchema } },
  errors: { 404: ['WLT000001'] },
  handler: async ({ db, actor, params, query }) => {
    const page = await listWalletEntries(db, callerFromApi(actor), params.wallet_key, query);
    return { body: { data: page.rows.map(walletEntryBody), pagination: qiPagination(query, page) } };
  },
});

export const getWalletEntryOperation = defineOperation({
  operationId: 'getWalletEntry',
  method: 'get',
  path: `${BASE}/wallet_entry/{wallet_entry_key}`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'Get a wallet entry with its invoice items',
  description: 'Reference B.6. Unknown entry: 404 `WLT000006`.',
  params: walletEntryPath,
  responses: { 200: { description: 'The entry', schema: walletEntrySchema } },
  errors: { 404: ['WLT000001', 'WLT000006'] },
  handler: async ({ db, actor, params }) => ({ body: walletEntryBody(await getWalletEntry(db, callerFromApi(actor), params.wallet_key, params.wallet_entry_key)) }),
});

export const paymentInstrumentOperations = [
  createPaymentInstrumentOperation,
  listPaymentInstrumentsOperation,
  getPaymentInstrumentOperation,
  changePaymentInstrumentLimitOperation,
  cancelPaymentInstrumentOperation,
  listPaymentInstrumentEntriesOperation,
  getPaymentInstrumentEntryOperation,
  createWalletEntryOperation,
  listWalletEntriesOperation,
  getWalletEntryOperation,
];
