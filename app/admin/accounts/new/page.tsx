import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { NewAccountForm } from '@/components/admin/new-account-form';
import { PageHeader } from '@/components/shell/page-header';
import { operatorFromSession } from '@/lib/auth/session';
import { createAccountAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminAccounts'))('newTitle') };
}

export default async function NewAccountPage() {
  await operatorFromSession('/admin/accounts/new');
  const t = await getTranslations('adminAccounts');
  return (
    <>
      <Link href="/admin/accounts" className="mb-2 inline-block text-sm text-brand-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <NewAccountForm createAccount={createAccountAction} />
      </section>
    </>
  );
}
