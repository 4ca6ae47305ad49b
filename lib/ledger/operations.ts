import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { currencyDigits } from '@/lib/money/currency';
import { documented } from '@/lib/openapi/shared';
import { walletParamsSchema } from '@/lib/wallets/schemas';
import { walletBalances } from './balances';
import { checkIntegrity } from './integrity';
import { integrityReportSchema, statementQuerySchema, statementSchema, walletBalanceSchema } from './schemas';
import { toIntegrityReportBody, toStatementEntryBody, toWalletBalanceBody } from './serialize';
import { walletStatement } from './statement';

/** Balances, statements and the integrity check of the ledger (DESIGN §2.1), in the A55 style. */

const TAG = 'Ledger';
const walletPath = documented(walletParamsSchema, { wallet_uuid: { description: 'The payment wallet', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' } });
const NOT_FOUND = 'errors.wallet.not_found';

export const getWalletBalanceOperation = defineOperation({
  operationId: 'getWalletBalance',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/balance/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: "A payment wallet's available, pending and reserved balances",
  description:
    '`available` may be paid out or refunded from (it is the wallet\'s `balance`), `pending` is captured but not yet ' +
    'settled, `reserved` is held for payouts in flight; exact decimals in the currency\'s minor unit. Each is the stored ' +
    'balance of one ledger account, which only balanced ledger transactions change. A wallet-level token reaches only its ' +
    'own wallet; any other answers 404 like a missing one.',
  params: walletPath,
  responses: { 200: { description: 'The balances', schema: walletBalanceSchema } },
  errors: { 404: [NOT_FOUND] },
  handler: async ({ db, actor, params }) => ({ body: toWalletBalanceBody(await walletBalances(db, callerFromApi(actor), params.wallet_uuid)) }),
});

export const getWalletStatementOperation = defineOperation({
  operationId: 'getWalletStatement',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/statement/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: "A payment wallet's ledger entries, newest first",
  description:
    'Every entry on the wallet\'s accounts (or on one, with `account`), with the transaction that explains it and the ' +
    'account\'s balance right after it. Paged by cursor only: `limit` (1–100, default 20) and `starting_after` (the ' +
    '`next_cursor` of the previous page); entries posted meanwhile never shift a page. A wallet-level token reaches only ' +
    'its own wallet; any other answers 404 like a missing one.',
  params: walletPath,
  query: statementQuerySchema,
  responses: { 200: { description: 'A page of entries', schema: statementSchema } },
  errors: { 404: [NOT_FOUND] },
  handler: async ({ db, actor, params, query }) => {
    const page = await walletStatement(db, callerFromApi(actor), params.wallet_uuid, {
      limit: query.limit,
      startingAfter: query.starting_after,
      accountCode: query.account,
    });
    const digits = currencyDigits(page.currency);
    return { body: { data: page.rows.map((row) => toStatementEntryBody(row, digits)), has_more: page.hasMore, next_cursor: page.nextCursor } };
  },
});

export const checkLedgerIntegrityOperation = defineOperation({
  operationId: 'checkLedgerIntegrity',
  method: 'get',
  path: '/api/v1/ledger/integrity/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'Recompute the ledger from its entries and report any disagreement',
  description:
    'Recomputes every balance from its entries and sums every transaction\'s entries per currency, in one consistent ' +
    'snapshot: an account-level token checks its whole account (wallets and platform accounts), a wallet-level token its ' +
    'wallet\'s accounts and the transactions that touched them. Always 200: `ok` is false, and the lists say where, when ' +
    'anything disagrees. Amounts are exact decimals in each account\'s currency.',
  responses: { 200: { description: 'The integrity report', schema: integrityReportSchema } },
  handler: async ({ db, actor }) => {
    const { entityUuid, walletUuid } = callerFromApi(actor);
    const report = await checkIntegrity(db, walletUuid ? { entityUuid, walletUuid } : { entityUuid });
    return { body: toIntegrityReportBody(report, { entityUuid, walletUuid }) };
  },
});

export const ledgerOperations = [getWalletBalanceOperation, getWalletStatementOperation, checkLedgerIntegrityOperation];
