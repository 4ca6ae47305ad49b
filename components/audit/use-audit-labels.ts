import { useTranslations } from 'next-intl';
import { isKnownAction, isKnownSubject, type AuditFamily } from '@/lib/audit/actions';

/** Human names of actions and subjects in the reader's language; one without a label shows as recorded. */
export function useAuditLabels() {
  const t = useTranslations('audit');
  return {
    action: (action: string) => (isKnownAction(action) ? t(`actions.${action}`) : action),
    subject: (subject: string) => (isKnownSubject(subject) ? t(`subjects.${subject}`) : subject),
    family: (family: AuditFamily) => t(`families.${family}`),
  };
}
