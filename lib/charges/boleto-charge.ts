import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { boletoBeneficiary } from '@/db/schema';
import { addDays, todayInBrazil } from '@/lib/banking-calendar/plain-date';
import { now } from '@/lib/clock';
import { buildBoleto, freeField, MAX_BOLETO_AMOUNT_MINOR, SANDBOX_BANK_CODE } from '@/lib/boleto/barcode';
import { formatMinor } from '@/lib/money/decimal';
import { chargeErrors } from './errors';

/** The platform's agency at its (sandbox) bank; each account is a beneficiary account there. */
export const BOLETO_AGENCY = '0001';
/** Days to the due date when the charge names none (A.3: "default expiry 3 days"). */
export const DEFAULT_BOLETO_DAYS = 3;

export function defaultBoletoDueDate(): string {
  return addDays(todayInBrazil(now()), DEFAULT_BOLETO_DAYS);
}

/**
 * What a new boleto carries: the account's next "nosso número" (sequential per account, taken
 * under its beneficiary row's lock, never reused) in the free field with the account's
 * beneficiary number, the due-date factor and the amount, as a 44-digit barcode. An unpaid boleto
 * is canceled when its due day ends in Brasília (UTC−3 all year since 2019).
 */
export async function boletoFields(db: DbOrTx, input: { entityUuid: string; dueDate: string; amountMinor: bigint }) {
  if (input.amountMinor > MAX_BOLETO_AMOUNT_MINOR) throw chargeErrors.amountInvalid(`A boleto is at most ${formatMinor(MAX_BOLETO_AMOUNT_MINOR, 2)}`);
  if (input.dueDate < todayInBrazil(now())) throw chargeErrors.dueDateInPast();
  await db.insert(boletoBeneficiary).values({ entityUuid: input.entityUuid }).onConflictDoNothing();
  const [taken] = await db
    .update(boletoBeneficiary)
    .set({ lastOurNumber: sql`${boletoBeneficiary.lastOurNumber} + 1` })
    .where(eq(boletoBeneficiary.entityUuid, input.entityUuid))
    .returning({ accountNumber: boletoBeneficiary.accountNumber, ourNumber: boletoBeneficiary.lastOurNumber });
  const boleto = buildBoleto({
    bankCode: SANDBOX_BANK_CODE,
    dueDate: input.dueDate,
    amountMinor: input.amountMinor,
    freeField: freeField({ agency: BOLETO_AGENCY, account: String(taken!.accountNumber), ourNumber: taken!.ourNumber }),
  });
  return {
    boletoBarcode: boleto.barcode,
    boletoOurNumber: taken!.ourNumber,
    expiresAt: new Date(`${input.dueDate}T23:59:59.999-03:00`),
  };
}
