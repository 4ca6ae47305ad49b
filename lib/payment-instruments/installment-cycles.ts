import { addDays, type IsoDate } from '@/lib/banking-calendar';
import { upcomingInvoiceDates, type InvoiceDateRules } from '@/lib/credit/invoice-configuration';

export interface InstallmentLine {
  installmentNumber: number;
  amountMinor: bigint;
  closingDate: IsoDate;
  dueDate: IsoDate;
}

/**
 * Splits a purchase into its installments and places each on the invoice of its cycle: the first
 * on the next invoice to close after the purchase day, each further one a cycle later. A purchase
 * on the closing day itself goes to the next invoice (the closing day is the cut-off, as Brazilian
 * card invoices print it: "melhor dia de compra"). The centavos that do not divide evenly go to
 * the first installment, so the installments always add up to the purchase exactly.
 */
export function installmentLines(rules: InvoiceDateRules, purchasedOn: IsoDate, amountMinor: bigint, installmentCount: number): InstallmentLine[] {
  if (!Number.isInteger(installmentCount) || installmentCount < 1) throw new RangeError(`installment count must be a positive integer, got ${installmentCount}`);
  if (amountMinor <= 0n) throw new RangeError('a purchase amount is positive');
  const count = BigInt(installmentCount);
  const each = amountMinor / count;
  const remainder = amountMinor - each * count;
  return upcomingInvoiceDates(rules, addDays(purchasedOn, 1), installmentCount).map((cycle, index) => ({
    installmentNumber: index + 1,
    amountMinor: index === 0 ? each + remainder : each,
    closingDate: cycle.closingDate,
    dueDate: cycle.dueDate,
  }));
}

/** The invoice a one-off line (a refund's credit, a wallet entry) made on `on` lands on. */
export function currentCycle(rules: InvoiceDateRules, on: IsoDate): { closingDate: IsoDate; dueDate: IsoDate } {
  const [cycle] = upcomingInvoiceDates(rules, addDays(on, 1), 1);
  return { closingDate: cycle!.closingDate, dueDate: cycle!.dueDate };
}
