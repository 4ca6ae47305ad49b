import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CreditWalletWizard } from '@/components/credit/credit-wallet-wizard';
import { PageHeader } from '@/components/shell/page-header';
import { requirePermission } from '@/lib/auth/session';
import { createCreditWalletAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('wizard'))('title') };
}

export default async function NewCreditWalletPage() {
  await requirePermission('wallets.manage', '/dashboard/wallets/credit/new');
  const [t, credit] = await Promise.all([getTranslations('wizard'), getTranslations('newCreditWallet')]);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={credit('description')}
      />
      {/* One request_control_key per visit: a repeated submit of the same form is refused, not doubled. */}
      <CreditWalletWizard requestControlKey={randomUUID()} createCreditWallet={createCreditWalletAction} />
    </>
  );
}
