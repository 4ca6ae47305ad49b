import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Tx } from '@/db/client';
import { webhookDelivery, webhookEndpoint, webhookEvent, type WebhookFormat } from '@/db/schema';
import { createCreditWallet } from '@/lib/credit/create-wallet';
import { toNewCreditWallet } from '@/lib/credit/from-wire';
import { money } from '@/lib/money/money';
import { walletLimitChanged } from '@/lib/credit/events';
import { updateWalletLimit } from '@/lib/credit/limits';
import { creditTenant, walletBody } from '@/lib/credit/test-fixtures';
import { getCreditWallet } from '@/lib/credit/queries';
import { createCreditWalletSchema } from '@/lib/credit/schemas';
import { testDb } from '@/lib/testing/db';
import { walletCreated, type WalletEventData } from '@/lib/wallets/events';
import { deactivatePaymentWallet } from '@/lib/wallets/lifecycle';
import { seedWallet, walletTenant } from '@/lib/wallets/test-fixtures';
import { parseJson } from '@/lib/http/json';
import type { WebhookEventType } from './catalogue';
import { recordEvent } from './outbox';
import { sealSecret } from './secret-box';

const db = await testDb();

async function endpoint(entityUuid: string, events: WebhookEventType[], format: WebhookFormat, status: 'enabled' | 'disabled' = 'enabled') {
  const [row] = await db
    .insert(webhookEndpoint)
    .values({ entityUuid, url: 'http://127.0.0.1:9/hook', webhookKey: 'key', events, format, secretCiphertext: sealSecret('whsec_x'), secretLastFour: 'ec_x', status })
    .returning();
  return row!;
}

async function deliveriesOf(endpointUuid: string) {
  return db
    .select({ delivery: webhookDelivery, event: webhookEvent })
    .from(webhookDelivery)
    .innerJoin(webhookEvent, eq(webhookEvent.eventUuid, webhookDelivery.eventUuid))
    .where(eq(webhookDelivery.endpointUuid, endpointUuid));
}

async function queuedJobsFor(deliveryUuid: string) {
  const rows = await db.execute(sql`select data, start_after from pgboss.job where name = 'webhook-delivery' and data->>'deliveryUuid' = ${deliveryUuid}`);
  return Array.from(rows as unknown as { data: unknown }[]);
}

describe('the webhook outbox', () => {
  it('fans an event out to the enabled endpoints subscribed to it, with a queued first attempt each', async () => {
    const tenant = await walletTenant(db);
    const entity = tenant.account.entityUuid;
    const subscribed = await endpoint(entity, ['wallet.created'], 'platform');
    const otherEvents = await endpoint(entity, ['wallet.deactivated'], 'qi');
    const disabled = await endpoint(entity, ['wallet.created'], 'platform', 'disabled');

    const created = await seedWallet(db, tenant);

    const [delivery, ...more] = await deliveriesOf(subscribed.endpointUuid);
    expect(more).toEqual([]);
    expect(delivery!.event).toMatchObject({ entityUuid: entity, type: 'wallet.created', subjectId: created.walletUuid });
    expect(delivery!.delivery).toMatchObject({ status: 'pending', attemptCount: 0 });
    expect(JSON.parse(delivery!.delivery.body)).toEqual({
      operation: 'WALLET',
      sub_operation: 'CREATED',
      operation_id: delivery!.event.eventUuid,
      status: 'SUCCESS',
      reason: null,
      data: {
        wallet_uuid: created.walletUuid,
        wallet_type: 'payment',
        wallet_status: 'active',
        currency: 'BRL',
        occurred_at: delivery!.event.occurredAt.toISOString(),
      },
    });
    expect(await queuedJobsFor(delivery!.delivery.deliveryUuid)).toMatchObject([
      { data: { deliveryUuid: delivery!.delivery.deliveryUuid, attempt: 1 } },
    ]);
    expect(await deliveriesOf(otherEvents.endpointUuid)).toEqual([]);
    expect(await deliveriesOf(disabled.endpointUuid)).toEqual([]);

    await deactivatePaymentWallet(db, tenant.caller, created.walletUuid);
    const [qi] = await deliveriesOf(otherEvents.endpointUuid);
    expect(JSON.parse(qi!.delivery.body)).toEqual({
      webhook_type: 'baas.invoice.wallet',
      webhook_datetime: qi!.event.occurredAt.toISOString(),
      data: { wallet_key: created.walletUuid, owner_person_key: null, wallet_status: 'deactivated' },
    });
  });

  it('keeps nothing of a change that rolled back: no event, no delivery, no job', async () => {
    const tenant = await walletTenant(db);
    await endpoint(tenant.account.entityUuid, ['wallet.created'], 'platform');
    await seedWallet(db, tenant);
    // A second BRL wallet for the same merchant is refused by the unique index, after the insert.
    await expect(seedWallet(db, tenant)).rejects.toMatchObject({ code: 'errors.wallet.already_exists' });

    const events = await db.select().from(webhookEvent).where(eq(webhookEvent.entityUuid, tenant.account.entityUuid));
    expect(events).toHaveLength(1);
    const deliveries = await db.select().from(webhookDelivery).where(eq(webhookDelivery.entityUuid, tenant.account.entityUuid));
    expect(deliveries).toHaveLength(1);
    const jobs = await db.execute(
      sql`select 1 from pgboss.job j join webhook_delivery d on d.delivery_uuid::text = j.data->>'deliveryUuid' where d.entity_uuid = ${tenant.account.entityUuid}`,
    );
    expect(Array.from(jobs as unknown as unknown[])).toHaveLength(1);
  });

  it('announces credit wallets and limit changes with exact decimal amounts', async () => {
    const tenant = await creditTenant(db);
    const entity = tenant.account.entityUuid;
    const qi = await endpoint(entity, ['wallet.created', 'wallet.limit_changed'], 'qi');
    const platform = await endpoint(entity, ['wallet.limit_changed'], 'platform');

    const created = await createCreditWallet(db, tenant.caller, toNewCreditWallet(createCreditWalletSchema.parse(walletBody())));
    const [limit] = (await getCreditWallet(db, tenant.caller, created.walletKey)).limits;
    await updateWalletLimit(db, tenant.caller, { walletKey: created.walletKey, walletLimitKey: limit!.walletLimitKey, limit: money(750_010n, 'BRL') });

    const qiBodies = (await deliveriesOf(qi.endpointUuid)).map((d) => d.delivery.body);
    expect(qiBodies.map((body) => JSON.parse(body).webhook_type).sort()).toEqual(['baas.invoice.wallet', 'baas.invoice.wallet_limit']);
    const created_ = qiBodies.map((body) => JSON.parse(body)).find((body) => body.webhook_type === 'baas.invoice.wallet');
    expect(created_.data).toEqual({ wallet_key: created.walletKey, owner_person_key: null, wallet_status: 'pending_analysis' });
    const limitBody = qiBodies.find((body) => body.includes('wallet_limit'))!;
    expect(limitBody).toContain('"limit_amount":7500.10');
    expect(limitBody).toContain('"used_limit":0.00');

    const [platformLimit] = await deliveriesOf(platform.endpointUuid);
    const parsed = parseJson(platformLimit!.delivery.body) as { sub_operation: string; data: { wallet_limit: { limit_amount: unknown } } };
    expect(parsed.sub_operation).toBe('LIMIT_CHANGED');
    expect(String(parsed.data.wallet_limit.limit_amount)).toBe('7500.10');
    const [event] = await db
      .select()
      .from(webhookEvent)
      .where(and(eq(webhookEvent.entityUuid, entity), eq(webhookEvent.type, 'wallet.limit_changed')));
    expect(event!.data).toMatchObject({ wallet_limit: { limit_amount_minor: '750010', used_limit_minor: '0' } });
  });
});

