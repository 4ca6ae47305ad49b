import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { creditWallet, person, wallet } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ownedBy } from '@/lib/auth/scope';
import { isUuid } from '@/lib/credit/queries';
import { openFirstInvoice } from '@/lib/invoices/cycle';
import { commonErrors } from '@/lib/errors/common';
import type { Owner } from '@/lib/persons/schemas';
import { walletErrors } from '@/lib/wallets/errors';
import { recordEvent } from '@/lib/webhooks/outbox';
import { assertDecider, decidedByValue, describeDecidedBy, type KycDecider } from './decider';
import { kycApproved, kycRejected } from './events';
import { kycErrors } from './errors';
import { REASON_MAX, REASON_MIN } from './schemas';

export interface KycDecision {
  walletKey: string;
  entityUuid: string;
  status: 'active' | 'rejected';
  ownerPersonKey: string | null;
  reason: string | null;
  decidedAt: Date;
}

/**
 * The end of a pending credit wallet's KYC with approval (seed 002): the owner becomes a person
 * (or refreshes the account's existing person with that document, one person per document per
 * account), the wallet links to it (`owner_person_key`) and turns active. Audited and announced
 * (`wallet.kyc_approved`) in the same transaction.
 */
export async function approveKyc(db: DbOrTx, decider: KycDecider, walletKey: string): Promise<KycDecision> {
  return decide(db, decider, walletKey, async (tx, pending) => {
    const owner = pending.submission;
    const details = {
      personType: owner.person_type,
      name: owner.name,
      tradingName: owner.person_type === 'legal' ? owner.trading_name : null,
      birthdate: owner.person_type === 'natural' ? owner.birthdate : null,
      foundationDate: owner.person_type === 'legal' ? owner.foundation_date : null,
      email: owner.email,
      phone: owner.phone,
      address: owner.address,
      legalRepresentatives: owner.person_type === 'legal' ? owner.legal_representatives : null,
    };
    const [approved] = await tx
      .insert(person)
      .values({ entityUuid: pending.entityUuid, documentNumber: owner.document_number, ...details })
      .onConflictDoUpdate({ target: [person.entityUuid, person.documentNumber], set: { ...details, updatedAt: sql`now()` } })
      .returning({ personKey: person.personKey });
    return { status: 'active', ownerPersonKey: approved!.personKey, reason: null, creditWallet: { ownerPersonKey: approved!.personKey } };
  });
}

/**
 * Rejects a pending credit wallet with a reason the merchant and webhook receivers see. The owner's
 * claim on "one open wallet per owner and type" (CIN000043) is released, so the same owner may be
 * onboarded again.
 */
export async function rejectKyc(db: DbOrTx, decider: KycDecider, walletKey: string, reason: string): Promise<KycDecision> {
  // The doors validate with `rejectionReasonSchema`; a final decision re-checks what it stores.
  const trimmed = reason.trim();
  if (trimmed.length < REASON_MIN || trimmed.length > REASON_MAX) {
    throw commonErrors.validation([{ field: 'reason', issue: `Expected ${REASON_MIN} to ${REASON_MAX} characters` }]);
  }
  return decide(db, decider, walletKey, async () => ({
    status: 'rejected',
    ownerPersonKey: null,
    reason: trimmed,
    creditWallet: { ownerClaim: null, kycRejectionReason: trimmed },
  }));
}

interface PendingWallet {
  walletKey: string;
  entityUuid: string;
  submission: Owner;
}

interface Outcome {
  status: KycDecision['status'];
  ownerPersonKey: string | null;
  reason: string | null;
  /** What the outcome changes on `credit_wallet` besides who decided and when. */
  creditWallet: Partial<typeof creditWallet.$inferInsert>;
}

const AUDIT_OF = { active: 'credit_wallet.approved', rejected: 'credit_wallet.rejected' } as const;

/**
 * One decision, once. The wallet row is locked (FOR UPDATE) before its status is read, so of two
 * operators deciding at once the second waits for the first to commit, then reads the decided
 * status and gets 409 KYC_ALREADY_DECIDED: never two outcomes, never two events.
 */
