'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import type { MemberRole } from '@/lib/access/permissions';
import type { TeamActions } from './team-actions';
import type { MemberRow } from './team-rows';

/**
 * A member's role, among those the reader may give. Picking one only proposes it: "Save role"
 * applies it, so a stray arrow key on the select never demotes anyone.
 */
export function MemberRoleSelect({ row, changeRole }: { row: MemberRow; changeRole: TeamActions['changeRole'] }) {
  const t = useTranslations();
  const router = useRouter();
  const [chosen, setChosen] = useState(row.role as MemberRole);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = `role-${row.id}`;

  const save = () =>
    startTransition(async () => {
      setError(null);
      const result = await changeRole({ userId: row.id, role: chosen });
      if (!result.ok) return setError(result.error.message);
      setSaved(true);
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t('team.roleOf', { name: row.name })}
        </label>
        <select id={id} className={`${inputClass} py-1`} value={chosen} disabled={pending} onChange={(event) => {
            setChosen(event.target.value as MemberRole);
            setSaved(false);
          }}
        >
          {row.assignable.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        {chosen !== row.role ? (
          <button type="button" className={`${secondaryButtonClass} py-1`} disabled={pending} aria-label={t('team.saveRoleOf', { name: row.name })} onClick={save}>
            {t('team.saveRole')}
          </button>
        ) : null}
      </div>
      {saved ? (
        <p role="status" className="text-xs text-emerald-700">
          {t('team.roleSaved')}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="max-w-xs text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
