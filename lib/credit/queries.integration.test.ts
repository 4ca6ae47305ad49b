import { randomUUID } from 'node:crypto';
import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { describe, expect, it } from 'vitest';
import { GET as getWallet } from '@/app/api/v1/credit/wallet/[wallet_key]/route';
import { GET as listWallets } from '@/app/api/v1/credit/wallets/route';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { approveKyc } from '@/lib/kyc/decide';
import { operator } from '@/lib/kyc/test-fixtures';
import { creditTenant, naturalOwner, postWallet, walletBody } from './test-fixtures';

const db = await testDb();

const get = (token: string, walletKey: string) =>
  callRoute(getWallet, { path: `/api/v1/credit/wallet/${walletKey}`, token, params: { wallet_key: walletKey } });
const list = (token: string, query = '') => callRoute(listWallets, { path: `/api/v1/credit/wallets${query}`, token });

describe('GET /api/v1/credit/wallet/{wallet_key} (seed 004)', () => {
  it('answers unknown, malformed and foreign keys alike with 404 WLT000001 naming the key', async () => {
    const { token } = await creditTenant(db);
    const stranger = await creditTenant(db);
    const theirs = (await postWallet(stranger.token, walletBody())).body.wallet_key;

    for (const key of [randomUUID(), 'not-a-uuid', theirs]) {
      const res = await get(token, key);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        title: 'Wallet Not Found',
        description: `Wallet with key ${key} not found`,
        translation: `Carteira com chave ${key} não encontrada`,
        code: 'WLT000001',
        extra_fields: {},
      });
    }
  });

  it('confines a wallet-level client to its own wallet', async () => {
    const { token, account } = await creditTenant(db);
    const mine = (await postWallet(token, walletBody())).body.wallet_key;
    const other = (await postWallet(token, walletBody())).body.wallet_key;
    const walletClient = await createTestApiClient(db, { entityUuid: account.entityUuid, walletUuid: mine, scopes: ['credit:read'] });
    expect((await get(walletClient.token, mine)).status).toBe(200);
    expect((await get(walletClient.token, other)).body.code).toBe('WLT000001');
    const listed = await list(walletClient.token);
    expect(listed.body.data.map((w: { wallet_key: string }) => w.wallet_key)).toEqual([mine]);
  });

  it('needs the credit:read scope', async () => {
    const { account } = await creditTenant(db);
    const writer = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:read'] });
    expect((await get(writer.token, randomUUID())).status).toBe(403);
  });
});

describe('GET /api/v1/credit/wallets (reference B.3)', () => {
  it('lists newest first with page and page_size, without limits', async () => {
    const { token } = await creditTenant(db);
    const keys: string[] = [];
    for (let i = 0; i < 3; i++) keys.push((await postWallet(token, walletBody())).body.wallet_key);

    const firstPage = await list(token, '?page=1&page_size=2');
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.data.map((w: { wallet_key: string }) => w.wallet_key)).toEqual([keys[2], keys[1]]);
    expect(firstPage.body.pagination).toEqual({ page: 1, page_size: 2, total: 3, total_pages: 2, has_more: true, next_cursor: expect.any(String) });
    expect(firstPage.body.data[0]).not.toHaveProperty('wallet_limits');
    expect(Object.keys(firstPage.body.data[0])).toEqual([
      'request_control_key',
      'wallet_key',
      'owner_person_key',
      'owner_document_number',
      'invoice_configuration',
      'wallet_status',
      'wallet_type',
      'created_at',
    ]);

    const secondPage = await list(token, '?page=2&page_size=2');
    expect(secondPage.body.data.map((w: { wallet_key: string }) => w.wallet_key)).toEqual([keys[0]]);
  });

  it('filters by owner_document_number and wallet_status', async () => {
    const { token } = await creditTenant(db);
    const cpf = generateCpf();
    const target = (await postWallet(token, walletBody({ owner: naturalOwner(cpf) }))).body.wallet_key;
    const approved = (await postWallet(token, walletBody())).body.wallet_key;
    await approveKyc(db, (await operator(db)).decider, approved);

    const byDocument = await list(token, `?owner_document_number=${cpf}`);
    expect(byDocument.body.data.map((w: { wallet_key: string }) => w.wallet_key)).toEqual([target]);
    const active = await list(token, '?wallet_status=active');
    expect(active.body.data.map((w: { wallet_key: string }) => w.wallet_key)).toEqual([approved]);
    const pending = await list(token, '?wallet_status=pending_analysis');
    expect(pending.body.data.map((w: { wallet_key: string }) => w.wallet_key)).toEqual([target]);
  });

  it('walks every wallet once by starting_after, newest first, while wallets are opened between pages', async () => {
    const { token } = await creditTenant(db);
    const keys: string[] = [];
    for (let i = 0; i < 5; i++) keys.push((await postWallet(token, walletBody())).body.wallet_key);

    const walked: string[] = [];
    let query = '?page_size=2';
    for (;;) {
      const res = await list(token, query);
      expect(res.status).toBe(200);
      walked.push(...res.body.data.map((w: { wallet_key: string }) => w.wallet_key));
      await postWallet(token, walletBody());
      if (!res.body.pagination.has_more) break;
      query = `?page_size=2&starting_after=${res.body.pagination.next_cursor}`;
    }
    expect(walked).toEqual([...keys].reverse());
  });

  it('refuses a cursor it did not hand out with QIT000001 naming starting_after', async () => {
    const { token } = await creditTenant(db);
    const res = await list(token, '?starting_after=eyJub3QiOiJpdCJ9');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('QIT000001');
    expect(Object.keys(res.body.extra_fields)).toEqual(['starting_after']);
  });

  it('refuses bad query parameters with QIT000001', async () => {
    const { token } = await creditTenant(db);
    const res = await list(token, '?page_size=101&page=0&owner_document_number=123&wallet_status=closed');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('QIT000001');
    expect(Object.keys(res.body.extra_fields).sort()).toEqual(['owner_document_number', 'page', 'page_size', 'wallet_status']);
  });
});
