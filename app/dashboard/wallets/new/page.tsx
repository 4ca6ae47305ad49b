import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/shell/page-header';
import { NewWalletForm } from '@/components/wallets/new-wallet-form';
import { getDb } from '@/db/client';
import { listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { requirePermission } from '@/lib/auth/session';
import { createWalletAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('newWallet'))('form') };
}

export default async function NewPaymentWalletPage() {
  const user = await requirePermission('wallets.manage', '/dashboard/wallets/new');
  const [merchants, t] = await Promise.all([listMerchants(await getDb(), callerFromUser(user)), getTranslations('newWallet')]);
  return (
    <>
      <PageHeader title={t('form')} description={t('description')} />
      <NewWalletForm
        entityUuid={user.entityUuid}
        merchants={merchants.map((m) => ({ merchantUuid: m.merchantUuid, name: m.name }))}
        createWallet={createWalletAction}
      />
    </>
  );
}
