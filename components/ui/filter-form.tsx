import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ClearFiltersLink } from './clear-filters-link';
import { buttonClass, Field, inputClass } from './field';

/**
 * A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. It is
 * keyed on the applied `values`, so whenever the URL's filters change (Clear, back, a link) the
 * fields are drawn afresh from them instead of keeping what was on screen.
 */
export function FilterForm({
  label,
  clearHref,
  values,
  children,
}: {
  label: string;
  clearHref: string;
  values: Record<string, string | undefined>;
  children: ReactNode;
}) {
  const t = useTranslations('filters');
  return (
    <form key={JSON.stringify(values)} method="get" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <button type="submit" className={buttonClass}>
        {t('apply')}
      </button>
      <ClearFiltersLink href={clearHref} />
    </form>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** One dropdown of a FilterForm: the first choice (empty value) means "no filter". */
export function SelectFilter({ id, name, label, value, allLabel, options }: { id: string; name: string; label: string; value?: string; allLabel: string; options: readonly FilterOption[] }) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ''} className={inputClass}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
