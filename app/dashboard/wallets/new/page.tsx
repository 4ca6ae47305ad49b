import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { NewWalletForm } from '@/components/wallets/new-wallet-form';
import { getDb } from '@/db/client';
import { listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { createWalletAction } from '../actions';

export const metadata: Metadata = { title: 'New payment wallet' };

export default async function NewPaymentWalletPage() {
  const user = await requireUser('/dashboard/wallets/new');
  const merchants = await listMerchants(await getDb(), callerFromUser(user));
  return (
    <>
      <PageHeader title="New payment wallet" description="One wallet per merchant and currency." />
      <NewWalletForm
        entityUuid={user.entityUuid}
        merchants={merchants.map((m) => ({ merchantUuid: m.merchantUuid, name: m.name }))}
        createWallet={createWalletAction}
      />
    </>
  );
}
