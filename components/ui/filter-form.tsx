import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass, Field, inputClass, secondaryButtonClass } from './field';

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
