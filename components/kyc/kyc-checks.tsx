import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import type { KycCheck } from '@/lib/kyc/checks';
import { localizeKycCheck } from './kyc-check-text';

/** The automatic checks, each with a pass/fail badge and the reason behind it. */
export function KycChecks({ checks }: { checks: KycCheck[] }) {
  const t = useTranslations('kyc');
  const tCheck = useTranslations('kycChecks');
  return (
    <ul aria-label={t('checks')} className="flex flex-col divide-y divide-slate-100">
      {checks.map((check) => {
        const { label, detail } = localizeKycCheck(check, tCheck);
        return (
          <li key={check.id} className="flex items-start gap-3 py-2">
            <StatusBadge kind="kycCheck" status={check.passed ? 'passed' : 'failed'} />
            <div>
              <p className="text-sm font-medium">{label}</p>
              <p className="text-xs text-slate-600">{detail}</p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
