'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { MemberRole } from '@/lib/access/permissions';
import { inviteMemberSchema, type InviteMemberInput } from '@/lib/team/schemas';
import type { IssuedLink, TeamActions } from './team-actions';

/** An e-mail and one of the roles the reader may hand out; the link comes back to be shown once. */
export function InviteMemberForm({ roles, invite, onIssued }: { roles: MemberRole[]; invite: TeamActions['invite']; onIssued: (issued: IssuedLink) => void }) {
  const t = useTranslations();
  const router = useRouter();
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<InviteMemberInput>({ resolver: zodResolver(inviteMemberSchema), defaultValues: { email: '', role: roles.includes('viewer') ? 'viewer' : roles[0] } });

  async function onSubmit(values: InviteMemberInput) {
    const result = await submitAction(invite(values));
    if (!result.ok) return;
    reset();
    onIssued(result.data);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('team.inviteForm')} className="flex flex-col gap-4" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        <div className="min-w-64 flex-1">
          <Field id="invite-email" label={t('team.email')} error={errors.email?.message}>
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
        <Field id="invite-role" label={t('team.role')} error={errors.role?.message}>
          <select id="invite-role" className={inputClass} aria-invalid={!!errors.role} {...register('role')}>
            {roles.map((role) => (
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
          {isSubmitting ? t('team.inviting') : t('team.invite')}
        </button>
      </div>
    </form>
  );
}
