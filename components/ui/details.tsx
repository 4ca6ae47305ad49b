import type { ReactNode } from 'react';

/** A detail page's facts as term/value pairs in two aligned columns. */
export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 px-4 py-3 text-sm">{children}</dl>;
}

/** One fact of a DetailList; ids and keys read best `mono`. */
export function Detail({ term, mono, children }: { term: string; mono?: boolean; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{term}</dt>
      <dd className={mono ? 'font-mono text-xs' : undefined}>{children}</dd>
    </>
  );
}
