import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { invoice, invoiceItem, walletEntry, webhookEvent } from '@/db/schema';
import { resetClock, setClock } from '@/lib/clock';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { addInvoiceItems } from './items';
import { closeInvoiceNow, makeInvoiceOverdueNow, payInvoiceSlip } from './sandbox';
import { balanceOf, buy, cardUsed, invoiceClosingOn, invoiceScenario, invoicesOf, noonIn, paySlip, refund, walkDays } from './test-fixtures';
import { advanceWalletInvoices, runInvoiceCycles } from './run';

const db = await testDb();
afterEach(() => resetClock());

const payrollConfiguration = {
  closing_date_configuration: { type: 'fixed', fixed_day: 15 },
  due_date_configuration: { type: 'fixed', fixed_day: 25, offset_months: 0 },
  invoice_payment_type: 'bank_slip',
};

describe('an invoice cycle', () => {
  it('opens when KYC approves the wallet, and every purchase lands on the invoice of its cycle', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    const [opened] = await invoicesOf(db, scenario.issuer.walletKey);
    expect(opened).toMatchObject({ status: 'opened', closingDate: '2027-01-15', dueDate: '2027-01-25', totalMinor: null });
    await buy(scenario, '2027-01-14', '90.00', 3);
    const items = await db.select().from(invoiceItem).where(eq(invoiceItem.walletUuid, scenario.issuer.walletKey));
    // The first installment is on the open invoice; the others wait for theirs to open.
    expect(items.map((item) => [item.installmentNumber, item.closingDate, item.invoiceKey])).toEqual([
      [1, '2027-01-15', opened!.invoiceKey],
      [2, '2027-02-15', null],
      [3, '2027-03-15', null],
    ]);
    await walkDays(db, scenario, '2027-01-15', '2027-01-15');
    const february = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-02-15');
    expect(february.items.map((item) => item.installmentNumber)).toEqual([2]);
  });

  it('runs once a day: a second run the same day changes nothing', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    await buy(scenario, '2027-01-05', '10.00');
    await walkDays(db, scenario, '2027-01-15', '2027-01-15');
    const before = await invoicesOf(db, scenario.issuer.walletKey);
    setClock(noonIn('2027-01-15'));
    await advanceWalletInvoices(db, scenario.issuer.walletKey, '2027-01-15');
    expect(await invoicesOf(db, scenario.issuer.walletKey)).toEqual(before);
    const summary = await runInvoiceCycles(db, noonIn('2027-01-15'));
    expect(summary.failed).toBe(0);
    expect(await invoicesOf(db, scenario.issuer.walletKey)).toEqual(before);
  });

  it('catches up on days the run missed, closing and expiring in date order', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    await buy(scenario, '2027-01-05', '10.00');
    setClock(noonIn('2027-03-20'));
    await advanceWalletInvoices(db, scenario.issuer.walletKey, '2027-03-20');
    const all = await invoicesOf(db, scenario.issuer.walletKey);
    expect(all.map((row) => [row.closingDate, row.status])).toEqual([
      ['2027-01-15', 'overdue'],
      ['2027-02-15', 'overdue'],
      ['2027-03-15', 'closed'],
      ['2027-04-15', 'opened'],
    ]);
    await expectLedgerIntact(db, scenario.issuer.entityUuid);
  });

  it('puts an item whose cycle closed while it was made on the invoice open now, with its dates', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    const [january] = await invoicesOf(db, scenario.issuer.walletKey);
    await closeInvoiceNow(db, scenario.issuer.caller, scenario.issuer.walletKey);
    const [item] = await addInvoiceItems(db, scenario.issuer.walletKey, [
      {
        entityUuid: scenario.issuer.entityUuid,
        walletUuid: scenario.issuer.walletKey,
        itemType: 'payroll_withdraw',
        chargedTo: 'postpaid_credit_limit',
        sourceInvoiceKey: january!.invoiceKey,
        installmentNumber: 1,
        installmentCount: 1,
        description: 'late',
        amountMinor: 1n,
        closingDate: '2027-01-15',
        dueDate: '2027-01-25',
      },
    ]);
    const february = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-02-15');
    expect(item).toMatchObject({ invoiceKey: february.invoiceKey, closingDate: '2027-02-15', dueDate: '2027-02-25' });
  });
});

