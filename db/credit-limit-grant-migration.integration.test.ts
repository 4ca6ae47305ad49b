import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrateAcross } from './migrate-in-steps';

// Migration credit_spending (0013) moves used limits into the ledger: the limits of open credit
// wallets must be granted there (credit limits granted → the wallet's limit account), so their
// `used_limit` stays 0 rather than jumping to the whole limit; rejected wallets get no grant.
describe('migration credit_spending (integration)', () => {
  it('grants the limits of open credit wallets in the ledger, balanced', async () => {
    const wallets: Record<string, string> = {};
    await migrateAcross(
      process.env.DATABASE_URL!,
      '_credit_spending',
      async (sql) => {
        const [acct] = await sql`insert into account (name) values ('Populated') returning entity_uuid`;
        const entity = acct!.entity_uuid as string;
        for (const [name, status, type] of [
          ['active', 'active', 'payroll'],
          ['pending', 'pending_analysis', 'default'],
          ['rejected', 'rejected', 'default'],
        ] as const) {
          const [w] = await sql`insert into wallet (entity_uuid, kind, currency, status) values (${entity}, 'credit', 'BRL', ${status}) returning wallet_uuid`;
          const walletUuid = w!.wallet_uuid as string;
          wallets[name] = walletUuid;
          await sql`insert into credit_wallet (wallet_uuid, entity_uuid, request_control_key, wallet_type, owner_document_number, invoice_configuration)
            values (${walletUuid}, ${entity}, ${randomUUID()}, ${type}, ${`1234567890${name.length}`}, '{}')`;
          await sql`insert into wallet_limit (entity_uuid, wallet_uuid, limit_type, limit_amount_minor) values (${entity}, ${walletUuid}, 'postpaid_credit_limit', 500000)`;
          if (type === 'payroll') {
            await sql`insert into wallet_limit (entity_uuid, wallet_uuid, limit_type, limit_amount_minor) values (${entity}, ${walletUuid}, 'payroll_withdraw_limit', 120000)`;
          }
        }
      },
      async (sql) => {
        const accounts = await sql`select wallet_uuid, code, balance_minor::text as balance from ledger_account order by wallet_uuid nulls last, code`;
        const byWallet = (uuid: string | null) => accounts.filter((row) => row.wallet_uuid === uuid).map((row) => [row.code, row.balance]);
        expect(byWallet(wallets.active!)).toEqual([
          ['credit_available', '500000'],
          ['payroll_withdraw_available', '120000'],
        ]);
        expect(byWallet(wallets.pending!)).toEqual([['credit_available', '500000']]);
        expect(byWallet(wallets.rejected!)).toEqual([]);
        expect(byWallet(null)).toEqual([['credit_limits_granted', '-1120000']]);
        const unbalanced = await sql`select transaction_uuid from ledger_entry group by transaction_uuid having sum(amount_minor) <> 0`;
        expect(unbalanced).toEqual([]);
        expect((await sql`select count(*)::int as n from ledger_transaction where kind = 'credit_limit_granted'`)[0]!.n).toBe(3);
      },
    );
  });
});
