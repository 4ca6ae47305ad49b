'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { cancelChargeActionSchema, captureChargeActionSchema, refundChargeActionSchema, simulatePaymentActionSchema } from '@/lib/charges/action-schemas';
import { cancelCharge } from '@/lib/charges/cancel';
import { captureCharge } from '@/lib/charges/capture';
import { createCharge } from '@/lib/charges/create';
import { chargeErrors } from '@/lib/charges/errors';
import { refundCharge } from '@/lib/charges/refund';
import { simulatePayment } from '@/lib/charges/sandbox-payments';
import { newChargeFormSchema, toCreateChargeBody } from '@/lib/charges/virtual-terminal';
import { now } from '@/lib/clock';
import { isProductionApp } from '@/lib/env';

const CHARGES = '/dashboard/charges';

/**
 * "New charge" (the virtual terminal): the same service as `POST /api/v1/bank/wallet/charge/`.
 * The card goes to the acquirer and no further: the answer names the charge and its status only,
 * and the idempotency store keeps that answer and an HMAC of the input, never the input.
 */
export async function createChargeAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'payments.manage',
    newChargeFormSchema,
    input,
    async ({ db, caller, input }) => {
      const created = await createCharge(db, caller, toCreateChargeBody(input, now().toISOString().slice(0, 10)));
      revalidatePath(CHARGES);
      return { chargeUuid: created.chargeUuid, status: created.status };
    },
    { idempotency: { action: 'charges.create', key: idempotencyKey } },
  );
}

export async function captureChargeAction(input: unknown) {
  return runAction('payments.manage', captureChargeActionSchema, input, async ({ db, caller, input }) => {
    const captured = await captureCharge(db, caller, { chargeUuid: input.charge_uuid, walletUuid: input.wallet_uuid, amount: input.amount });
    revalidatePath(CHARGES, 'layout');
    return { status: captured.status };
  });
}

export async function cancelChargeAction(input: unknown) {
  return runAction('payments.manage', cancelChargeActionSchema, input, async ({ db, caller, input }) => {
    const canceled = await cancelCharge(db, caller, { chargeUuid: input.charge_uuid, walletUuid: input.wallet_uuid, reason: input.reason });
    revalidatePath(CHARGES, 'layout');
    return { status: canceled.status };
  });
}

export async function refundChargeAction(input: unknown) {
  return runAction('payments.manage', refundChargeActionSchema, input, async ({ db, caller, input }) => {
    const refunded = await refundCharge(db, caller, { chargeUuid: input.charge_uuid, walletUuid: input.wallet_uuid, amount: input.amount, reason: input.reason });
    revalidatePath(CHARGES, 'layout');
    return { status: refunded.status };
  });
}

/** Sandbox (never in production): the payer pays a Pix or boleto, through the same entry point a provider's notification uses. */
export async function simulatePaymentAction(input: unknown) {
  return runAction('payments.manage', simulatePaymentActionSchema, input, async ({ db, caller, input }) => {
    if (isProductionApp()) throw chargeErrors.productionSandbox();
    const paid = await simulatePayment(db, caller, { chargeUuid: input.charge_uuid, amount: input.amount });
    revalidatePath(CHARGES, 'layout');
    return { status: paid.status };
  });
}
