import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { LanguageSwitcher } from '@/components/shell/language-switcher';
import { currentUser } from '@/lib/auth/session';
import { chooseLoginLocaleAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

/** Only same-site paths may be returned to after sign-in, never another origin. */
function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/dashboard';
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations('login');
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-1 text-xl font-semibold">{t('title')}</h1>
        <p className="mb-6 text-sm text-slate-600">{t('tagline')}</p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      <LanguageSwitcher choose={chooseLoginLocaleAction} />
    </main>
  );
}
