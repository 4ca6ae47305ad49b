import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WebhookDeliveryStatus } from '@/db/schema';
import type { AttemptBody } from '@/lib/webhooks/serialize';

/** Every attempt of a delivery as it happened: what was sent, what came back, how long it took. */
export function AttemptsList({ attempts, status }: { attempts: AttemptBody[]; status: WebhookDeliveryStatus }) {
  const formatting = useFormatting();
  if (attempts.length === 0) {
    // The worker fails a delivery unsent when its endpoint was disabled before the first attempt.
    const text = status === 'failed' ? 'Not sent: the endpoint was disabled before the first attempt.' : 'No attempt yet: the first one is queued.';
    return <p className="px-4 py-6 text-sm text-slate-600">{text}</p>;
  }
  return (
    <ol className="flex flex-col divide-y divide-slate-100">
      {attempts.map((attempt) => (
        <li key={attempt.attempt_number} className="px-4 py-4" aria-label={`Attempt ${attempt.attempt_number}`}>
          <h3 className="text-sm font-semibold">
            Attempt {attempt.attempt_number}{' '}
            <span className={attempt.succeeded ? 'text-emerald-700' : 'text-red-700'}>
              {attempt.succeeded ? 'succeeded' : attempt.retryable ? 'failed, will be retried' : 'failed'}
            </span>
          </h3>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-500">Time</dt>
            <dd>{formatDateTime(new Date(attempt.started_at), formatting)}</dd>
            <dt className="text-slate-500">Duration</dt>
            <dd className="tabular-nums">{attempt.duration_ms} ms</dd>
            <dt className="text-slate-500">URL</dt>
            <dd className="font-mono text-xs">{attempt.request_url}</dd>
            <dt className="text-slate-500">Response status</dt>
            <dd className="tabular-nums">{attempt.response_status ?? 'No response'}</dd>
            {attempt.error ? (
              <>
                <dt className="text-slate-500">Error</dt>
                <dd className="font-mono text-xs text-red-700">{attempt.error}</dd>
              </>
            ) : null}
          </dl>
          <details className="mt-2 text-sm" open>
            <summary className="cursor-pointer text-slate-700">Request headers</summary>
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
              <summary className="cursor-pointer text-slate-700">Response body (excerpt)</summary>
              <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap">{attempt.response_body_excerpt}</pre>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
