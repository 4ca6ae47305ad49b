'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { toLocaleDecimal, withCanonicalDecimals } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import {
  bpsPercent,
  holdingConfigurationFormSchema,
  toHoldingConfigurationBody,
  type HoldingConfigurationActionInput,
  type HoldingConfigurationFormValues,
} from '@/lib/virtual-wallets/action-schemas';

export type UpdateHoldingConfigurationAction = (input: HoldingConfigurationActionInput) => Promise<ActionResult<unknown>>;

const DECIMALS = ['minimum_deposit', 'leverage_ceiling', 'reserve_ratio'] as const;
type FieldName = (typeof DECIMALS)[number];

/** The action's field paths (the route's body) → this form's fields. */
const fieldFor = (field: string): FieldName | undefined => (field === 'reserve_ratio_bps' ? 'reserve_ratio' : DECIMALS.find((name) => name === field));

/**
 * The holding's settings, with the schema and service of `PUT …/holding/`: the reserve ratio
 * payouts must leave (typed as a percentage), the minimum deposit, and the leverage ceiling
 * transfers may reach past the real balance. Amounts are typed the reader's way ("1.000,50").
 */
export function HoldingConfigurationForm({
  walletUuid,
  current,
  save,
}: {
  walletUuid: string;
  /** Canonical decimal text and basis points, as the holding has them now. */
  current: { minimumDeposit: string; leverageCeiling: string; reserveRatioBps: number };
  save: UpdateHoldingConfigurationAction;
}) {
  const t = useTranslations('virtualWallets.configuration');
  const locale = useLocale();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<HoldingConfigurationFormValues>(
    {
      resolver: (values, context, options) => zodResolver(holdingConfigurationFormSchema, undefined, { raw: true })(withCanonicalDecimals(values, DECIMALS, locale), context, options),
      defaultValues: {
        minimum_deposit: toLocaleDecimal(current.minimumDeposit, locale),
        leverage_ceiling: toLocaleDecimal(current.leverageCeiling, locale),
        reserve_ratio: toLocaleDecimal(bpsPercent(current.reserveRatioBps), locale),
      },
    },
    { fieldFor },
  );

  async function onSubmit(values: HoldingConfigurationFormValues) {
    setSaved(false);
    const result = await submitAction(save(toHoldingConfigurationBody(walletUuid, values as Record<FieldName, string>)));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  const field = (name: FieldName, label: string, hint: string) => (
    <Field id={`holding-${name}`} label={label} hint={hint} error={errors[name]?.message}>
      <input
        id={`holding-${name}`}
        inputMode="decimal"
        autoComplete="off"
        className={`${inputClass} w-40`}
        aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `holding-${name}-error` : undefined}
        {...register(name)}
      />
    </Field>
  );

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('form')} className="flex flex-col gap-3 border-t border-slate-100 px-4 py-4" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        {field('reserve_ratio', t('reserveRatioLabel'), t('reserveRatioHint'))}
        {field('minimum_deposit', t('minimumDepositLabel'), t('minimumDepositHint'))}
        {field('leverage_ceiling', t('leverageCeilingLabel'), t('leverageCeilingHint'))}
      </div>
      <FormError message={formError} />
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? t('saving') : t('save')}
        </button>
        {saved ? (
          <p role="status" className="text-sm text-emerald-700">
            {t('saved')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
