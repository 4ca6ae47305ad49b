import { describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { approveKyc, rejectKyc } from './decide';
import { listKycDecisions } from './decisions';
import { kycTenant, operator, pendingWallet } from './test-fixtures';

const db = await testDb();

describe('listKycDecisions', () => {
  it('lists decided wallets newest first with who decided, when and why, and leaves pending ones out', async () => {
    const tenant = await kycTenant(db);
    const { decider, operator: asOperator, email } = await operator(db);
    const approved = await pendingWallet(tenant);
    const rejected = await pendingWallet(tenant);
    const pending = await pendingWallet(tenant);
    await approveKyc(db, decider, approved);
    await rejectKyc(db, decider, rejected, 'Proof of address does not match');

    const decisions = await listKycDecisions(db, asOperator);
    const keys = decisions.map((row) => row.walletKey);
    expect(keys).not.toContain(pending);
    expect(keys.indexOf(rejected)).toBeLessThan(keys.indexOf(approved));
    expect(decisions.find((row) => row.walletKey === rejected)).toMatchObject({ status: 'rejected', decidedBy: email, reason: 'Proof of address does not match' });
    expect(decisions.find((row) => row.walletKey === approved)).toMatchObject({ status: 'active', decidedBy: email, reason: null });
  });
});
