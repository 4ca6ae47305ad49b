import type { ReactNode } from 'react';

/** A detail page's card: a titled section, named by its heading for screen readers (`getByRole('region', { name })`). */
export function SectionCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mb-6 rounded-lg border border-slate-200 bg-white">
      <h2 id={`${id}-title`} className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
