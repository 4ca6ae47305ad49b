'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { MEMBER_ROLES } from '@/lib/access/permissions';
import { inviteMemberSchema, type InviteMemberInput } from '@/lib/team/schemas';
import type { IssuedLink } from '@/components/team/team-actions';
import { formField, type InviteAction } from './account-actions';
import { InvitationLink } from '@/components/team/invitation-link';

/** Invites someone into the account with any member role; the link comes back to be shown once. */
export function InviteToAccountForm({ invite }: { invite: InviteAction }) {
  const t = useTranslations();
  const router = useRouter();
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<InviteMemberInput>({ resolver: zodResolver(inviteMemberSchema), defaultValues: { email: '', role: 'admin' } }, { fieldFor: formField<InviteMemberInput> });

  async function onSubmit(values: InviteMemberInput) {
    setIssued(null);
    const result = await submitAction(invite(values));
    if (!result.ok) return;
    reset();
    setIssued(result.data);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4 px-4 py-3">
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('adminAccounts.inviteTitle')} className="flex flex-col gap-4" noValidate>
        <div className="flex flex-wrap items-start gap-4">
          <div className="min-w-64 flex-1">
            <Field id="invite-email" label={t('adminAccounts.email')} error={errors.email?.message}>
              <input
                id="invite-email"
                type="email"
                autoComplete="off"
                className={inputClass}
                aria-invalid={!!errors.email}
                aria-describedby={errors.email ? 'invite-email-error' : undefined}
                {...register('email')}
              />
            </Field>
          </div>
          <Field id="invite-role" label={t('adminAccounts.role')} error={errors.role?.message}>
            <select id="invite-role" className={inputClass} {...register('role')}>
              {MEMBER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <FormError message={formError} />
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? t('adminAccounts.inviting') : t('adminAccounts.invite')}
          </button>
        </div>
      </form>
      {issued ? (
        <InvitationLink key={issued.link} issued={issued}>
          <button type="button" className={secondaryButtonClass} onClick={() => setIssued(null)}>
            {t('adminAccounts.dismissLink')}
          </button>
        </InvitationLink>
      ) : null}
    </div>
  );
}
