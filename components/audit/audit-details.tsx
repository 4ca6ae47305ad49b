import { useTranslations } from 'next-intl';

/** An event's data as recorded, one `key: value` per line (nested values as JSON), and the request that made it. */
export function AuditDetails({ data, requestId }: { data: Record<string, unknown>; requestId: string | null }) {
  const t = useTranslations('audit');
  const entries = Object.entries(data);
  if (requestId) entries.push([t('requestId'), requestId]);
  if (!entries.length) return <span className="text-slate-400">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="flex gap-1">
          <dt className="shrink-0 text-slate-500">{key}:</dt>
          <dd className="break-all font-mono">{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
