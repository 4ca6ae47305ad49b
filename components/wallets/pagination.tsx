import Link from 'next/link';

/** Previous / next links that keep the current filters in the URL. */
export function Pagination({ page, pages, params }: { page: number; pages: number; params: Record<string, string> }) {
  if (pages <= 1) return null;
  const href = (target: number) => `?${new URLSearchParams({ ...params, page: String(target) })}`;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)}>Previous page</Link> : null}
      <span className="text-slate-600">
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Next page</Link> : null}
    </nav>
  );
}
