'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { createPaymentLink } from '@/lib/payment-links/create';
import { deactivatePaymentLink } from '@/lib/payment-links/lifecycle';
import { paymentLinkFormSchema } from '@/lib/payment-links/link-form';
import { paymentLinkParamsSchema } from '@/lib/payment-links/schemas';

const LINKS = '/dashboard/payment-links';

/** "New payment link": the same body and service as `POST /api/v1/bank/wallet/payment-link/`. */
export async function createPaymentLinkAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'payments.manage',
    paymentLinkFormSchema,
    input,
    async ({ db, caller, input }) => {
      const link = await createPaymentLink(db, caller, input);
      revalidatePath(LINKS);
      return { paymentLinkUuid: link.paymentLinkUuid };
    },
    { idempotency: { action: 'payment-links.create', key: idempotencyKey } },
  );
}

export async function deactivatePaymentLinkAction(input: unknown) {
  return runAction('payments.manage', paymentLinkParamsSchema, input, async ({ db, caller, input }) => {
    const link = await deactivatePaymentLink(db, caller, input.payment_link_uuid);
    revalidatePath(LINKS, 'layout');
    return { status: link.status };
  });
}
