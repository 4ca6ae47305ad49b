import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { webhookEvent } from '@/db/schema';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { cardIssuer } from './test-fixtures';

// Wallet entries (reference B.6): a payroll wallet's withdrawals against its payroll_withdraw_limit
// (seed 004's second limit), read back in QI's shape and announced in `baas.invoice.wallet_entry`.

const db = await testDb();

const withdrawal = (amount: string) => ({ request_control_key: randomUUID(), wallet_entry_type: 'payroll_withdraw', wallet_entry_amount: amount });

function payrollUsed(limits: { limit_type: string; used_limit: number }[]) {
  return limits.find((limit) => limit.limit_type === 'payroll_withdraw_limit')!.used_limit;
}

describe('payroll withdrawals', () => {
  it('draw on the payroll withdrawal limit only, become an invoice item, and are announced', async () => {
    const issuer = await cardIssuer(db, { walletType: 'payroll' });
    const res = await issuer.api.withdraw(withdrawal('250.00'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      wallet_entry_amount: 250,
      wallet_entry_type: 'payroll_withdraw',
      wallet_entry_status: 'concluded',
      invoice_items: [{ installment_number: 1, amount: 250, wallet_entry_key: res.body.wallet_entry_key, payment_instrument_entry_key: null }],
    });
    const limits = (await issuer.api.wallet()).body.wallet_limits as { limit_type: string; used_limit: number }[];
    expect(payrollUsed(limits)).toBe(250);
    expect(limits.find((limit) => limit.limit_type === 'postpaid_credit_limit')!.used_limit).toBe(0);

    const key = res.body.wallet_entry_key as string;
    expect((await issuer.api.walletEntry(key)).body).toEqual(res.body);
    expect((await issuer.api.walletEntries()).body).toMatchObject({ data: [{ wallet_entry_key: key }], pagination: { total: 1 } });
    const [event] = await db.select().from(webhookEvent).where(eq(webhookEvent.subjectId, key));
    expect(event).toMatchObject({ type: 'wallet_entry.concluded', entityUuid: issuer.entityUuid });
    await expectLedgerIntact(db, issuer.entityUuid);
  });

  it('refuse beyond what is left (WLT000008), on a default wallet (WLT000008) and a repeated request_control_key (CIN000099)', async () => {
    const issuer = await cardIssuer(db, { walletType: 'payroll' });
    const body = withdrawal('900.00');
    expect((await issuer.api.withdraw(body)).status).toBe(201);
    expect(await issuer.api.withdraw(body)).toMatchObject({ status: 409, body: { code: 'CIN000099' } });
    expect(await issuer.api.withdraw(withdrawal('100.01'))).toMatchObject({ status: 400, body: { code: 'WLT000008' } });
    expect((await issuer.api.withdraw(withdrawal('100.00'))).status).toBe(201);

    const plain = await cardIssuer(db);
    expect(await plain.api.withdraw(withdrawal('1.00'))).toMatchObject({ status: 400, body: { code: 'WLT000008' } });
    expect(await issuer.api.walletEntry(randomUUID())).toMatchObject({ status: 404, body: { code: 'WLT000006' } });
  });

  it('race for the payroll limit: 30 concurrent withdrawals of 100.00 against 1000.00 conclude exactly 10', async () => {
    const issuer = await cardIssuer(db, { walletType: 'payroll' });
    const answers = await Promise.all(Array.from({ length: 30 }, () => issuer.api.withdraw(withdrawal('100.00'))));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(10);
    expect(answers.filter((answer) => answer.status === 400)).toHaveLength(20);
    const limits = (await issuer.api.wallet()).body.wallet_limits as { limit_type: string; used_limit: number }[];
    expect(payrollUsed(limits)).toBe(1000);
    await expectLedgerIntact(db, issuer.entityUuid);
  });
});
