import { useTranslations } from 'next-intl';
import Link from 'next/link';

/**
 * The dashboard's one pager: lists page by keyset cursor (`starting_after`, see
 * lib/pagination/keyset.ts), so "Next page" links to the page after the last row shown and stays
 * exact while rows are added; "First page" goes back to the start. The current filters stay in
 * the URL; the page number and cursor of the page shown do not.
 */
export function Pagination({
  nextCursor,
  params,
  onFirstPage,
}: {
  nextCursor: string | null;
  /** The page's filters (any object of optional strings). */
  params: object;
  /** False once the visitor has followed a cursor (or a page number), so the way back is offered. */
  onFirstPage: boolean;
}) {
  const t = useTranslations('pagination');
  if (onFirstPage && !nextCursor) return null;
  const kept = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'page' && entry[0] !== 'starting_after'),
  );
  const href = (extra: Record<string, string>) => `?${new URLSearchParams({ ...kept, ...extra })}`;
  return (
    <nav aria-label={t('pages')} className="mt-4 flex items-center gap-4 text-sm">
      {onFirstPage ? null : <Link href={href({})}>{t('first')}</Link>}
      {nextCursor ? <Link href={href({ starting_after: nextCursor })}>{t('next')}</Link> : null}
    </nav>
  );
}