describe('recording an event by its definition', () => {
  it('stores the event with its subject type and id, and the data its schema accepted', async () => {
    const tenant = await walletTenant(db);
    const created = await seedWallet(db, tenant);
    const [event] = await db.select().from(webhookEvent).where(eq(webhookEvent.subjectId, created.walletUuid));
    expect(event).toMatchObject({
      type: 'wallet.created',
      subjectType: 'wallet',
      data: { wallet_uuid: created.walletUuid, wallet_kind: 'payment', wallet_status: 'active', currency: 'BRL' },
    });
  });

  it('refuses data that does not fit the definition, keeping nothing of the change', async () => {
    const tenant = await walletTenant(db);
    const entity = tenant.account.entityUuid;
    const walletUuid = randomUUID();
    const recordBadEvent = () =>
      db.transaction((tx) =>
        recordEvent(tx, entity, walletCreated, {
          subject: { type: 'wallet', id: walletUuid },
          // Typed data cannot carry this: the cast stands for data built at run time.
          data: { wallet_uuid: walletUuid, wallet_kind: 'payment', wallet_status: 'closed', currency: 'BRL' } as unknown as WalletEventData,
        }),
      );
    await expect(recordBadEvent()).rejects.toThrow(/wallet_status/);
    expect(await db.select().from(webhookEvent).where(eq(webhookEvent.entityUuid, entity))).toEqual([]);
  });

  it('sends nothing to an endpoint whose format cannot carry the event, and keeps the event', async () => {
    const tenant = await walletTenant(db);
    // Stored directly: the endpoint service refuses this subscription (subscriptions.test.ts).
    const a55 = await endpoint(tenant.account.entityUuid, ['wallet.created'], 'a55');
    const platform = await endpoint(tenant.account.entityUuid, ['wallet.created'], 'platform');
    const created = await seedWallet(db, tenant);

    expect(await deliveriesOf(a55.endpointUuid)).toEqual([]);
    const [delivered] = await deliveriesOf(platform.endpointUuid);
    expect(delivered!.event.subjectId).toBe(created.walletUuid);
  });
});

// Checked by the type-check (npm test runs tsc), never run: each @ts-expect-error fails it if its line compiles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function eventsThatDoNotCompile(tx: Tx, entityUuid: string) {
  const data = { wallet_uuid: 'w', wallet_kind: 'payment', wallet_status: 'active', currency: 'BRL' } as const;
  // @ts-expect-error: a wallet event is about a wallet, not a charge
  void recordEvent(tx, entityUuid, walletCreated, { subject: { type: 'charge', id: 'c' }, data });
  // @ts-expect-error: a limit change carries its limit
  void recordEvent(tx, entityUuid, walletLimitChanged, { subject: { type: 'wallet', id: 'w' }, data });
  // @ts-expect-error: `wallet_status` is one of the wallet statuses
  void recordEvent(tx, entityUuid, walletCreated, { subject: { type: 'wallet', id: 'w' }, data: { ...data, wallet_status: 'closed' } });
}
