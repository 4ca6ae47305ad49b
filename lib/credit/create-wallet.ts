import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { creditWallet, person, wallet, walletLimit, type LimitType } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { recordAudit } from '@/lib/audit/record';
import { assertInvoiceConfiguration } from '@/lib/credit/invoice-configuration';
import { commonErrors } from '@/lib/errors/common';
import { representativeDocumentProblems, type Owner } from '@/lib/persons/schemas';
import { isUniqueViolation } from '@/db/unique-violation';
import { isAppError } from '@/lib/errors/app-error';
import { walletCreated } from '@/lib/wallets/events';
import { claimWalletSlot } from '@/lib/wallets/pool';
import { recordEvent } from '@/lib/webhooks/outbox';
import { creditErrors } from './errors';
import { openFirstInvoice } from '@/lib/invoices/cycle';
import { moveLimit } from './limit-ledger';
import type { InvoiceConfiguration, PayrollInvoiceConfiguration } from '@/lib/credit/invoice-configuration';
import type { Money } from '@/lib/money/money';

/**
 * What a new credit wallet is, in the service's own terms; each door translates its wire shape.
 * The owner and the invoice configuration stay value objects in the provider's field names: they
 * are stored and shown as the merchant submitted them.
 */
export interface NewCreditWallet {
  requestControlKey: string;
  walletType: 'default' | 'payroll';
  /** The owner to analyse (the wallet waits for KYC), or an approved person's key (it is active at once). */
  owner: Owner | null;
  personKey: string | null;
  invoiceConfiguration: InvoiceConfiguration | PayrollInvoiceConfiguration;
  limits: { postpaidCreditLimit: Money; payrollWithdrawLimit?: Money };
}

const LIMIT_TYPES = { postpaidCreditLimit: 'postpaid_credit_limit', payrollWithdrawLimit: 'payroll_withdraw_limit' } as const satisfies Record<
  keyof NewCreditWallet['limits'],
  LimitType
>;

export interface CreatedCreditWallet {
  walletKey: string;
  ownerPersonKey: string | null;
  status: 'pending_analysis' | 'active';
}

/**
 * Seed 002: opens a credit wallet. With `owner` the wallet waits for KYC (pending_analysis, no
 * person yet); with the `person_key` of an approved person it is active at once. The database
 * arbitrates the two uniqueness rules, so racing requests cannot both win: one request_control_key
 * per account (CIN000099) and one open wallet per owner document and wallet type (CIN000043). A
 * pending wallet counts as open, since two KYC applications for one owner would end as two active
 * wallets; a payroll wallet is a separate product, so an owner may hold one of each type, which is
 * also how an approved person_key opens its second wallet. Each limit is granted in the ledger at
 * once (lib/credit/limit-ledger.ts); a rejection takes it back. The account must have contracted
 * credit wallets (403 WLT000014) with room under its quota (422 WLT000015); a pending wallet takes
 * its slot, a rejected one gives it back.
 */
export async function createCreditWallet(db: Db, caller: Caller, input: NewCreditWallet): Promise<CreatedCreditWallet> {
  if (caller.walletUuid) {
    throw commonErrors.forbidden(
      'Wallet-level credentials cannot open wallets',
      'Credenciais de carteira não podem abrir carteiras',
    );
  }
  assertInvoiceConfiguration(input.invoiceConfiguration);
  if (input.owner) {
    const badSigners = representativeDocumentProblems(input.owner);
    if (badSigners.length) throw creditErrors.invalidSignerDocument(badSigners);
  }

  try {
    return await db.transaction(async (tx) => {
      await claimWalletSlot(tx, caller.entityUuid, 'credit');
      const owner = input.owner ?? (await approvedPerson(tx, caller, input.personKey!));
      const ownerPersonKey = input.owner ? null : input.personKey!;
      const status = ownerPersonKey ? 'active' : 'pending_analysis';
      const documentNumber = 'document_number' in owner ? owner.document_number : owner.documentNumber;

      const [created] = await tx
        .insert(wallet)
        .values({ entityUuid: caller.entityUuid, kind: 'credit', currency: 'BRL', status, name: owner.name, email: owner.email })
        .returning({ walletUuid: wallet.walletUuid });
      const walletKey = created!.walletUuid;
      await tx.insert(creditWallet).values({
        walletUuid: walletKey,
        entityUuid: caller.entityUuid,
        requestControlKey: input.requestControlKey,
        walletType: input.walletType,
        ownerPersonKey,
        ownerDocumentNumber: documentNumber,
        ownerSubmission: input.owner,
        invoiceConfiguration: input.invoiceConfiguration,
      });
      // Claimed in a second statement so a repeated request_control_key is always reported as
      // such (CIN000099), even when the repeat is for the same owner and both indexes would object.
      await tx.update(creditWallet).set({ ownerClaim: documentNumber }).where(eq(creditWallet.walletUuid, walletKey));
      const limits = await tx
        .insert(walletLimit)
        .values(
          (Object.keys(LIMIT_TYPES) as (keyof typeof LIMIT_TYPES)[]).flatMap((name) => {
            const amount = input.limits[name];
            return amount ? [{ entityUuid: caller.entityUuid, walletUuid: walletKey, limitType: LIMIT_TYPES[name], limitAmountMinor: amount.minor }] : [];
          }),
        )
        .returning();
      for (const limit of limits) {
        await moveLimit(tx, { entityUuid: caller.entityUuid, walletUuid: walletKey }, limit.limitType, limit.limitAmountMinor, {
          kind: 'credit_limit_granted',
          referenceId: limit.walletLimitKey,
          description: `Limit ${limit.limitType} granted`,
        });
      }
      // An active credit wallet always has its opened invoice, from the first purchase on.
      if (status === 'active') await openFirstInvoice(tx, walletKey);
      await recordAudit(tx, caller, {
        action: 'credit_wallet.created',
        subjectType: 'wallet',
        subjectId: walletKey,
        data: { request_control_key: input.requestControlKey, wallet_type: input.walletType, wallet_status: status },
      });
      await recordEvent(tx, caller.entityUuid, walletCreated, {
        subject: { type: 'wallet', id: walletKey },
        data: { wallet_uuid: walletKey, wallet_kind: 'credit', wallet_status: status, currency: 'BRL', owner_person_key: ownerPersonKey },
      });
      return { walletKey, ownerPersonKey, status };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'credit_wallet_request_control_key_unique')) throw creditErrors.requestControlKeyExists();
    if (isUniqueViolation(error, 'credit_wallet_owner_claim_unique')) throw creditErrors.activeWalletExists();
    // The product refusals in QI's codes, as the rest of this door answers.
    if (isAppError(error) && error.code === 'product_not_contracted') throw creditErrors.productNotContracted();
    if (isAppError(error) && error.code === 'product_quota_exceeded') throw creditErrors.productQuotaExceeded(Number(error.details.quota));
    throw error;
  }
}

/** Persons exist only once KYC approved them, so any person of the account will do. */
async function approvedPerson(tx: Tx, caller: Caller, personKey: string) {
  const [found] = await tx
    .select({ documentNumber: person.documentNumber, name: person.name, email: person.email })
    .from(person)
    .where(and(ownedBy(person, caller), eq(person.personKey, personKey)));
  if (!found) throw creditErrors.personNotFound(personKey);
  return found;
}