describe('a credit on the invoice', () => {
  it('closes to zero with no slip when refunds exceed purchases, and carries the credit to the next invoice', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    const { chargeUuid } = await buy(scenario, '2027-01-05', '300.00');
    await walkDays(db, scenario, '2027-01-15', '2027-01-15');
    await paySlip(db, scenario, '2027-01-20', '2027-01-15');
    await refund(scenario, '2027-02-01', chargeUuid, '300.00');
    await buy(scenario, '2027-02-02', '100.00');
    await walkDays(db, scenario, '2027-02-15', '2027-02-15');
    const february = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-02-15');
    expect(february).toMatchObject({ status: 'paid', totalMinor: -200_00n, bankSlipBarcode: null });
    const march = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-03-15');
    expect(march.items.map((item) => [item.itemType, item.amountMinor, item.sourceInvoiceKey])).toEqual([['balance_carried', -200_00n, february.invoiceKey]]);
    // The refund gave the 300.00 back to a limit the paid invoice had restored: 200.00 of credit.
    // The card's own meter never goes below zero: the paid purchase had given it back already.
    expect(await balanceOf(db, scenario, 'credit_available')).toBe(5_200_00n);
    expect(await cardUsed(db, scenario)).toBe(0n);
    // The January invoice shows the refund of its purchase as a chargeback.
    const january = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-01-15');
    const detail = await (await import('./queries')).getInvoice(db, scenario.issuer.caller, scenario.issuer.walletKey, january.invoiceKey);
    expect(detail.chargebacks).toEqual([{ invoiceItemKey: january.items[0]!.invoiceItemKey, chargebackPaidMinor: 300_00n }]);
    await expectLedgerIntact(db, scenario.issuer.entityUuid);
  });
});

describe('the bank slip', () => {
  it('is paid once however many payments race for it', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    await buy(scenario, '2027-01-05', '100.00');
    await walkDays(db, scenario, '2027-01-15', '2027-01-15');
    const january = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-01-15');
    setClock(noonIn('2027-01-20'));
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => payInvoiceSlip(db, scenario.issuer.caller, scenario.issuer.walletKey, january.invoiceKey)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'WLT000011' });
    expect(await balanceOf(db, scenario, 'credit_available')).toBe(5_000_00n);
    expect(await balanceOf(db, scenario, 'boleto_clearing', 'platform')).toBe(-100_00n);
    await expectLedgerIntact(db, scenario.issuer.entityUuid);
  });

  it('refuses more than the invoice owes, and a payment after its due date, changing nothing', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    await buy(scenario, '2027-01-05', '100.00');
    await walkDays(db, scenario, '2027-01-15', '2027-01-15');
    await expect(paySlip(db, scenario, '2027-01-20', '2027-01-15', 100_01n)).rejects.toMatchObject({ code: 'WLT000012' });
    expect(await cardUsed(db, scenario)).toBe(100_00n);
    await expect(paySlip(db, scenario, '2027-01-26', '2027-01-15')).rejects.toMatchObject({ code: 'WLT000011' });
    expect(await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-01-15')).toMatchObject({ status: 'closed', paidMinor: 0n, bankSlipStatus: 'issued' });
  });

  it('announces each status in QI’s webhook shapes', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    await buy(scenario, '2027-01-05', '100.00');
    await walkDays(db, scenario, '2027-01-15', '2027-01-15');
    await paySlip(db, scenario, '2027-01-20', '2027-01-15', 40_00n);
    await walkDays(db, scenario, '2027-01-26', '2027-01-26');
    const events = await db.select().from(webhookEvent).where(eq(webhookEvent.entityUuid, scenario.issuer.entityUuid)).orderBy(asc(webhookEvent.occurredAt));
    // Events share their transaction's timestamp: each step's pair is compared as a set, the steps in order.
    const statusesOf = (type: string, field: string) => {
      const steps = new Map<number, string[]>();
      for (const event of events.filter((candidate) => candidate.type === type)) {
        const at = event.occurredAt.getTime();
        steps.set(at, [...(steps.get(at) ?? []), String(event.data[field])].sort());
      }
      return [...steps.values()];
    };
    expect(statusesOf('invoice.status_changed', 'invoice_status')).toEqual([
      ['closed', 'processing_closing'],
      ['overdue', 'processing_expiration'],
    ]);
    expect(statusesOf('invoice_payment.status_changed', 'invoice_payment_status')).toEqual([['paid', 'processing_payment']]);
    expect(events.find((event) => event.type === 'wallet_entry.concluded')?.data).toMatchObject({ wallet_entry_type: 'revolving_credit', amount_minor: '6000' });
  });
});

