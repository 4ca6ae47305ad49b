import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';

/** What KYC decided about a merchant's credit wallet: when, and for a rejection, why. */
export function KycOutcome({ decidedAt, reason }: { decidedAt: Date; reason: string | null }) {
  const t = useTranslations('kycOutcome');
  const formatting = useFormatting();
  const rejected = reason !== null;
  return (
    <section
      aria-labelledby="kyc-outcome-heading"
      className={`mb-8 rounded-lg border p-4 text-sm ${rejected ? 'border-red-200 bg-red-50 text-red-900' : 'border-emerald-200 bg-emerald-50 text-emerald-900'}`}
    >
      <h2 id="kyc-outcome-heading" className="mb-1 font-semibold">
        {rejected ? t('rejected') : t('approved')}
      </h2>
      <p>
        <time dateTime={decidedAt.toISOString()}>{t('decidedOn', { date: formatDateTime(decidedAt, formatting) })}</time>
      </p>
      {rejected ? (
        <p className="mt-1">
          <span className="font-medium">{t('reason')}</span> {reason}
        </p>
      ) : null}
    </section>
  );
}
