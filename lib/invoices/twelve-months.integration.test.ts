import { afterEach, describe, expect, it } from 'vitest';
import { resetClock } from '@/lib/clock';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { balanceOf, buy, cardUsed, invoiceClosingOn, invoiceScenario, invoicesOf, paySlip, refund, walkDays } from './test-fixtures';

// A year of invoices, walked day by day through the daily run with the services' clock, for a
// fixed and a rule-based invoice configuration. The late charges are the worked examples below,
// to the centavo (./late-charges.ts: fine once, interest = balance × monthly% × days ÷ 30 from the
// due date to the due date of the invoice that carries it, each rounded half up once).

const db = await testDb();
afterEach(() => resetClock());

const LIMIT = 5_000_00n;

describe('twelve months of a fixed configuration (closing on the 15th, due on the 25th, 2% fine, 2% a month)', () => {
  it('bills installments on their cycles, carries a partial and a late payment with fine and interest, and gives the limit back exactly', async () => {
    const scenario = await invoiceScenario(db, '2027-01-04');
    const payments: Record<string, bigint | 'full' | 'none'> = {};
    // Each cycle's payment, on the 20th (before the due date) unless said otherwise.
    const payOn = new Map<string, { closing: string; amount?: bigint }>([
      ['2027-01-22', { closing: '2027-01-15' }],
      ['2027-02-25', { closing: '2027-02-15', amount: 300_00n }], // partial, on the due date
      // the March invoice is not paid at all: late
      ['2027-04-20', { closing: '2027-04-15' }],
      ['2027-05-20', { closing: '2027-05-15' }],
      ['2027-06-20', { closing: '2027-06-15' }],
      ['2027-07-20', { closing: '2027-07-15' }],
      // August closes with nothing to pay
      ['2027-09-20', { closing: '2027-09-15' }],
      ['2027-10-20', { closing: '2027-10-15' }],
      ['2027-11-22', { closing: '2027-11-15' }],
      ['2027-12-20', { closing: '2027-12-15' }],
    ]);
    const purchases = new Map<string, [string, number][]>([
      ['2027-01-05', [['1000.00', 1]]],
      ['2027-01-10', [['600.00', 3]]], // 200.00 on the January, February and March invoices
      ['2027-02-03', [['500.00', 1]]],
      ['2027-05-05', [['100.00', 1]]],
      ['2027-06-01', [['300.00', 1]]],
      ['2027-06-05', [['100.00', 1]]],
      ['2027-07-05', [['100.00', 1]]],
      ['2027-09-05', [['100.00', 1]]],
      ['2027-10-05', [['100.00', 1]]],
      ['2027-11-05', [['100.00', 1]]],
      ['2027-12-05', [['100.00', 1]]],
    ]);
    let refundable = '';
    await walkDays(db, scenario, '2027-01-04', '2027-12-31', async (day) => {
      for (const [amount, installments] of purchases.get(day) ?? []) {
        const { chargeUuid } = await buy(scenario, day, amount, installments);
        if (day === '2027-06-01') refundable = chargeUuid;
      }
      if (day === '2027-06-10') await refund(scenario, day, refundable, '300.00');
      const payment = payOn.get(day);
      if (payment) {
        await paySlip(db, scenario, day, payment.closing, payment.amount);
        payments[payment.closing] = payment.amount ?? 'full';
      }
    });

    const january = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-01-15');
    expect(january).toMatchObject({ status: 'paid', dueDate: '2027-01-25', totalMinor: 1_200_00n, paidMinor: 1_200_00n });
    expect(january.items.map((item) => [item.itemType, item.amountMinor, item.installmentNumber])).toEqual([
      ['purchase', 1_000_00n, 1],
      ['purchase', 200_00n, 1],
    ]);

    // February: 200.00 (installment 2/3) + 500.00 = 700.00, paid 300.00 on the due date (25 Feb).
    // The 400.00 left moves to March (due 25 Mar, 28 days later):
    //   fine     = 400.00 × 2%            = 8.00
    //   interest = 400.00 × 2% × 28 / 30  = 7.4666… → 7.47
    const february = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-02-15');
    expect(february).toMatchObject({ status: 'overdue', totalMinor: 700_00n, paidMinor: 300_00n, carriedMinor: 400_00n, bankSlipStatus: 'paid' });
    const march = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-03-15');
    expect(february.carriedToInvoiceKey).toBe(march.invoiceKey);
    expect(march.items.map((item) => [item.itemType, item.chargedTo, item.amountMinor])).toEqual([
      ['purchase', 'postpaid_credit_limit', 200_00n],
      ['balance_carried', 'postpaid_credit_limit', 400_00n],
      ['late_fine', 'late_charges', 8_00n],
      ['late_interest', 'late_charges', 7_47n],
    ]);

    // March: 200.00 + 400.00 + 8.00 + 7.47 = 615.47, not paid at all. It moves to April (due 26
    // Apr: the 25th is a Sunday), 32 days after 25 Mar:
    //   fine     = 615.47 × 2%            = 12.3094 → 12.31
    //   interest = 615.47 × 2% × 32 / 30  = 13.1300… → 13.13
    expect(march).toMatchObject({ status: 'overdue', totalMinor: 615_47n, paidMinor: 0n, carriedMinor: 615_47n, bankSlipStatus: 'expired' });
    const april = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-04-15');
    expect(april.dueDate).toBe('2027-04-26');
    expect(april.items.map((item) => [item.itemType, item.chargedTo, item.amountMinor])).toEqual([
      ['balance_carried', 'late_charges', 15_47n],
      ['balance_carried', 'postpaid_credit_limit', 600_00n],
      ['late_fine', 'late_charges', 12_31n],
      ['late_interest', 'late_charges', 13_13n],
    ]);
    // April: 640.91, paid in full. The late charges (15.47 + 12.31 + 13.13 = 40.91) are paid first.
    expect(april).toMatchObject({ status: 'paid', totalMinor: 640_91n, paidMinor: 640_91n });
    expect(april.payments).toEqual([
      expect.objectContaining({ paymentType: 'bank_slip', status: 'paid', totalMinor: 640_91n, paidMinor: 640_91n, lateChargesMinor: 40_91n, postpaidMinor: 600_00n }),
    ]);

    // June: 300.00 + 100.00, and the 300.00 refunded on the 10th is a credit on the same invoice.
    const june = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-06-15');
    expect(june).toMatchObject({ status: 'paid', totalMinor: 100_00n });
    expect(june.items.map((item) => [item.itemType, item.amountMinor])).toEqual([
      ['purchase', 300_00n],
      ['purchase', 100_00n],
      ['refund', -300_00n],
    ]);

    // August had nothing to pay: closed to zero at once, no slip.
    const august = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-08-15');
    expect(august).toMatchObject({ status: 'paid', totalMinor: 0n, bankSlipBarcode: null });

    const all = await invoicesOf(db, scenario.issuer.walletKey);
    expect(all.map((row) => [row.closingDate, row.status])).toEqual([
      ['2027-01-15', 'paid'],
      ['2027-02-15', 'overdue'],
      ['2027-03-15', 'overdue'],
      ['2027-04-15', 'paid'],
      ['2027-05-15', 'paid'],
      ['2027-06-15', 'paid'],
      ['2027-07-15', 'paid'],
      ['2027-08-15', 'paid'],
      ['2027-09-15', 'paid'],
      ['2027-10-15', 'paid'],
      ['2027-11-15', 'paid'],
      ['2027-12-15', 'paid'],
      ['2028-01-15', 'opened'],
    ]);

    // Everything bought was paid: the whole limit is back, nothing is owed, and the fines and
    // interest are the platform's revenue.
    expect(await balanceOf(db, scenario, 'credit_available')).toBe(LIMIT);
    expect(await balanceOf(db, scenario, 'late_charges')).toBe(0n);
    expect(await balanceOf(db, scenario, 'interest_revenue', 'platform')).toBe(40_91n);
    const paidIn = all.reduce((sum, row) => sum + row.paidMinor, 0n);
    expect(paidIn).toBe(1_000_00n + 600_00n + 500_00n + 40_91n + 100_00n * 7n);
    expect(await balanceOf(db, scenario, 'boleto_clearing', 'platform')).toBe(-paidIn);
    expect(await cardUsed(db, scenario)).toBe(0n);
    await expectLedgerIntact(db, scenario.issuer.entityUuid);
  });
});

