import { useTranslations } from 'next-intl';

/** Says plainly that an area exists in the plan but not yet in the product: no invented figures. */
export function NotBuiltYet({ area }: { area: string }) {
  const t = useTranslations('common');
  return (
    <section className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium">{t('notBuiltYet', { area })}</p>
      <p className="mt-1 text-sm text-slate-600">{t('notBuiltYetDetail')}</p>
    </section>
  );
}
