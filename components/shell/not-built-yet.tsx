/** Says plainly that an area exists in the plan but not yet in the product: no invented figures. */
export function NotBuiltYet({ area }: { area: string }) {
  return (
    <section className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium">{area} is not built yet.</p>
      <p className="mt-1 text-sm text-slate-600">This page will show real data once the feature ships; nothing here is a placeholder figure.</p>
    </section>
  );
}
