'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import type { z } from 'zod';
import { buttonClass, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { updateProductsSchema } from '@/lib/management/schemas';
import { formField, type SaveProductsAction } from './account-actions';
import { ProductsFields, type ProductsInUse } from './products-fields';

type ProductsValues = z.input<typeof updateProductsSchema>;

/** The account's contract: which products, each with its quota, beside how many are in use. */
export function ProductsForm({ initial, inUse, save }: { initial: ProductsValues; inUse: ProductsInUse; save: SaveProductsAction }) {
  const t = useTranslations('adminAccounts');
  const common = useTranslations('common');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, submitAction } = useActionForm<ProductsValues, ProductsValues>(
    { resolver: zodResolver(updateProductsSchema, undefined, { raw: true }), defaultValues: initial },
    { fieldFor: formField<ProductsValues> },
  );

  async function onSubmit(values: ProductsValues) {
    setSaved(false);
    const result = await submitAction(save(values));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} aria-label={t('productsTitle')} className="flex max-w-2xl flex-col gap-4 px-4 py-3" noValidate>
        <ProductsFields inUse={inUse} />
        <p className="text-xs text-slate-500">{t('productsEffect')}</p>
        <FormError message={formError} />
        <div className="flex items-center gap-4">
          <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? common('saving') : t('saveProducts')}
          </button>
          {saved ? (
            <p role="status" className="text-sm text-emerald-700">
              {t('productsSaved')}
            </p>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}
