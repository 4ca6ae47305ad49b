import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { EndpointBody } from '@/lib/webhooks/serialize';
import { EnableEndpointButton, type EndpointActions } from './endpoint-buttons';

/**
 * The notice the platform owes a merchant whose endpoint it switched off after a delivery failed
 * every retry: which endpoint, since when, and a way to turn it back on.
 */
export function FailingEndpointsNotice({ endpoints, enable }: { endpoints: EndpointBody[]; enable: EndpointActions['enable'] }) {
  const formatting = useFormatting();
  const t = useTranslations('webhooks');
  const failing = endpoints.filter((e) => e.status === 'disabled' && e.disabled_reason === 'failing');
  if (failing.length === 0) return null;
  return (
    <section aria-labelledby="failing-endpoints" className="mb-6 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <h2 id="failing-endpoints" className="font-semibold">
        {failing.length === 1 ? t('failingTitleOne') : t('failingTitleMany', { count: failing.length })}
      </h2>
      <p className="mt-1 text-sm">{t('failingDetail')}</p>
      <ul className="mt-3 flex flex-col gap-3">
        {failing.map((endpoint) => (
          <li key={endpoint.endpoint_uuid} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-white px-3 py-2">
            <span className="text-sm">
              <Link href={`/dashboard/developers/webhooks/${endpoint.endpoint_uuid}`} className="font-mono text-xs text-brand-700 hover:underline">
                {endpoint.url}
              </Link>
              {endpoint.disabled_at ? <span className="block text-xs text-slate-600">{t('disabledAt', { date: formatDateTime(new Date(endpoint.disabled_at), formatting) })}</span> : null}
            </span>
            <EnableEndpointButton endpointUuid={endpoint.endpoint_uuid} label={t('enableUrl', { url: endpoint.url })} enable={enable} />
          </li>
        ))}
      </ul>
    </section>
  );
}
