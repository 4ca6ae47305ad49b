import type { ChargedTo } from '@/db/schema';

/**
 * What an invoice owes, split by the ledger account each part settles (an item's `charged_to`).
 * A payment pays the late charges first (DESIGN §2.1), then the limits in this order; whatever it
 * pays of a limit is given back to that limit.
 */
export type Buckets = Record<ChargedTo, bigint>;

export const PAYMENT_ORDER: readonly ChargedTo[] = ['late_charges', 'postpaid_credit_limit', 'payroll_withdraw_limit'];

export const emptyBuckets = (): Buckets => ({ late_charges: 0n, postpaid_credit_limit: 0n, payroll_withdraw_limit: 0n });

export function sumBuckets(buckets: Buckets): bigint {
  return PAYMENT_ORDER.reduce((sum, key) => sum + buckets[key], 0n);
}

export function addToBucket(buckets: Buckets, key: ChargedTo, amountMinor: bigint): Buckets {
  return { ...buckets, [key]: buckets[key] + amountMinor };
}

/** Splits a payment of at most what is owed across the buckets, late charges first. */
export function allocatePayment(owed: Buckets, amountMinor: bigint): Buckets {
  if (amountMinor <= 0n || amountMinor > sumBuckets(owed)) throw new RangeError(`a payment is more than zero and at most what is owed (${sumBuckets(owed)}), got ${amountMinor}`);
  let left = amountMinor;
  const paid = emptyBuckets();
  for (const key of PAYMENT_ORDER) {
    const part = owed[key] < left ? owed[key] : left;
    paid[key] = part;
    left -= part;
  }
  return paid;
}

/** What remains of `owed` after `paid`, bucket by bucket. */
export function remainingAfter(owed: Buckets, paid: Buckets): Buckets {
  const left = emptyBuckets();
  for (const key of PAYMENT_ORDER) left[key] = owed[key] - paid[key];
  return left;
}

/**
 * A cycle whose refunds exceed its purchases leaves the card limit's bucket negative: the customer
 * has a credit. At closing that credit pays what else the invoice bills (late charges, then the
 * payroll withdrawals) before anything is asked of the customer; `applied` says how much went
 * where (each moves in the ledger from the card limit), `owed` what the slip asks for, and
 * `credit` what is left of the credit for the next invoice (zero or negative).
 */
export function applyCredit(items: Buckets): { owed: Buckets; applied: Buckets; credit: bigint } {
  const owed = { ...items };
  const applied = emptyBuckets();
  let credit = 0n;
  if (owed.postpaid_credit_limit < 0n) {
    let available = -owed.postpaid_credit_limit;
    owed.postpaid_credit_limit = 0n;
    for (const key of ['late_charges', 'payroll_withdraw_limit'] as const) {
      const part = owed[key] < available ? owed[key] : available;
      owed[key] -= part;
      applied[key] = part;
      available -= part;
    }
    credit = -available;
  }
  return { owed, applied, credit };
}
