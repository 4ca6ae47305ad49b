import { useTranslations } from 'next-intl';

/**
 * The link's funnel: checkouts opened, payments started (a charge made, by any method), payments
 * made; each step with its share of the one before.
 */
export function LinkConversion({ opened, started, paid, captured }: { opened: number; started: number; paid: number; captured: string }) {
  const t = useTranslations('paymentLink');
  const share = (part: number, whole: number) => (whole > 0 ? t('ofPrevious', { percent: Math.round((part / whole) * 100) }) : null);
  const steps = [
    { key: 'opened', count: opened, note: null },
    { key: 'started', count: started, note: share(started, opened) },
    { key: 'paid', count: paid, note: share(paid, started) },
  ] as const;
  return (
    <div className="px-4 py-3">
      <ol aria-label={t('conversion')} className="flex flex-wrap items-stretch gap-2 text-sm">
        {steps.map((step, index) => (
          <li key={step.key} className="flex items-center gap-2">
            {index > 0 ? (
              <span aria-hidden="true" className="text-slate-400">
                →
              </span>
            ) : null}
            <span className="flex min-w-28 flex-col rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
              <span className="text-xs text-slate-500">{t(`funnel.${step.key}`)}</span>
              <span className="text-lg font-semibold tabular-nums" data-testid={`conversion-${step.key}`}>
                {step.count}
              </span>
              {step.note ? <span className="text-xs text-slate-500">{step.note}</span> : null}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm text-slate-600">{t('capturedTotal', { amount: captured })}</p>
    </div>
  );
}
