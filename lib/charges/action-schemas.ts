import { z } from 'zod';
import { decimalText } from '@/lib/money/schemas';
import { cancelChargeSchema, captureChargeSchema, chargeParamsSchema, chargeWalletParamsSchema, refundChargeSchema } from './schemas';

// What the charge page's buttons send their server actions: the A55 route's path parameters and
// body in one object, parsed by the route's own schemas. Browser-safe.

/** Capture: the A55 capture body as it is (`amount` omitted: all that was authorized). */
export const captureChargeActionSchema = captureChargeSchema;
export const refundChargeActionSchema = chargeWalletParamsSchema.extend(refundChargeSchema.shape);
export const cancelChargeActionSchema = chargeWalletParamsSchema.extend(cancelChargeSchema.shape);

/** Sandbox: the payer pays a Pix or boleto; `amount` pays a boleto short or over (the sandbox pay route's body). */
export const simulatePaymentActionSchema = chargeParamsSchema.extend({ amount: decimalText.optional() });

export type CaptureChargeActionInput = z.input<typeof captureChargeActionSchema>;
export type RefundChargeActionInput = z.input<typeof refundChargeActionSchema>;
export type CancelChargeActionInput = z.input<typeof cancelChargeActionSchema>;
export type SimulatePaymentActionInput = z.input<typeof simulatePaymentActionSchema>;
