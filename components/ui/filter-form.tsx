import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass, secondaryButtonClass } from './field';

/** A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function FilterForm({ label, clearHref, children }: { label: string; clearHref: string; children: ReactNode }) {
  return (
    <form method="get" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <button type="submit" className={buttonClass}>
        Apply filters
      </button>
      <Link href={clearHref} className={secondaryButtonClass}>
        Clear
      </Link>
    </form>
  );
}
