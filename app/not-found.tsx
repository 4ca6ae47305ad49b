import { useTranslations } from 'next-intl';
import Link from 'next/link';

export default function NotFound() {
  const t = useTranslations('common');
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-slate-500">{t('notFoundCode')}</p>
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <Link href="/dashboard" className="text-brand-600 underline">
        {t('backToDashboard')}
      </Link>
    </main>
  );
}
