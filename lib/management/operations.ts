import { defineOperation, type Operation } from '@/lib/api/operation';
import { grantableScopes, SCOPES, type Scope } from '@/lib/api/scopes';
import { operatorFromApi } from '@/lib/auth/caller';
import { documented } from '@/lib/openapi/shared';
import { getAccountDetail } from './account-detail';
import { updateConfigurations } from './configurations';
import { createAccount } from './create-account';
import { inviteToAccount } from './invitations';
import { listAccounts } from './list-accounts';
import { addMerchant } from './merchants';
import { updatePricing } from './pricing';
import { updateProducts } from './products';
import {
  accountDetailSchema,
  accountListSchema,
  accountSchema,
  configurationsResponseSchema,
  createdAccountSchema,
  invitationSchema,
  merchantSchema,
  operationsCatalogueSchema,
  pricedMerchantSchema,
  productsSchema,
} from './response-schemas';
import {
  accountListQuerySchema,
  accountParamsSchema,
  configurationsSchema,
  createAccountSchema,
  inviteToAccountSchema,
  merchantParamsSchema,
  newMerchantSchema,
  updatePricingSchema,
  updateProductsSchema,
} from './schemas';
import { MANAGEMENT_SCOPE } from './scopes';
import {
  toAccountBody,
  toAccountDetailBody,
  toAccountListBody,
  toConfigurationsBody,
  toCreatedAccountBody,
  toInvitationBody,
  toMerchantBody,
  toPricedMerchantBody,
  toProductBody,
} from './serialize';
import { reactivateAccount, suspendAccount } from './suspension';

/**
 * The management API (seed 003 "Management", "Configurations", "Contracted Products",
 * "Operations"): the platform's own integrations onboard, configure and suspend accounts. Every
 * route but the catalogue needs `management:accounts`, which only the platform account's
 * credentials can hold; each handler turns the token into an Operator, which refuses any other.
 */

const TAG = 'Management';
const AUTH = { scope: MANAGEMENT_SCOPE } as const;
const NOT_FOUND = ['errors.entity.not_found'];
const PLATFORM = 'errors.entity.platform_account';

const WHO =
  'Needs `management:accounts`, which only credentials of the platform account can hold (merchant credentials are refused ' +
  'with 403 `forbidden`, even one that somehow carries the scope). Every change is written to the audit trail of the account ' +
  'it changes, naming the API client. ';
const MERCHANT_ONLY =
  "The platform's own account can be read but not changed here: 409 `errors.entity.platform_account`. ";

const accountPath = documented(accountParamsSchema, { entity_uuid: { description: 'The account', example: '3f0c1d52-8a4e-4c55-9a0b-6a2f1f0e7d11' } });
const merchantPath = documented(merchantParamsSchema, {
  entity_uuid: { description: 'The account', example: '3f0c1d52-8a4e-4c55-9a0b-6a2f1f0e7d11' },
  merchant_uuid: { description: 'One of its merchants', example: '9b2e4c1a-7d3f-4e8b-a6c5-0f1e2d3c4b5a' },
});

export const createAccountOperation = defineOperation({
  operationId: 'createManagedAccount',
  method: 'post',
  path: '/api/v1/management/accounts',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: 'Onboard an account',
  description:
    'Creates a merchant account with its merchants (at least one), its contract (`products`, every product without a quota ' +
    'when omitted) and an invitation for its owner, all or nothing. `entity_uuid` and each `merchant_uuid` may be given (your ' +
    'own ids) or left to us; one already used answers 409 `errors.entity.already_exists` / `errors.merchant.already_exists`. ' +
    'A merchant\'s `soft_descriptor` (what card statements print, at most 13 letters and digits) is derived from its name unless ' +
    'given. The owner\'s e-mail must not have a login on the platform yet (409 `email_taken`, naming `owner.email`). ' +
    'The answer carries `owner_invitation.invitation_link`, the only time the link is shown (it is also e-mailed to the owner, ' +
    'and works for 7 days): the owner sets a password there and signs in. ' +
    WHO,
  body: createAccountSchema,
  bodyExample: {
    name: 'Padaria Bela Vista',
    default_locale: 'pt-BR',
    time_zone: 'America/Sao_Paulo',
    merchants: [{ name: 'Padaria Bela Vista — Centro' }],
    products: [
      { product: 'payment_wallet', quota: 5 },
      { product: 'credit_wallet', quota: null },
    ],
    owner: { email: 'dona.maria@padariabelavista.com.br' },
  },
  responses: { 201: { description: 'The account, its merchants and contract, and the owner\'s invitation link', schema: createdAccountSchema } },
  errors: { 409: ['errors.entity.already_exists', 'errors.merchant.already_exists', 'email_taken'] },
  handler: async ({ db, actor, body }) => ({ status: 201 as const, body: toCreatedAccountBody(await createAccount(db, operatorFromApi(actor), body)) }),
});

