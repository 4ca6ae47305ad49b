import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WebhookDeliveryStatus } from '@/db/schema';
import type { AttemptBody } from '@/lib/webhooks/serialize';

/** Every attempt of a delivery as it happened: what was sent, what came back, how long it took. */
export function AttemptsList({ attempts, status }: { attempts: AttemptBody[]; status: WebhookDeliveryStatus }) {
  const formatting = useFormatting();
  const t = useTranslations('webhooks');
  if (attempts.length === 0) {
    // The worker fails a delivery unsent when its endpoint was disabled before the first attempt.
    const text = status === 'failed' ? t('notSentDisabled') : t('attemptQueued');
    return <p className="px-4 py-6 text-sm text-slate-600">{text}</p>;
  }
  return (
    <ol className="flex flex-col divide-y divide-slate-100">
      {attempts.map((attempt) => (
        <li key={attempt.attempt_number} className="px-4 py-4" aria-label={t('attemptNumber', { number: attempt.attempt_number })}>
          <h3 className="text-sm font-semibold">
            {t('attemptNumber', { number: attempt.attempt_number })}{' '}
            <span className={attempt.succeeded ? 'text-emerald-700' : 'text-red-700'}>
              {attempt.succeeded ? t('attemptSucceeded') : attempt.retryable ? t('attemptFailedRetried') : t('attemptFailed')}
            </span>
          </h3>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-500">{t('time')}</dt>
            <dd>{formatDateTime(new Date(attempt.started_at), formatting)}</dd>
            <dt className="text-slate-500">{t('duration')}</dt>
            <dd className="tabular-nums">{t('durationMs', { ms: attempt.duration_ms })}</dd>
            <dt className="text-slate-500">{t('url')}</dt>
            <dd className="font-mono text-xs">{attempt.request_url}</dd>
            <dt className="text-slate-500">{t('responseStatus')}</dt>
            <dd className="tabular-nums">{attempt.response_status ?? t('noResponse')}</dd>
            {attempt.error ? (
              <>
                <dt className="text-slate-500">{t('error')}</dt>
                <dd className="font-mono text-xs text-red-700">{attempt.error}</dd>
              </>
            ) : null}
          </dl>
          <details className="mt-2 text-sm" open>
            <summary className="cursor-pointer text-slate-700">{t('requestHeaders')}</summary>
            <table className="mt-1 text-xs">
              <tbody>
                {Object.entries(attempt.request_headers).map(([name, value]) => (
                  <tr key={name}>
                    <th scope="row" className="pr-4 text-left font-mono font-medium text-slate-600">
                      {name}
                    </th>
                    <td className="break-all font-mono">{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {attempt.response_body_excerpt ? (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-slate-700">{t('responseBodyExcerpt')}</summary>
              <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap">{attempt.response_body_excerpt}</pre>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
