import { z } from 'zod';
import { LIMIT_TYPES } from '@/db/schema/credit';
import { WALLET_STATUSES } from '@/db/schema/wallets';
import { exactDecimal } from '@/lib/openapi/shared';
import { qiPaginationSchema } from '@/lib/pagination/keyset';
import { creditInvoiceConfigurationSchema, creditPayrollInvoiceConfigurationSchema } from './schemas';

/** The QI answers of seeds 002 and 004, which ./wire.ts builds and the document shows. */

const uuid = (description: string) => z.uuid().meta({ description, example: '8cb70dea-9fb0-4a68-9572-99a72849c8d6' });
const amount = (description: string) => exactDecimal({ description, example: 5000.0 });

export const createdCreditWalletSchema = z
  .object({
    wallet_key: uuid('The new wallet'),
    owner_person_key: uuid('The owner; null until KYC approves a wallet opened with `owner`').nullable(),
    wallet_status: z.enum(['pending_analysis', 'active']),
  })
  .meta({ id: 'CreditWalletCreated' });

export const walletLimitSchema = z
  .object({
    wallet_limit_key: uuid('The limit'),
    limit_type: z.enum(LIMIT_TYPES),
    limit_amount: amount('Total limit'),
    used_limit: amount('Used part of the limit'),
  })
  .meta({ id: 'WalletLimit' });

const walletSummary = {
  request_control_key: uuid('The client key the wallet was created with'),
  wallet_key: uuid('The wallet'),
  owner_person_key: uuid('The owner; null while the wallet waits for KYC').nullable(),
  owner_document_number: z.string().meta({ description: 'CPF or CNPJ of the owner', example: '12345678909' }),
  invoice_configuration: z.union([creditInvoiceConfigurationSchema, creditPayrollInvoiceConfigurationSchema]),
  wallet_status: z.enum(WALLET_STATUSES),
  wallet_type: z.enum(['default', 'payroll']),
};
const createdAt = z.string().meta({ description: 'Creation time, ISO 8601 UTC', example: '2024-01-15T10:30:00Z' });

export const creditWalletSchema = z
  .object({ ...walletSummary, wallet_limits: z.array(walletLimitSchema), created_at: createdAt })
  .meta({ id: 'CreditWallet' });

export const creditWalletSummarySchema = z.object({ ...walletSummary, created_at: createdAt }).meta({ id: 'CreditWalletSummary' });

export const creditWalletListSchema = z
  .object({
    data: z.array(creditWalletSummarySchema),
    pagination: qiPaginationSchema,
  })
  .meta({ id: 'CreditWalletList' });