export const listAccountsOperation = defineOperation({
  operationId: 'listManagedAccounts',
  method: 'get',
  path: '/api/v1/management/accounts',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: 'List accounts',
  description:
    'Every account on the platform, newest first, the platform\'s own included (`kind: platform`), with how many merchants ' +
    'and logins each has. `name` keeps accounts whose name contains the text (any case); `status` is `active` or `suspended`. ' +
    'A55 paging (`page`, `limit` ≤ 100, default 20) plus `next_cursor`, which `starting_after` takes for the next page. ' +
    WHO,
  query: accountListQuerySchema,
  responses: { 200: { description: 'A page of accounts', schema: accountListSchema } },
  handler: async ({ db, actor, query }) => ({ body: toAccountListBody(query, await listAccounts(db, operatorFromApi(actor), query)) }),
});

export const getAccountOperation = defineOperation({
  operationId: 'getManagedAccount',
  method: 'get',
  path: '/api/v1/management/accounts/{entity_uuid}',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: 'Get an account, with its contract, prices and configurations',
  description:
    'The account with its status, its merchants each with its price for every charge method (its own, or the platform\'s ' +
    'default: `customized` says which), its contracted products with how many are in use (deactivated and rejected wallets ' +
    'have left the pool), its configurations (Pix key and city, default payout destination), and how many logins and usable ' +
    'invitations it has. ' +
    WHO,
  params: accountPath,
  responses: { 200: { description: 'The account', schema: accountDetailSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, params }) => ({ body: toAccountDetailBody(await getAccountDetail(db, operatorFromApi(actor), params.entity_uuid)) }),
});

export const suspendAccountOperation = defineOperation({
  operationId: 'suspendManagedAccount',
  method: 'post',
  path: '/api/v1/management/accounts/{entity_uuid}/suspend',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: 'Suspend an account',
  description:
    'From this answer on, the account\'s API tokens answer 401 on every route (even unexpired ones), its clients get no new ' +
    'token (`POST /api/oauth2/token` answers 401 `invalid_client`, "The account of this client is suspended"), nobody can sign in to its dashboard and its ' +
    'open sessions end on their next click. Nothing is deleted: wallets, balances and scheduled work stay as they are. ' +
    'Suspending a suspended account answers it unchanged. ' +
    MERCHANT_ONLY +
    WHO,
  params: accountPath,
  responses: { 200: { description: 'The account, `suspended`', schema: accountSchema } },
  errors: { 404: NOT_FOUND, 409: [PLATFORM] },
  handler: async ({ db, actor, params }) => ({ body: toAccountBody(await suspendAccount(db, operatorFromApi(actor), params.entity_uuid)) }),
});

export const reactivateAccountOperation = defineOperation({
  operationId: 'reactivateManagedAccount',
  method: 'post',
  path: '/api/v1/management/accounts/{entity_uuid}/reactivate',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: 'Reactivate a suspended account',
  description:
    'Lifts a suspension: the account\'s unexpired tokens work again, its clients get tokens and its members sign in. ' +
    'Reactivating an active account answers it unchanged. ' +
    MERCHANT_ONLY +
    WHO,
  params: accountPath,
  responses: { 200: { description: 'The account, `active`', schema: accountSchema } },
  errors: { 404: NOT_FOUND, 409: [PLATFORM] },
  handler: async ({ db, actor, params }) => ({ body: toAccountBody(await reactivateAccount(db, operatorFromApi(actor), params.entity_uuid)) }),
});