describe('a payroll wallet', () => {
  it('has the balance left at the due date discounted from the benefit, with no fine or interest', async () => {
    setClock(noonIn('2027-01-04'));
    const { cardIssuer } = await import('@/lib/payment-instruments/test-fixtures');
    const issuer = await cardIssuer(db, { walletType: 'payroll', invoiceConfiguration: payrollConfiguration });
    setClock(noonIn('2027-01-05'));
    const res = await issuer.api.withdraw({ request_control_key: randomUUID(), wallet_entry_type: 'payroll_withdraw', wallet_entry_amount: '300.00' });
    expect(res.status).toBe(201);
    const scenario = { issuer } as Parameters<typeof walkDays>[1];
    await walkDays(db, scenario, '2027-01-15', '2027-01-15');
    await paySlip(db, scenario, '2027-01-20', '2027-01-15', 100_00n);
    await walkDays(db, scenario, '2027-01-26', '2027-01-26');
    const january = await invoiceClosingOn(db, issuer.walletKey, '2027-01-15');
    expect(january).toMatchObject({ status: 'processing_payment', paidMinor: 100_00n });
    expect(january.payments.map((payment) => [payment.paymentType, payment.status, payment.paidMinor])).toEqual([
      ['bank_slip', 'paid', 100_00n],
      ['payroll_discount', 'processing_payment', 200_00n],
    ]);
    await walkDays(db, scenario, '2027-01-27', '2027-01-27');
    const settled = await invoiceClosingOn(db, issuer.walletKey, '2027-01-15');
    expect(settled).toMatchObject({ status: 'paid', paidMinor: 300_00n, carriedMinor: 0n });
    expect(await balanceOf(db, scenario, 'payroll_withdraw_available')).toBe(1_000_00n);
    expect(await balanceOf(db, scenario, 'payroll_clearing', 'platform')).toBe(-200_00n);
    expect(await balanceOf(db, scenario, 'late_charges')).toBe(0n);
    const [entry] = await db
      .select()
      .from(walletEntry)
      .where(and(eq(walletEntry.walletUuid, issuer.walletKey), eq(walletEntry.entryType, 'payroll_overdue')));
    expect(entry).toMatchObject({ amountMinor: 200_00n });
    expect(entry!.settlementKey).not.toBeNull();
    await expectLedgerIntact(db, issuer.entityUuid);
  });
});

describe('the sandbox', () => {
  it('closes the open invoice and makes it overdue at once, with the late charges counted from its due date', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    await buy(scenario, '2027-01-05', '100.00');
    setClock(noonIn('2027-01-06'));
    const closed = await closeInvoiceNow(db, scenario.issuer.caller, scenario.issuer.walletKey);
    expect(closed).toMatchObject({ status: 'closed', closingDate: '2027-01-15', totalMinor: 100_00n, bankSlipStatus: 'issued' });
    await expect(makeInvoiceOverdueNow(db, scenario.issuer.caller, scenario.issuer.walletKey)).resolves.toMatchObject({ status: 'overdue', carriedMinor: 100_00n });
    await expect(makeInvoiceOverdueNow(db, scenario.issuer.caller, scenario.issuer.walletKey)).rejects.toMatchObject({ code: 'WLT000013' });
    const [, february] = await invoicesOf(db, scenario.issuer.walletKey);
    // 100.00 from 25 Jan to 25 Feb (31 days) at 2%: fine 2.00, interest 2.0666… → 2.07.
    const items = await db.select().from(invoiceItem).where(eq(invoiceItem.invoiceKey, february!.invoiceKey));
    expect(items.map((item) => item.amountMinor).sort((a, b) => Number(a - b))).toEqual([2_00n, 2_07n, 100_00n]);
    const rows = await db.select().from(invoice).where(eq(invoice.walletUuid, scenario.issuer.walletKey));
    expect(rows.filter((row) => row.status === 'opened')).toHaveLength(1);
  });
});
