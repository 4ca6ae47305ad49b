import { z } from 'zod';
import { invoiceConfigurationSchema, payrollInvoiceConfigurationSchema } from '@/lib/credit/invoice-configuration';
import { amountMinor } from '@/lib/money/schemas';
import { legalPersonSchema, naturalPersonSchema } from '@/lib/persons/schemas';

/**
 * The QI credit-wallet shapes (seeds 002 and 004, reference B.3 and B.4), shared by the API
 * routes, the dashboard wizard (react-hook-form resolver), its server action and the OpenAPI
 * document. Client-safe: nothing here touches the database.
 */

const BRL_DIGITS = 2;
const requestControlKey = z.uuidv4('Expected a UUID v4');

// Seed 002's English example nests request_control_key inside `owner`; its parameter table puts
// it at the top level. Both are accepted (see createCreditWalletSchema).
const ownerSchema = z.discriminatedUnion('person_type', [
  naturalPersonSchema.extend({ request_control_key: requestControlKey.optional() }).meta({ id: 'CreditWalletNaturalOwner' }),
  legalPersonSchema.extend({ request_control_key: requestControlKey.optional() }).meta({ id: 'CreditWalletLegalOwner' }),
]);

export const creditInvoiceConfigurationSchema = invoiceConfigurationSchema.meta({ id: 'InvoiceConfiguration' });
export const creditPayrollInvoiceConfigurationSchema = payrollInvoiceConfigurationSchema.meta({ id: 'PayrollInvoiceConfiguration' });

const common = {
  request_control_key: requestControlKey.optional(),
  owner: ownerSchema.optional(),
  person_key: z.uuidv4('Expected a UUID v4').optional(),
};

const defaultWalletSchema = z.object({
  ...common,
  wallet_type: z.literal('default').default('default'),
  invoice_configuration: creditInvoiceConfigurationSchema,
  limits: z.object({ postpaid_credit_limit: amountMinor(BRL_DIGITS) }),
}).meta({ id: 'CreateDefaultCreditWalletRequest' });

/** Payroll wallets (seed 004) add a payroll withdrawal limit and carry no interest fields. */
const payrollWalletSchema = z.object({
  ...common,
  wallet_type: z.literal('payroll'),
  invoice_configuration: creditPayrollInvoiceConfigurationSchema,
  limits: z.object({
    postpaid_credit_limit: amountMinor(BRL_DIGITS),
    payroll_withdraw_limit: amountMinor(BRL_DIGITS),
  }),
}).meta({ id: 'CreatePayrollCreditWalletRequest' });

export const createCreditWalletSchema = z
  .discriminatedUnion('wallet_type', [defaultWalletSchema, payrollWalletSchema], {
    error: 'Wallet type must be default or payroll',
  })
  .superRefine(
    (parsed, ctx) => {
      // Also runs when other fields failed (see `when`), so `parsed` may be the raw input: read loosely.
      const body = parsed as { owner?: { request_control_key?: unknown }; person_key?: unknown; request_control_key?: unknown };
      if (body.owner && body.person_key) {
        ctx.addIssue({ code: 'custom', path: ['person_key'], message: 'Send either owner or person_key, not both' });
      } else if (!body.owner && !body.person_key) {
        ctx.addIssue({ code: 'custom', path: ['owner'], message: 'Send owner or person_key' });
      }
      const nested = body.owner?.request_control_key;
      if (!body.request_control_key && !nested) {
        ctx.addIssue({ code: 'custom', path: ['request_control_key'], message: 'Required' });
      } else if (body.request_control_key && nested && nested !== body.request_control_key) {
        ctx.addIssue({
          code: 'custom',
          path: ['owner', 'request_control_key'],
          message: 'Differs from the top-level request_control_key',
        });
      }
    },
    // QIT000001 names every bad field at once, these included, even when others failed too.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .transform(({ owner, ...body }) => {
    if (!owner) return { ...body, owner, request_control_key: body.request_control_key! };
    const { request_control_key: nested, ...rest } = owner;
    return { ...body, owner: rest, request_control_key: (body.request_control_key ?? nested)! };
  });

export type CreateCreditWalletInput = z.input<typeof createCreditWalletSchema>;
export type CreateCreditWallet = z.output<typeof createCreditWalletSchema>;

export const walletLimitUpdateSchema = z.object({ limit_amount: amountMinor(BRL_DIGITS) });
export type WalletLimitUpdateInput = z.input<typeof walletLimitUpdateSchema>;
