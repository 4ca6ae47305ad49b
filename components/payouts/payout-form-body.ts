import { toCanonicalDecimal } from '@/components/ui/locale-decimal';
import { createPayoutSchema } from '@/lib/payouts/schemas';
import type { PixKeyType } from '@/lib/payouts/destinations';

/**
 * The dashboard's payout request in the merchant's words, and the API's create body (reference
 * A.7) made of it. The body is kept as JSON text (the amount a decimal string, never a float or a
 * bigint) because it crosses to the server action as it is; the action parses it with the same
 * shared schema. Browser-safe.
 */

export interface PayoutFormValues {
  wallet_uuid: string;
  pix_address_key_type: PixKeyType;
  pix_address_key: string;
  beneficiary_name: string;
  value: string;
  description: string;
  schedule_date: string;
}

export interface PayoutRequestBody {
  wallet_uuid: string;
  type_payout: 'pix';
  value: string;
  description: string;
  schedule_date?: string;
  pix_destination: { pix_address_key: string; pix_address_key_type: PixKeyType; beneficiary_name?: string };
}

export function toPayoutBody(values: PayoutFormValues, locale: string): PayoutRequestBody {
  const name = values.beneficiary_name.trim();
  return {
    wallet_uuid: values.wallet_uuid,
    type_payout: 'pix',
    value: toCanonicalDecimal(values.value, locale),
    description: values.description,
    ...(values.schedule_date ? { schedule_date: values.schedule_date } : {}),
    pix_destination: { pix_address_key: values.pix_address_key, pix_address_key_type: values.pix_address_key_type, ...(name ? { beneficiary_name: name } : {}) },
  };
}

/** The form field that shows a problem at a body path (the schema's or the action's); the wallet decides currency and merchant. */
export function payoutFieldOf(path: string): keyof PayoutFormValues | undefined {
  const field = path.replace(/^pix_destination\.?/, '');
  if (path === 'pix_destination') return 'pix_address_key';
  if (path === 'currency' || path === 'merchant_id') return 'wallet_uuid';
  const known: (keyof PayoutFormValues)[] = ['wallet_uuid', 'pix_address_key_type', 'pix_address_key', 'beneficiary_name', 'value', 'description', 'schedule_date'];
  return known.find((name) => name === field);
}

/** The shared schema's verdict on a body: each problem on its form field (the first one per field). */
export function payoutProblems(body: PayoutRequestBody): Partial<Record<keyof PayoutFormValues, string>> {
  const parsed = createPayoutSchema.safeParse(body);
  if (parsed.success) return {};
  const problems: Partial<Record<keyof PayoutFormValues, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = payoutFieldOf(issue.path.join('.'));
    if (field && !problems[field]) problems[field] = issue.message;
  }
  return problems;
}
