import { randomUUID } from 'node:crypto';
import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import { describe, expect, it } from 'vitest';
import { legalOwner, naturalOwner } from '@/lib/credit/test-fixtures';
import { operatorFromUser } from '@/lib/auth/caller';
import { testDb } from '@/lib/testing/db';
import { approveKyc, rejectKyc } from './decide';
import { countPendingKyc, getKycReview, listKycQueue } from './queue';
import { kycQueueQuerySchema } from './schemas';
import { kycTenant, operator, pendingWallet } from './test-fixtures';

const db = await testDb();
const reviewer = (await operator(db)).operator;
const query = (input: Record<string, string>) => listKycQueue(db, reviewer, kycQueueQuerySchema.parse(input));
const keys = (result: Awaited<ReturnType<typeof listKycQueue>>) => result.rows.map((row) => row.walletKey);

describe('listKycQueue', () => {
  it('lists pending credit wallets of every account, oldest first, and nothing decided', async () => {
    // A tag in every owner name, so this test finds its own wallets among every other test's.
    const tag = randomUUID().slice(0, 8);
    const first = await kycTenant(db);
    const second = await kycTenant(db);
    const { decider } = await operator(db);
    const a1 = await pendingWallet(first, { ...naturalOwner(), name: `Ana ${tag}` });
    const b1 = await pendingWallet(second, { ...legalOwner(), name: `Bravo ${tag} LTDA` });
    const a2 = await pendingWallet(first, { ...naturalOwner(), name: `Caio ${tag}` });
    const approved = await pendingWallet(first, { ...naturalOwner(), name: `Davi ${tag}` });
    const rejected = await pendingWallet(second, { ...naturalOwner(), name: `Eva ${tag}` });
    await approveKyc(db, decider, approved);
    await rejectKyc(db, decider, rejected, 'Not eligible');

    const all = await query({ search: tag });
    expect(keys(all)).toEqual([a1, b1, a2]);
    expect(all.total).toBe(3);
    expect(all.rows[1]).toEqual({
      walletKey: b1,
      entityUuid: second.account.entityUuid,
      accountName: second.account.name,
      ownerName: `Bravo ${tag} LTDA`,
      ownerDocumentNumber: expect.any(String),
      personType: 'legal',
      walletType: 'default',
      createdAt: expect.any(Date),
    });
    expect(await countPendingKyc(db, reviewer)).toBeGreaterThanOrEqual(3);
  });

  it('filters by account, person type, name or document (masked or not), and pages', async () => {
    const tenant = await kycTenant(db);
    const cpf = generateCpf();
    const cnpj = generateCnpj({ version: 2 });
    const natural = await pendingWallet(tenant, { ...naturalOwner(cpf), name: 'Joana Prado' });
    const legal = await pendingWallet(tenant, legalOwner(cnpj));
    const third = await pendingWallet(tenant);
    const account = tenant.account.entityUuid;

    expect(keys(await query({ entity_uuid: account }))).toEqual([natural, legal, third]);
    expect(keys(await query({ entity_uuid: account, person_type: 'legal' }))).toEqual([legal]);
    expect(keys(await query({ entity_uuid: account, person_type: 'natural' }))).toEqual([natural, third]);
    expect(keys(await query({ entity_uuid: account, search: 'joana prad' }))).toEqual([natural]);
    const masked = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
    expect(keys(await query({ entity_uuid: account, search: masked }))).toEqual([natural]);
    expect(keys(await query({ entity_uuid: account, search: `${cnpj.slice(0, 2)}.${cnpj.slice(2, 5).toLowerCase()}` }))).toEqual([legal]);
    // LIKE wildcards are text, not patterns.
    expect(keys(await query({ entity_uuid: account, search: '%' }))).toEqual([]);

    const page2 = await query({ entity_uuid: account, page_size: '2', page: '2' });
    expect(keys(page2)).toEqual([third]);
    expect(page2.total).toBe(3);
  });

  it('walks by cursor, oldest first, every wallet once, while wallets keep arriving and others are decided', async () => {
    const tenant = await kycTenant(db);
    const { decider } = await operator(db);
    const waiting = [await pendingWallet(tenant), await pendingWallet(tenant), await pendingWallet(tenant), await pendingWallet(tenant)];
    const account = tenant.account.entityUuid;

    const first = await query({ entity_uuid: account, page_size: '3' });
    expect(keys(first)).toEqual(waiting.slice(0, 3));
    expect(first).toMatchObject({ hasMore: true, nextCursor: expect.any(String) });
    const late = await pendingWallet(tenant);
    await approveKyc(db, decider, waiting[0]!);
    const second = await query({ entity_uuid: account, page_size: '3', starting_after: first.nextCursor! });
    expect(keys(second)).toEqual([waiting[3], late]);
    expect(second).toMatchObject({ hasMore: false, nextCursor: null });
  });

  it('refuses a merchant: only an Operator, made from an operator session, may read the queue', async () => {
    const merchant = await kycTenant(db);
    const merchantUser = { ...merchant.user, role: 'owner' as const };
    expect(() => operatorFromUser(merchantUser)).toThrow(expect.objectContaining({ status: 403 }));
    // @ts-expect-error a merchant's Caller is not an Operator
    await expect(listKycQueue(db, merchant.caller, kycQueueQuerySchema.parse({}))).rejects.toMatchObject({ status: 403 });
    // @ts-expect-error nor is an object shaped like one
    await expect(countPendingKyc(db, { kind: 'operator', type: 'user', id: merchant.user.id })).rejects.toMatchObject({ status: 403 });
  });
});

describe('getKycReview', () => {
  it("shows the owner, its account and the checks on the given day, flagging a document active in another account", async () => {
    const elsewhere = await kycTenant(db);
    const tenant = await kycTenant(db);
    const { decider, email } = await operator(db);
    const cpf = generateCpf();
    await approveKyc(db, decider, await pendingWallet(elsewhere, naturalOwner(cpf)));
    const walletKey = await pendingWallet(tenant, { ...naturalOwner(cpf), birthdate: '2008-06-01' });

    const review = await getKycReview(db, reviewer, walletKey, '2026-05-31');
    expect(review).toMatchObject({
      walletKey,
      entityUuid: tenant.account.entityUuid,
      accountName: tenant.account.name,
      status: 'pending_analysis',
      owner: { person_type: 'natural', document_number: cpf, birthdate: '2008-06-01' },
      duplicates: [{ walletKey: expect.any(String), accountName: elsewhere.account.name }],
      decision: null,
    });
    expect(review.checks.map((c) => [c.id, c.passed])).toEqual([
      ['document', true],
      ['age', false],
      ['duplicate_document', false],
    ]);
    expect((await getKycReview(db, reviewer, walletKey, '2026-06-01')).checks.find((c) => c.id === 'age')!.passed).toBe(true);

    await rejectKyc(db, decider, walletKey, 'Owner is a minor');
    expect((await getKycReview(db, reviewer, walletKey)).decision).toEqual({ decidedBy: email, decidedAt: expect.any(Date), reason: 'Owner is a minor' });
  });

  it('answers 404 for an unknown or malformed key', async () => {
    await expect(getKycReview(db, reviewer, randomUUID())).rejects.toMatchObject({ status: 404 });
    await expect(getKycReview(db, reviewer, 'nope')).rejects.toMatchObject({ status: 404 });
  });
});
