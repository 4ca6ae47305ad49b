import { useTranslations } from 'next-intl';
import Link from 'next/link';

export default function Forbidden() {
  const t = useTranslations('common');
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-red-700">{t('forbiddenCode')}</p>
      <h1 className="text-2xl font-semibold">{t('forbiddenTitle')}</h1>
      <p className="text-slate-600">{t('forbiddenDetail')}</p>
      <Link href="/dashboard" className="text-brand-600 underline">
        {t('backToDashboard')}
      </Link>
    </main>
  );
}