async function decide(
  db: DbOrTx,
  decider: KycDecider,
  walletKey: string,
  outcomeOf: (tx: Tx, pending: PendingWallet) => Promise<Outcome>,
): Promise<KycDecision> {
  assertDecider(decider);
  return db.transaction(async (tx) => {
    const pending = await lockPending(tx, decider, walletKey);
    const outcome = await outcomeOf(tx, pending);
    const [decided] = await tx
      .update(creditWallet)
      .set({ ...outcome.creditWallet, kycDecidedBy: decidedByValue(decider), kycDecidedAt: sql`now()` })
      .where(eq(creditWallet.walletUuid, walletKey))
      .returning({ decidedAt: creditWallet.kycDecidedAt });
    await tx.update(wallet).set({ status: outcome.status, updatedAt: sql`now()` }).where(eq(wallet.walletUuid, walletKey));
    // An active credit wallet always has its opened invoice, from the first purchase on.
    if (outcome.status === 'active') await openFirstInvoice(tx, walletKey);

    const actor = { type: decider.type, id: decider.id, entityUuid: pending.entityUuid, requestId: decider.requestId };
    await recordAudit(tx, actor, {
      action: AUDIT_OF[outcome.status],
      subjectType: 'wallet',
      subjectId: walletKey,
      data: {
        from: 'pending_analysis',
        to: outcome.status,
        ...(outcome.ownerPersonKey ? { owner_person_key: outcome.ownerPersonKey } : {}),
        ...(outcome.reason ? { reason: outcome.reason } : {}),
      },
    });
    const subject = { type: 'wallet', id: walletKey } as const;
    const data = { wallet_uuid: walletKey, wallet_kind: 'credit', wallet_status: outcome.status, currency: 'BRL', owner_person_key: outcome.ownerPersonKey } as const;
    if (outcome.status === 'rejected') await recordEvent(tx, pending.entityUuid, kycRejected, { subject, data: { ...data, reason: outcome.reason! } });
    else await recordEvent(tx, pending.entityUuid, kycApproved, { subject, data });
    return {
      walletKey,
      entityUuid: pending.entityUuid,
      status: outcome.status,
      ownerPersonKey: outcome.ownerPersonKey,
      reason: outcome.reason,
      decidedAt: decided!.decidedAt!,
    };
  });
}

/** The credit wallet, locked, if it is the decider's to decide and still pending; otherwise why not. */
async function lockPending(tx: Tx, decider: KycDecider, walletKey: string): Promise<PendingWallet> {
  const conditions: SQL[] = [eq(wallet.walletUuid, walletKey), eq(wallet.kind, 'credit')];
  if (decider.entityUuid) conditions.push(ownedBy(wallet, { entityUuid: decider.entityUuid, walletUuid: null }));
  const [row] = isUuid(walletKey)
    ? await tx
        .select({
          entityUuid: wallet.entityUuid,
          status: wallet.status,
          submission: creditWallet.ownerSubmission,
          decidedBy: creditWallet.kycDecidedBy,
          decidedAt: creditWallet.kycDecidedAt,
          rejectionReason: creditWallet.kycRejectionReason,
        })
        .from(wallet)
        .innerJoin(creditWallet, eq(creditWallet.walletUuid, wallet.walletUuid))
        .where(and(...conditions))
        .for('update')
    : [];
  if (!row) throw walletErrors.notFound();
  if (row.status !== 'pending_analysis' || !row.submission) {
    if (!row.decidedAt || !row.decidedBy) throw kycErrors.notPending(row.status);
    // Operators learn which colleague decided first; an integrator's sandbox client is not told who.
    const who = decider.type === 'user' ? await describeDecidedBy(tx, row.decidedBy) : null;
    throw kycErrors.alreadyDecided(row.rejectionReason === null ? 'approved' : 'rejected', row.decidedAt, who);
  }
  return { walletKey, entityUuid: row.entityUuid, submission: row.submission as Owner };
}
