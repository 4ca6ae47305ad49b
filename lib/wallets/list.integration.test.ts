import { describe, expect, it } from 'vitest';
import { GET as listWallets } from '@/app/api/v1/bank/wallets/route';
import { wallet } from '@/db/schema';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { walletTenant, type WalletTenant } from './test-fixtures';

const db = await testDb();

const list = (token: string, query: string) => callRoute(listWallets, { path: `/api/v1/bank/wallets/${query}`, token });
type Page = { data: { wallet_uuid: string }[]; has_more: boolean; next_cursor: string | null; total: number; pages: number };
const uuids = (page: Page) => page.data.map((w) => w.wallet_uuid);

/** Deactivated wallets (they hold no merchant + currency slot), several sharing one created_at to the microsecond. */
async function seedWallets(tenant: WalletTenant, createdAts: string[]) {
  const rows = await db
    .insert(wallet)
    .values(
      createdAts.map((createdAt, i) => ({
        entityUuid: tenant.account.entityUuid,
        merchantUuid: tenant.merchant.merchantUuid,
        kind: 'payment' as const,
        currency: 'BRL',
        status: 'deactivated' as const,
        customerId: `cust_${i}`,
        name: `Wallet ${i}`,
        email: `w${i}@example.test`,
        createdAt: new Date(createdAt),
      })),
    )
    .returning({ walletUuid: wallet.walletUuid, createdAt: wallet.createdAt });
  return rows;
}

describe('GET /api/v1/bank/wallets/ pages by cursor (integration)', () => {
  it('walks every wallet once, newest first, while wallets are added between pages; page/limit give the same rows', async () => {
    const tenant = await walletTenant(db);
    // The same millisecond thrice: only the id tells those apart, and the cursor must keep it.
    const seeded = await seedWallets(tenant, [
      '2026-01-01T00:00:00.001Z',
      '2026-01-01T00:00:00.001Z',
      '2026-01-01T00:00:00.001Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
      '2026-01-04T00:00:00.000Z',
      '2026-01-05T00:00:00.000Z',
    ]);
    const expected = [...seeded]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.walletUuid < b.walletUuid ? 1 : -1))
      .map((w) => w.walletUuid);

    const walked: string[] = [];
    let query = '?limit=3';
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const res = await list(tenant.token, query);
      expect(res.status).toBe(200);
      const page = res.body as Page;
      walked.push(...uuids(page));
      // A wallet created now is newer than every cursor: it never shows up on a later page.
      await seedWallets(tenant, [new Date().toISOString()]);
      if (!page.has_more) {
        expect(page.next_cursor).toBeNull();
        break;
      }
      query = `?limit=3&starting_after=${page.next_cursor}`;
    }
    expect(walked).toEqual(expected);

    const byNumber = await list(tenant.token, '?limit=3&page=2');
    expect(byNumber.status).toBe(200);
    // Three wallets were added in front since the walk began.
    expect(uuids(byNumber.body as Page)).toEqual([...(await list(tenant.token, '?limit=10')).body.data.map((w: { wallet_uuid: string }) => w.wallet_uuid)].slice(3, 6));
    expect(byNumber.body).toMatchObject({ page: 2, limit: 3, total: 10, pages: 4, has_more: true, next_cursor: expect.any(String) });
  });

  it('keeps the filters and the caller scope on every page, and refuses a malformed cursor with a 400', async () => {
    const [tenant, stranger] = [await walletTenant(db), await walletTenant(db)];
    await seedWallets(tenant, ['2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z']);
    const [theirs] = await seedWallets(stranger, ['2026-02-01T12:00:00Z']);
    const first = (await list(tenant.token, '?limit=1&status=deactivated')).body as Page;
    const second = (await list(tenant.token, `?limit=1&status=deactivated&starting_after=${first.next_cursor}`)).body as Page;
    expect(second).toMatchObject({ has_more: false, next_cursor: null, total: 2 });
    expect(uuids(second)).not.toEqual(uuids(first));
    // A cursor is only a position: followed by another account, it walks that account's own wallets.
    expect(uuids((await list(stranger.token, `?starting_after=${first.next_cursor}`)).body as Page)).toEqual([theirs!.walletUuid]);

    const bad = await list(tenant.token, '?starting_after=not-a-cursor');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'validation_error', code: 'validation_error' });
    expect(bad.body.message).toContain('starting_after');
  });
});