export const addMerchantOperation = defineOperation({
  operationId: 'addManagedMerchant',
  method: 'post',
  path: '/api/v1/management/accounts/{entity_uuid}/merchants',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: 'Add a merchant to an account',
  description:
    'Another merchant (a store or brand) of the account: its wallets and charges carry its `merchant_uuid` and soft descriptor. ' +
    'It is priced at the platform\'s defaults until its pricing is set. A `merchant_uuid` already used answers 409 ' +
    '`errors.merchant.already_exists`. ' +
    MERCHANT_ONLY +
    WHO,
  params: accountPath,
  body: newMerchantSchema,
  responses: { 201: { description: 'The merchant', schema: merchantSchema } },
  errors: { 404: NOT_FOUND, 409: [PLATFORM, 'errors.merchant.already_exists'] },
  handler: async ({ db, actor, params, body }) => ({ status: 201 as const, body: toMerchantBody(await addMerchant(db, operatorFromApi(actor), params.entity_uuid, body)) }),
});

export const inviteToAccountOperation = defineOperation({
  operationId: 'inviteToManagedAccount',
  method: 'post',
  path: '/api/v1/management/accounts/{entity_uuid}/invitations',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: 'Invite someone into an account',
  description:
    'Invites an e-mail into the account with any member role: `owner`, `admin`, `developer` (credentials and webhooks), ' +
    '`finance` (payouts) or `viewer` (read only). The link is e-mailed and shown only in this answer; it works once, for 7 days. ' +
    'An e-mail that already has a login answers 409 `email_taken`. One with a pending invitation to this account gets a new ' +
    'invitation in its place, with the role asked (the old link stops working): the way to resend an expired owner invitation. ' +
    MERCHANT_ONLY +
    WHO,
  params: accountPath,
  body: inviteToAccountSchema,
  responses: { 201: { description: 'The invitation, with its link', schema: invitationSchema } },
  errors: { 404: NOT_FOUND, 409: [PLATFORM, 'email_taken'] },
  handler: async ({ db, actor, params, body }) => ({ status: 201 as const, body: toInvitationBody(await inviteToAccount(db, operatorFromApi(actor), params.entity_uuid, body)) }),
});

export const updateConfigurationsOperation = defineOperation({
  operationId: 'updateManagedAccountConfigurations',
  method: 'put',
  path: '/api/v1/management/accounts/{entity_uuid}/configurations',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: "Replace an account's configurations",
  description:
    'Replaces all of them; `null` clears one. `pix_key` and `pix_city` (set together) go into every Pix BR Code the account ' +
    'issues: the key as the Pix directory stores it (CPF or CNPJ digits, an e-mail, a +55 phone or a random key). ' +
    '`payout_destination` is where its payouts go unless a request names another: `{type_payout: "pix", pix_destination}` or ' +
    '`{type_payout: "ted", bank_destination}`, checked exactly as a payout\'s destination is (a Pix key by its type and check ' +
    'digits, a bank account by its bank\'s check-digit rules). A bad value answers 400 naming the field and changes nothing. ' +
    MERCHANT_ONLY +
    WHO,
  params: accountPath,
  body: configurationsSchema,
  bodyExample: {
    pix_key: '11222333000181',
    pix_city: 'São Paulo',
    payout_destination: { type_payout: 'pix', pix_destination: { pix_address_key: '11222333000181', pix_address_key_type: 'cnpj' } },
  },
  responses: { 200: { description: 'The configurations as stored', schema: configurationsResponseSchema } },
  errors: { 404: NOT_FOUND, 409: [PLATFORM] },
  handler: async ({ db, actor, params, body }) => ({ body: toConfigurationsBody(await updateConfigurations(db, operatorFromApi(actor), params.entity_uuid, body)) }),
});

