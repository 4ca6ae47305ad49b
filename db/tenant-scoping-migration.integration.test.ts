import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrateAcross } from './migrate-in-steps';

// Migration tenant_scoping (0008) adds NOT NULL entity_uuid columns to tables that already hold rows in production:
// it must backfill them from the parent rows rather than fail. Migrate a fresh database up to 0007,
// fill it the way the platform did before, then apply the rest.
describe('migration tenant_scoping (integration)', () => {
  it('backfills entity_uuid on populated limits, attempts and audit rows', async () => {
    let entity = '';
    await migrateAcross(
      process.env.DATABASE_URL!,
      '_tenant_scoping',
      async (sql) => {
        const [acct] = await sql`insert into account (name) values ('Populated') returning entity_uuid`;
        entity = acct!.entity_uuid as string;
        const [w] = await sql`insert into wallet (entity_uuid, kind, currency, status) values (${entity}, 'credit', 'BRL', 'active') returning wallet_uuid`;
        const walletUuid = w!.wallet_uuid as string;
        await sql`insert into credit_wallet (wallet_uuid, entity_uuid, request_control_key, wallet_type, owner_document_number, invoice_configuration)
          values (${walletUuid}, ${entity}, ${randomUUID()}, 'default', '12345678909', '{}')`;
        await sql`insert into wallet_limit (wallet_uuid, limit_type, limit_amount_minor) values (${walletUuid}, 'postpaid_credit_limit', 500000)`;
        const [endpoint] = await sql`insert into webhook_endpoint (entity_uuid, url, webhook_key, events, format, secret_ciphertext, secret_last_four)
          values (${entity}, 'https://hooks.example.test', 'k', ${['wallet.created']}, 'platform', 'x', 'abcd') returning endpoint_uuid`;
        const [event] = await sql`insert into webhook_event (entity_uuid, type, subject_type, subject_id, data) values (${entity}, 'wallet.created', 'wallet', ${walletUuid}, '{}') returning event_uuid`;
        const [delivery] = await sql`insert into webhook_delivery (entity_uuid, event_uuid, endpoint_uuid, body)
          values (${entity}, ${event!.event_uuid}, ${endpoint!.endpoint_uuid}, '{}') returning delivery_uuid`;
        await sql`insert into webhook_attempt (delivery_uuid, attempt_number, request_url, request_headers, succeeded, duration_ms, started_at)
          values (${delivery!.delivery_uuid}, 1, 'https://hooks.example.test', '{}', true, 5, now())`;
        // An operator's decision written before audit rows always named their account.
        await sql`insert into audit_event (entity_uuid, actor_type, actor_id, action, subject_type, subject_id) values (null, 'user', 'op', 'credit_wallet.approved', 'wallet', ${walletUuid})`;
      },
      async (sql) => {
        expect(await sql`select entity_uuid from wallet_limit`).toEqual([{ entity_uuid: entity }]);
        expect(await sql`select entity_uuid from webhook_attempt`).toEqual([{ entity_uuid: entity }]);
        expect(await sql`select entity_uuid from audit_event`).toEqual([{ entity_uuid: entity }]);
        const nullable = await sql`select table_name, is_nullable from information_schema.columns
          where table_schema = 'public' and column_name = 'entity_uuid' and table_name in ('wallet_limit', 'webhook_attempt', 'audit_event') order by table_name`;
        expect(nullable.map((c) => [c.table_name, c.is_nullable])).toEqual([
          ['audit_event', 'NO'],
          ['wallet_limit', 'NO'],
          ['webhook_attempt', 'NO'],
        ]);
      },
    );
  });
});
