import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KycDecisionsTable } from '@/components/kyc/kyc-decisions-table';
import { KycTabs } from '@/components/kyc/kyc-tabs';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { operatorFromSession } from '@/lib/auth/session';
import { KYC_DECISIONS_SHOWN, listKycDecisions } from '@/lib/kyc/decisions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kyc'))('decidedTitle') };
}

export default async function KycDecisionsPage() {
  const operator = await operatorFromSession('/admin/kyc/decided');
  const [rows, t] = await Promise.all([listKycDecisions(await getDb(), operator), getTranslations('kyc')]);
  return (
    <>
      <PageHeader title={t('decidedTitle')} description={t('decidedDescription', { count: KYC_DECISIONS_SHOWN })} />
      <KycTabs current="decided" />
      <KycDecisionsTable rows={rows} />
    </>
  );
}
