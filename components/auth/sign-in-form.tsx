'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { signInSchema, type SignInInput } from '@/lib/auth/schemas';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('login');
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  async function onSubmit(values: SignInInput) {
    setFormError(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      // next-auth hands over our English message; the one we know is shown in the reader's language.
      setFormError(result?.error === 'Invalid email or password' ? t('invalidCredentials') : (result?.error ?? t('failed')));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    // method="post": a click before hydration must not put the password in the URL (and so in history and access logs).
    <form method="post" onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4" noValidate>
      <Field id="email" label={t('email')} error={errors.email?.message}>
        <input id="email" type="email" autoComplete="email" className={inputClass} aria-invalid={!!errors.email} {...register('email')} />
      </Field>
      <Field id="password" label={t('password')} error={errors.password?.message}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          {...register('password')}
        />
      </Field>
      <FormError message={formError} />
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
