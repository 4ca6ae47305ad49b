'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { acceptInvitationSchema, type AcceptInvitationInput } from '@/lib/team/schemas';

const FIELDS = ['name', 'password', 'confirmPassword'] as const;

/**
 * The invitee's name and password. Accepting makes the login; the browser then signs in with it
 * as the sign-in page does, and goes to the dashboard.
 */
export function AcceptInvitationForm({ email, accept }: { email: string; accept: (input: AcceptInvitationInput) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('invitation');
  const router = useRouter();
  const [signInFailed, setSignInFailed] = useState(false);
  // Between the login being made and the dashboard opening, the button stays busy: there is no going back.
  const [accepted, setAccepted] = useState(false);
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<AcceptInvitationInput>(
    { resolver: zodResolver(acceptInvitationSchema), defaultValues: { name: '', password: '', confirmPassword: '' } },
    { fieldFor: (field) => FIELDS.find((name) => name === field) },
  );

  async function onSubmit(values: AcceptInvitationInput) {
    const result = await submitAction(accept(values));
    if (!result.ok) return;
    setAccepted(true);
    const signedIn = await signIn('credentials', { email: result.data.email, password: values.password, redirect: false });
    if (!signedIn || signedIn.error) return setSignInFailed(true);
    router.replace('/dashboard');
    router.refresh();
  }

  if (signInFailed) {
    return (
      <p role="alert" className="text-sm text-slate-700">
        {t('signInFailed')}{' '}
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          {t('signIn')}
        </Link>
      </p>
    );
  }

  const input = (name: (typeof FIELDS)[number]) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `invitation-${name}-error` : undefined, ...register(name) });
  return (
    // method="post": a click before hydration must not put the password in the URL.
    <form method="post" onSubmit={handleSubmit(onSubmit)} aria-label={t('formLabel')} className="flex flex-col gap-4" noValidate>
      {/* For password managers: the login this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="invitation-name" label={t('name')} error={errors.name?.message}>
        <input id="invitation-name" autoComplete="name" className={inputClass} {...input('name')} />
      </Field>
      <Field id="invitation-password" label={t('password')} hint={t('passwordHint')} error={errors.password?.message}>
        <input id="invitation-password" type="password" autoComplete="new-password" className={inputClass} {...input('password')} />
      </Field>
      <Field id="invitation-confirmPassword" label={t('confirmPassword')} error={errors.confirmPassword?.message}>
        <input id="invitation-confirmPassword" type="password" autoComplete="new-password" className={inputClass} {...input('confirmPassword')} />
      </Field>
      <FormError message={formError} />
      <button type="submit" className={buttonClass} disabled={isSubmitting || accepted}>
        {isSubmitting || accepted ? t('accepting') : t('accept')}
      </button>
    </form>
  );
}
