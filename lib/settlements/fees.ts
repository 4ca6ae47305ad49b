/**
 * A.8 splits a charge's fee into `mdr_amount` (the percentage of the gross) and `processing_fee`
 * (the fixed part per charge). The charge keeps only the fee's total (`fee_minor`, fixed at
 * capture), so the split is recovered from the method's pricing: the fixed part first, at most the
 * whole fee (lib/charges/fees.ts caps a fee at the gross), the rest MDR. Exact whenever the
 * merchant's pricing did not change between capture and settlement (a day or so).
 */
export function splitFee(feeMinor: bigint, fixedMinor: bigint): { mdrMinor: bigint; processingFeeMinor: bigint } {
  const processingFeeMinor = fixedMinor < feeMinor ? fixedMinor : feeMinor;
  return { mdrMinor: feeMinor - processingFeeMinor, processingFeeMinor };
}
