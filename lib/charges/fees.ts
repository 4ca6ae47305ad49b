/**
 * Fee arithmetic on integers of minor units. A fee is `percent_bps` basis points of the gross,
 * rounded half up to the minor unit, plus a fixed part, never more than the gross.
 */
export interface Pricing {
  percentBps: number;
  fixedMinor: bigint;
}

export function feeFor(pricing: Pricing, grossMinor: bigint): bigint {
  const percent = (grossMinor * BigInt(pricing.percentBps) + 5_000n) / 10_000n;
  const fee = percent + pricing.fixedMinor;
  return fee > grossMinor ? grossMinor : fee;
}

/**
 * The part of the fee a refund gives back: the fee is returned in proportion to what has been
 * refunded so far, computed on the running total so the parts of several partial refunds add up
 * to exactly the whole fee when everything is refunded (no centavo lost to rounding).
 */
export function feeReturnedBy(input: { feeMinor: bigint; capturedMinor: bigint; refundedBeforeMinor: bigint; feeReturnedBeforeMinor: bigint; refundMinor: bigint }): bigint {
  if (input.capturedMinor === 0n) return 0n;
  const target = (input.feeMinor * (input.refundedBeforeMinor + input.refundMinor)) / input.capturedMinor;
  return target - input.feeReturnedBeforeMinor;
}
