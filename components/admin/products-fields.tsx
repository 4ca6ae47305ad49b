'use client';

import { useTranslations } from 'next-intl';
import { get, useFieldArray, useFormContext, type FieldErrors } from 'react-hook-form';
import { inputClass } from '@/components/ui/field';
import { PRODUCTS, type Product } from '@/db/schema/accounts';

/** How many of each product the account has in use, when it exists yet. */
export type ProductsInUse = Partial<Record<Product, number>>;

/**
 * The contract inside a form whose `products` is the API's array: ticking a product adds it, with
 * no quota (no limit) until one is typed; unticking removes it (not contracted). Each quota is at
 * `products.<index>.quota`, the very path the API names in its errors.
 */
export function ProductsFields({ inUse }: { inUse?: ProductsInUse }) {
  const t = useTranslations('adminAccounts');
  const { control, register, formState } = useFormContext<{ products: { product: Product; quota: number | null }[] }>();
  const { fields, append, remove } = useFieldArray({ control, name: 'products' });
  const listError = (get(formState.errors as FieldErrors, 'products') as { message?: string; root?: { message?: string } } | undefined);

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-700">{t('products')}</legend>
      <p className="text-xs text-slate-500">{t('productsHint')}</p>
      <table className="text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-1 pr-4 font-medium">{t('product')}</th>
            <th className="py-1 pr-4 font-medium">{t('quota')}</th>
            {inUse ? <th className="py-1 font-medium">{t('inUse')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {PRODUCTS.map((product) => {
            const index = fields.findIndex((field) => field.product === product);
            const name = t(`productNames.${product}`);
            const error = index >= 0 ? (get(formState.errors as FieldErrors, `products.${index}.quota`) as { message?: string } | undefined)?.message : undefined;
            const quotaId = `quota-${product}`;
            return (
              <tr key={product} className="align-top">
                <td className="py-1 pr-4">
                  <label className="flex items-center gap-2">
                    <input type="checkbox" checked={index >= 0} onChange={(event) => (event.target.checked ? append({ product, quota: null }) : remove(index))} />
                    {name}
                  </label>
                </td>
                <td className="py-1 pr-4">
                  {index >= 0 ? (
                    <>
                      <input
                        key={fields[index]!.id}
                        id={quotaId}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        step={1}
                        placeholder={t('noLimit')}
                        aria-label={t('quotaOf', { product: name })}
                        aria-invalid={!!error}
                        aria-describedby={error ? `${quotaId}-error` : undefined}
                        className={`${inputClass} w-32`}
                        {...register(`products.${index}.quota`, { setValueAs: (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value)) })}
                      />
                      {error ? (
                        <p id={`${quotaId}-error`} role="alert" className="text-xs text-red-700">
                          {error}
                        </p>
                      ) : null}
                    </>
                  ) : (
                    <span className="text-slate-500">{t('notContracted')}</span>
                  )}
                </td>
                {inUse ? <td className="py-1 tabular-nums">{inUse[product] ?? 0}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {listError?.message || listError?.root?.message ? (
        <p role="alert" className="text-xs text-red-700">
          {listError.message ?? listError.root?.message}
        </p>
      ) : null}
    </fieldset>
  );
}
