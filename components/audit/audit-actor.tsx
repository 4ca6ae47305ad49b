import { useTranslations } from 'next-intl';
import type { AuditRow } from '@/lib/audit/queries';

/** Who acted: a user by name and e-mail (by id once removed), an API client by id, or the platform itself. */
export function AuditActor({ row }: { row: Pick<AuditRow, 'actorType' | 'actorId' | 'actorName' | 'actorEmail'> }) {
  const t = useTranslations('audit');
  if (row.actorType === 'system') return <>{t('actorTypes.system')}</>;
  if (row.actorType === 'user' && row.actorName !== null) {
    return (
      <>
        {row.actorName}
        <span className="block text-xs text-slate-500">{row.actorEmail}</span>
      </>
    );
  }
  return (
    <>
      {row.actorType === 'user' ? t('removedUser') : t('actorTypes.api_client')}
      <span className="block break-all font-mono text-xs text-slate-500">{row.actorId}</span>
    </>
  );
}
