'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('nav');
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/login' })}
      className="w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100"
    >
      {t('signOut')}
    </button>
  );
}
