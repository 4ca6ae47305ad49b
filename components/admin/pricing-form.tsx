'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { get, type FieldErrors, type Resolver } from 'react-hook-form';
import { buttonClass, FormError, inputClass } from '@/components/ui/field';
import { toLocaleDecimal, withCanonicalDecimals } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import { updatePricingSchema, type UpdatePricingFormValues } from '@/lib/management/schemas';
import { formField, type SavePricingAction } from './account-actions';

/** One method's price as the detail answer has it (the fixed fee a canonical decimal, "0.35"). */
export interface PriceRow {
  type_charge: 'credit_card' | 'debit_card' | 'pix' | 'boleto';
  percent_bps: number;
  fixed_amount: string;
  settlement_delay_days: number | null;
  customized: boolean;
}

interface PricingValues {
  pricing: { type_charge: PriceRow['type_charge']; percent_bps: number; fixed_amount: string; settlement_delay_days: number | null }[];
}

const nullableNumber = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

/**
 * A merchant's price for every method: the rate in basis points, a fixed fee typed the reader's
 * way ("0,35" in Brazil), and the days until a card or boleto charge's money is available (Pix is
 * available at once). Saving sets all four methods, so every one becomes the merchant's own.
 */
export function PricingForm({ merchantName, rows, save }: { merchantName: string; rows: PriceRow[]; save: SavePricingAction }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const decimals = rows.map((_, index) => `pricing.${index}.fixed_amount`);
  const check = zodResolver(updatePricingSchema, undefined, { raw: true }) as unknown as Resolver<PricingValues>;
  const resolver: Resolver<PricingValues> = (values, context, options) => check(withCanonicalDecimals(values, decimals, locale), context, options);
  const { form, formError, submitAction } = useActionForm<PricingValues>(
    {
      resolver,
      defaultValues: {
        pricing: rows.map((row) => ({ type_charge: row.type_charge, percent_bps: row.percent_bps, fixed_amount: toLocaleDecimal(row.fixed_amount, locale), settlement_delay_days: row.settlement_delay_days })),
      },
    },
    { fieldFor: formField<PricingValues> },
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const errorAt = (path: string) => (get(errors as FieldErrors, path) as { message?: string } | undefined)?.message;

  async function onSubmit(values: PricingValues) {
    setSaved(false);
    const result = await submitAction(save(values as UpdatePricingFormValues));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  const label = t('adminAccounts.pricingOf', { merchant: merchantName });
  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={label} className="flex flex-col gap-3 px-4 py-3" noValidate>
      <h3 className="text-sm font-semibold">{merchantName}</h3>
      <table className="text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-1 pr-4 font-medium">{t('adminAccounts.method')}</th>
            <th className="py-1 pr-4 font-medium">{t('adminAccounts.percentBps')}</th>
            <th className="py-1 pr-4 font-medium">{t('adminAccounts.fixedAmount')}</th>
            <th className="py-1 pr-4 font-medium">{t('adminAccounts.settlementDelay')}</th>
            <th className="py-1 font-medium">{t('adminAccounts.priceSource')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const method = t(`chargeMethods.${row.type_charge}`);
            const cell = (field: string, control: (id: string, error: string | undefined) => React.ReactNode) => {
              const id = `pricing-${row.type_charge}-${field}`;
              const error = errorAt(`pricing.${index}.${field}`);
              return (
                <td className="py-1 pr-4 align-top">
                  {control(id, error)}
                  {error ? (
                    <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
                      {error}
                    </p>
                  ) : null}
                </td>
              );
            };
            const aria = (id: string, error: string | undefined, name: string) => ({ 'aria-label': `${name} · ${method}`, 'aria-invalid': !!error, 'aria-describedby': error ? `${id}-error` : undefined });
            return (
              <tr key={row.type_charge}>
                <td className="py-1 pr-4 align-top font-medium">{method}</td>
                {cell('percent_bps', (id, error) => (
                  <input id={id} type="number" inputMode="numeric" min={0} max={10000} step={1} className={`${inputClass} w-28`} {...aria(id, error, t('adminAccounts.percentBps'))} {...register(`pricing.${index}.percent_bps`, { valueAsNumber: true })} />
                ))}
                {cell('fixed_amount', (id, error) => (
                  <input id={id} inputMode="decimal" className={`${inputClass} w-28`} {...aria(id, error, t('adminAccounts.fixedAmount'))} {...register(`pricing.${index}.fixed_amount`)} />
                ))}
                {row.settlement_delay_days === null && row.type_charge === 'pix' ? (
                  <td className="py-1 pr-4 align-top text-slate-500">{t('adminAccounts.availableAtOnce')}</td>
                ) : (
                  cell('settlement_delay_days', (id, error) => (
                    <input
                      id={id}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={30}
                      step={1}
                      className={`${inputClass} w-24`}
                      {...aria(id, error, t('adminAccounts.settlementDelay'))}
                      {...register(`pricing.${index}.settlement_delay_days`, { setValueAs: nullableNumber })}
                    />
                  ))
                )}
                <td className="py-1 align-top text-slate-600">{row.customized ? t('adminAccounts.customPrice') : t('adminAccounts.defaultPrice')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-xs text-slate-500">{t('adminAccounts.pricingHint')}</p>
      <FormError message={formError} />
      <div className="flex items-center gap-4">
        <button type="submit" className={buttonClass} disabled={isSubmitting} aria-label={t('adminAccounts.savePricingOf', { merchant: merchantName })}>
          {isSubmitting ? t('common.saving') : t('adminAccounts.savePricing')}
        </button>
        {saved ? (
          <p role="status" className="text-sm text-emerald-700">
            {t('adminAccounts.pricingSaved')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
