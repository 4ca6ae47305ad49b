'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { BRAND_LABELS, detectBrand } from '@/lib/charges/card/brand';
import { cardFormProblems, EMPTY_CARD_FORM, formatCardNumber, problemOfRefusal, toPayChargeBody, type CardFormField, type CardFormProblems, type CardFormValues } from './card-form-values';

interface PayAnswer {
  status?: string;
  url_3ds?: string | null;
  message?: { code: string; description: string; field?: string }[] | null;
}

const PAID = ['confirmed', 'pre_captured', 'paid'];

/**
 * The payer's card for an `issued` card charge. The browser posts it straight to the public pay
 * endpoint (`POST /api/v1/bank/public/charge/{uuid}/pay`): it never passes through a server
 * action, this app's pages or a log. An authorized or declined card settles the charge and the
 * page shows what happened; a 3DS challenge is opened; a refused field is marked where it was typed.
 */
export function CardPaymentForm({ chargeUuid, amountLabel }: { chargeUuid: string; amountLabel: string }) {
  const t = useTranslations('payPage.card');
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState<CardFormValues>(EMPTY_CARD_FORM);
  const [problems, setProblems] = useState<CardFormProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [redirecting, setRedirecting] = useState(false);
  const brand = detectBrand(values.number);

  const set = (field: CardFormField) => (event: { target: { value: string } }) => {
    const value = field === 'number' ? formatCardNumber(event.target.value) : event.target.value;
    setValues((current) => ({ ...current, [field]: value }));
    if (problems[field]) setProblems((current) => ({ ...current, [field]: undefined }));
  };

  async function pay(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found = cardFormProblems(values);
    setProblems(found);
    const first = (Object.keys(found) as CardFormField[]).find((field) => found[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setWorking(true);
    try {
      const response = await fetch(`/api/v1/bank/public/charge/${chargeUuid}/pay`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(toPayChargeBody(values)),
      });
      const answer = (await response.json().catch(() => ({}))) as PayAnswer;
      if (response.ok && answer.status === 'pending' && answer.url_3ds) {
        setRedirecting(true);
        window.location.assign(answer.url_3ds);
        return;
      }
      if (response.ok && (PAID.includes(answer.status ?? '') || answer.status === 'error')) {
        // Authorized or declined, the charge is settled: the page tells which.
        setValues(EMPTY_CARD_FORM);
        router.refresh();
        return;
      }
      if (response.status === 429) return setFormError(t('errors.tooMany', { seconds: Number(response.headers.get('Retry-After')) || 60 }));
      if (response.status === 409) {
        setFormError(t('errors.notPayable'));
        router.refresh();
        return;
      }
      const refused: CardFormProblems = {};
      for (const message of answer.message ?? []) {
        const problem = problemOfRefusal(message);
        if (problem) refused[problem[0]] = problem[1];
      }
      setProblems(refused);
      if (Object.keys(refused).length === 0) setFormError(t('errors.failed'));
    } catch {
      setFormError(t('errors.failed'));
    } finally {
      setWorking(false);
    }
  }

  const field = (name: CardFormField) => ({
    id: `${id}-${name}`,
    value: values[name],
    onChange: set(name),
    'aria-invalid': !!problems[name],
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
    className: `${inputClass} w-full`,
  });
  const problem = (name: CardFormField) => (problems[name] ? t(`errors.${problems[name]}`) : undefined);

  return (
    <form onSubmit={pay} aria-label={t('heading')} className="flex flex-col gap-4" noValidate>
      <Field id={`${id}-name`} label={t('name')} error={problem('name')}>
        <input {...field('name')} autoComplete="cc-name" autoCapitalize="characters" maxLength={100} />
      </Field>
      <Field id={`${id}-number`} label={t('number')} error={problem('number')}>
        <div className="flex items-center gap-3">
          <input {...field('number')} inputMode="numeric" autoComplete="cc-number" maxLength={23} aria-describedby={[`${id}-brand`, problems.number ? `${id}-number-error` : ''].filter(Boolean).join(' ')} />
          <span id={`${id}-brand`} aria-live="polite" data-testid="card-brand" className="min-w-24 text-sm font-medium text-slate-700">
            {brand ? t('brand', { brand: BRAND_LABELS[brand] }) : ''}
          </span>
        </div>
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id={`${id}-expiry`} label={t('expiry')} error={problem('expiry')}>
          <input {...field('expiry')} inputMode="numeric" autoComplete="cc-exp" maxLength={7} />
        </Field>
        <Field id={`${id}-cvv`} label={t('cvv')} error={problem('cvv')}>
          <input {...field('cvv')} inputMode="numeric" autoComplete="cc-csc" maxLength={4} />
        </Field>
      </div>
      <Field id={`${id}-taxId`} label={t('taxId')} hint={t('taxIdHint')} error={problem('taxId')}>
        <input {...field('taxId')} inputMode="text" autoComplete="off" maxLength={40} />
      </Field>
      <FormError message={formError} />
      {redirecting ? (
        <p role="status" className="text-sm text-slate-700">
          {t('redirecting')}
        </p>
      ) : null}
      <button type="submit" className={`${buttonClass} w-full py-3 text-base`} disabled={working || redirecting}>
        {working ? t('paying') : t('submit', { amount: amountLabel })}
      </button>
    </form>
  );
}