describe('twelve months of a rule-based configuration (closing on the last Friday, due on the first Monday after, 2% fine, 1.5% a month)', () => {
  const invoiceConfiguration = {
    closing_date_configuration: { type: 'rule_based', rule: { day_of_week: 'friday', occurrence: 'last', fallback_strategy: 'previous_business_day' } },
    due_date_configuration: { type: 'rule_based', offset_months: 1, rule: { day_of_week: 'monday', occurrence: 'first', fallback_strategy: 'next_business_day' } },
    invoice_payment_type: 'bank_slip',
    interest_base: 'calendar_days',
    monthly_interest_percentage: '1.5',
    fine_percentage: '2.0',
  };

  it('follows the banking calendar, carries a partial and a late payment, and gives the limit back exactly', async () => {
    const scenario = await invoiceScenario(db, '2027-01-02', { invoiceConfiguration });
    await walkDays(db, scenario, '2027-01-02', '2028-01-04', async (day) => {
      if (day.endsWith('-03') && day < '2028-01-01') await buy(scenario, day, '250.00');
      // Each invoice is paid on its due date: in full, except March's (100.00 of it) and July's (not at all).
      const due = (await invoicesOf(db, scenario.issuer.walletKey)).find((row) => row.status === 'closed' && row.dueDate === day);
      if (!due) return;
      if (due.closingDate === '2027-03-25') await paySlip(db, scenario, day, due.closingDate, 100_00n);
      else if (due.closingDate !== '2027-07-30') await paySlip(db, scenario, day, due.closingDate);
    });

    const all = await invoicesOf(db, scenario.issuer.walletKey);
    // The last Friday of March 2027 is Good Friday: that closing moves to Thursday the 25th.
    expect(all.map((row) => [row.closingDate, row.dueDate, row.status])).toEqual([
      ['2027-01-29', '2027-02-01', 'paid'],
      ['2027-02-26', '2027-03-01', 'paid'],
      ['2027-03-25', '2027-04-05', 'overdue'],
      ['2027-04-30', '2027-05-03', 'paid'],
      ['2027-05-28', '2027-06-07', 'paid'],
      ['2027-06-25', '2027-07-05', 'paid'],
      ['2027-07-30', '2027-08-02', 'overdue'],
      ['2027-08-27', '2027-09-06', 'paid'],
      ['2027-09-24', '2027-10-04', 'paid'],
      ['2027-10-29', '2027-11-01', 'paid'],
      ['2027-11-26', '2027-12-06', 'paid'],
      ['2027-12-31', '2028-01-03', 'paid'],
      ['2028-01-28', '2028-02-07', 'opened'],
    ]);

    // March: 250.00, paid 100.00. The 150.00 left moves to April (due 3 May, 28 days after 5 Apr):
    //   fine     = 150.00 × 2%              = 3.00
    //   interest = 150.00 × 1.5% × 28 / 30  = 2.10
    const april = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-04-30');
    expect(april.items.map((item) => [item.itemType, item.amountMinor])).toEqual([
      ['purchase', 250_00n],
      ['balance_carried', 150_00n],
      ['late_fine', 3_00n],
      ['late_interest', 2_10n],
    ]);
    expect(april).toMatchObject({ totalMinor: 405_10n, paidMinor: 405_10n });

    // July: 250.00, not paid. It moves to August (due 6 Sep, 35 days after 2 Aug):
    //   fine     = 250.00 × 2%              = 5.00
    //   interest = 250.00 × 1.5% × 35 / 30  = 4.375 → 4.38 (half up)
    const august = await invoiceClosingOn(db, scenario.issuer.walletKey, '2027-08-27');
    // (It expired at the start of 3 August, before that day's purchase.)
    expect(august.items.map((item) => [item.itemType, item.amountMinor])).toEqual([
      ['balance_carried', 250_00n],
      ['late_fine', 5_00n],
      ['late_interest', 4_38n],
      ['purchase', 250_00n],
    ]);
    expect(august).toMatchObject({ totalMinor: 509_38n, paidMinor: 509_38n });

    expect(await balanceOf(db, scenario, 'credit_available')).toBe(LIMIT);
    expect(await balanceOf(db, scenario, 'late_charges')).toBe(0n);
    expect(await balanceOf(db, scenario, 'interest_revenue', 'platform')).toBe(3_00n + 2_10n + 5_00n + 4_38n);
    expect(await cardUsed(db, scenario)).toBe(0n);
    await expectLedgerIntact(db, scenario.issuer.entityUuid);
  });
});
