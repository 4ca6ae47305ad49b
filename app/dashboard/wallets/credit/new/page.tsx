import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { CreditWalletWizard } from '@/components/credit/credit-wallet-wizard';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/session';
import { createCreditWalletAction } from '../actions';

export const metadata: Metadata = { title: 'New credit wallet' };

export default async function NewCreditWalletPage() {
  await requireUser('/dashboard/wallets/credit/new');
  return (
    <>
      <PageHeader
        title="New credit wallet"
        description="The owner goes to KYC analysis; the wallet becomes active once approved."
      />
      {/* One request_control_key per visit: a repeated submit of the same form is refused, not doubled. */}
      <CreditWalletWizard requestControlKey={randomUUID()} createCreditWallet={createCreditWalletAction} />
    </>
  );
}