export const updateProductsOperation = defineOperation({
  operationId: 'updateManagedAccountProducts',
  method: 'put',
  path: '/api/v1/management/accounts/{entity_uuid}/products',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: "Replace an account's contracted products and quotas",
  description:
    'The whole contract: each product listed once (`payment_wallet`, `credit_wallet`, `virtual_wallet`) with its `quota`, how ' +
    'many may be in use at once (`null`: no limit). A product left out is no longer contracted: the account cannot create more ' +
    'of it (403 `product_not_contracted`), and a quota at or below what is in use stops new ones (422 `product_quota_exceeded`); ' +
    'what already exists is left as it is. ' +
    MERCHANT_ONLY +
    WHO,
  params: accountPath,
  body: updateProductsSchema,
  bodyExample: { products: [{ product: 'payment_wallet', quota: 10 }, { product: 'credit_wallet', quota: null }] },
  responses: { 200: { description: 'The contract, with what is in use', schema: productsSchema } },
  errors: { 404: NOT_FOUND, 409: [PLATFORM] },
  handler: async ({ db, actor, params, body }) => ({ body: { products: (await updateProducts(db, operatorFromApi(actor), params.entity_uuid, body)).map(toProductBody) } }),
});

export const updatePricingOperation = defineOperation({
  operationId: 'updateManagedMerchantPricing',
  method: 'put',
  path: '/api/v1/management/accounts/{entity_uuid}/merchants/{merchant_uuid}/pricing',
  dialect: 'a55',
  auth: AUTH,
  tag: TAG,
  summary: "Set a merchant's prices per charge method",
  description:
    'For each method listed (`credit_card`, `debit_card`, `pix`, `boleto`): `percent_bps`, the rate in basis points (0 to ' +
    '10000; 349 is 3.49 %), `fixed_amount`, a fixed fee per charge as a decimal string with up to 2 places, and ' +
    '`settlement_delay_days`, the business days until a card or boleto charge\'s money is available (0 to 30; `null`: the ' +
    'method\'s default; pix is available at once and takes none). Methods not listed keep their price. Charges created from ' +
    'now on are priced by these; charges already made keep their fees. A merchant of another account answers 404 ' +
    '`errors.merchant.not_found`. ' +
    MERCHANT_ONLY +
    WHO,
  params: merchantPath,
  body: updatePricingSchema,
  bodyExample: {
    pricing: [
      { type_charge: 'credit_card', percent_bps: 299, fixed_amount: '0.00', settlement_delay_days: 2 },
      { type_charge: 'pix', percent_bps: 79, fixed_amount: '0.00', settlement_delay_days: null },
    ],
  },
  responses: { 200: { description: 'The merchant with its price for every method', schema: pricedMerchantSchema } },
  errors: { 404: [...NOT_FOUND, 'errors.merchant.not_found'], 409: [PLATFORM] },
  handler: async ({ db, actor, params, body }) => ({
    body: toPricedMerchantBody(await updatePricing(db, operatorFromApi(actor), params.entity_uuid, params.merchant_uuid, body)),
  }),
});

export const listOperationsOperation = defineOperation({
  operationId: 'listOperations',
  method: 'get',
  path: '/api/v1/operations',
  dialect: 'a55',
  auth: 'any-token',
  tag: TAG,
  summary: 'List the operations credentials can be granted',
  description:
    'Every operation (scope) of the platform with what it grants, to choose from when creating credentials for your clients ' +
    '(seed 003 "Operations"). `platform_only` marks the ones only the platform\'s own credentials may hold; a merchant ' +
    'account\'s credentials are refused them. Any valid token may read it.',
  responses: { 200: { description: 'Every operation', schema: operationsCatalogueSchema } },
  handler: async () => {
    const merchantScopes = grantableScopes('merchant');
    const data = (Object.entries(SCOPES) as [Scope, string][]).map(([operation, description]) => ({ operation, description, platform_only: !merchantScopes.includes(operation) }));
    return { body: { data } };
  },
});

export const managementOperations: readonly Operation[] = [
  listOperationsOperation,
  createAccountOperation,
  listAccountsOperation,
  getAccountOperation,
  suspendAccountOperation,
  reactivateAccountOperation,
  addMerchantOperation,
  inviteToAccountOperation,
  updateConfigurationsOperation,
  updateProductsOperation,
  updatePricingOperation,
];
