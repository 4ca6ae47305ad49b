import { useTranslations } from 'next-intl';
import Link from 'next/link';

/**
 * Previous/next links for a list paged by number (the payout list follows reference A.7's
 * `page`/`limit`, not the keyset cursor of components/ui/pagination.tsx). The filters stay in the URL.
 */
export function PageNumberPager({ page, pages, params }: { page: number; pages: number; params: Record<string, string | undefined> }) {
  const t = useTranslations('payouts');
  if (pages <= 1) return null;
  const kept = Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'page'));
  const href = (to: number) => `?${new URLSearchParams(to > 1 ? { ...kept, page: String(to) } : kept)}`;
  return (
    <nav aria-label={t('pageOf', { page, pages })} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)}>{t('previous')}</Link> : null}
      <span className="text-slate-500">{t('pageOf', { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{t('next')}</Link> : null}
    </nav>
  );
}
