import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { creditWallet, person, wallet } from '@/db/schema';
import { recordAudit, type Actor } from '@/lib/audit/record';
import type { Owner } from '@/lib/persons/schemas';
import { creditErrors } from './errors';
import { isUuid } from './queries';

export interface ApprovedCreditWallet {
  walletKey: string;
  ownerPersonKey: string;
  status: 'active';
}

/**
 * The end of a pending wallet's KYC with approval (seed 002): the owner becomes a person (or
 * refreshes the account's existing person with that document), the wallet links to it and turns
 * active. The future KYC review calls this; until then the tests do, so person keys come from the
 * same path production will use. `actor.entityUuid` scopes the wallet like any service.
 */
export async function approveCreditWalletOwner(
  db: Db,
  actor: Actor & { entityUuid: string },
  walletKey: string,
): Promise<ApprovedCreditWallet> {
  return db.transaction(async (tx) => {
    const [pending] = isUuid(walletKey)
      ? await tx
          .select({ submission: creditWallet.ownerSubmission, status: wallet.status })
          .from(creditWallet)
          .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
          .where(and(eq(creditWallet.walletUuid, walletKey), eq(creditWallet.entityUuid, actor.entityUuid)))
          .for('update')
      : [];
    if (!pending || pending.status !== 'pending_analysis' || !pending.submission) throw creditErrors.walletNotFound(walletKey);

    const owner = pending.submission as Owner;
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
      .values({ entityUuid: actor.entityUuid, documentNumber: owner.document_number, ...details })
      .onConflictDoUpdate({ target: [person.entityUuid, person.documentNumber], set: { ...details, updatedAt: sql`now()` } })
      .returning({ personKey: person.personKey });

    await tx.update(creditWallet).set({ ownerPersonKey: approved!.personKey }).where(eq(creditWallet.walletUuid, walletKey));
    await tx.update(wallet).set({ status: 'active', updatedAt: new Date() }).where(eq(wallet.walletUuid, walletKey));
    await recordAudit(tx, actor, {
      action: 'credit_wallet.approved',
      subjectType: 'wallet',
      subjectId: walletKey,
      data: { owner_person_key: approved!.personKey },
    });
    return { walletKey, ownerPersonKey: approved!.personKey, status: 'active' };
  });
}
