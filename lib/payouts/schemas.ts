import { z } from 'zod';
import { PAYOUT_TYPES } from '@/db/schema/payouts';
import { amountMinor } from '@/lib/money/schemas';
import { bankDestinationSchema, pixDestinationSchema } from './destinations';

/**
 * Reference A.7's create body. `value` is read exactly (never a float) in centavos: payouts leave
 * BRL wallets only (Pix, TED and bank transfers are Brazilian rails). The destination object the
 * rail needs is required: `pix_destination` for `pix`, `bank_destination` for `ted` and
 * `bank_transfer`.
 */
export const createPayoutSchema = z
  .object({
    wallet_uuid: z.uuid(),
    type_payout: z.enum(PAYOUT_TYPES, { error: `One of ${PAYOUT_TYPES.join(', ')} (spei and cash_pickup are not offered)` }),
    value: amountMinor(2, { positive: true }),
    description: z.string().trim().min(1).max(140),
    currency: z.string().trim().toUpperCase().length(3).optional(),
    merchant_id: z.uuid().optional(),
    transaction_reference: z.string().trim().min(1).max(100).optional(),
    schedule_date: z.iso.date({ error: 'A date as YYYY-MM-DD' }).optional(),
    webhook_url: z.url({ protocol: /^https?$/, message: 'An http(s) URL' }).max(2000).optional(),
    pix_destination: pixDestinationSchema.optional(),
    bank_destination: bankDestinationSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const [wanted, other] = body.type_payout === 'pix' ? (['pix_destination', 'bank_destination'] as const) : (['bank_destination', 'pix_destination'] as const);
    if (!body[wanted]) ctx.addIssue({ code: 'custom', path: [wanted], message: `Required for a ${body.type_payout} payout` });
    // A destination the rail does not use is a mistake to point out, not data to drop.
    if (body[other]) ctx.addIssue({ code: 'custom', path: [other], message: `Not used by a ${body.type_payout} payout; send ${wanted}` });
  })
  .meta({ id: 'CreatePayoutRequest' });

export type CreatePayoutBody = z.output<typeof createPayoutSchema>;
