import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { PageHeader } from '@/components/shell/page-header';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('charges') };
}

export default function Page() {
  const t = useTranslations('nav');
  return (
    <>
      <PageHeader title={t('charges')} />
      <NotBuiltYet area={t('charges')} />
    </>
  );
}
