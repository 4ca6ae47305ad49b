'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { toCanonicalDecimal } from '@/components/ui/locale-decimal';
import { SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { createPaymentInstrumentSchema, type CreatePaymentInstrumentInput } from '@/lib/payment-instruments/schemas';
import { formatExpiry } from './card-view';

export interface IssuedCard {
  paymentInstrumentKey: string;
  lastFour: string;
  printedName: string;
  number: string;
  cvv: string;
  expiryMonth: number;
  expiryYear: number;
}

export type IssueCardAction = (walletKey: string, input: CreatePaymentInstrumentInput) => Promise<ActionResult<IssuedCard>>;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Issues a virtual postpaid card to the wallet's owner with the API's own body and schema. Each
 * submit attempt carries its own `request_control_key` (the attempt's key from useSubmitOnce; a
 * browser without `crypto.randomUUID` sends none), so a double click issues one card. The number,
 * expiry and CVV come back once and live only in the reveal-once dialog.
 */
export function IssueCardForm({
  walletKey,
  personKey,
  walletLimit,
  issueCard,
}: {
  walletKey: string;
  personKey: string;
  /** The wallet's postpaid credit limit, as the reader writes money: a card's limit is at most this. */
  walletLimit: string;
  issueCard: IssueCardAction;
}) {
  const t = useTranslations('creditCards');
  const locale = useLocale();
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    formError,
    setFormError,
    submitAction,
  } = useActionForm<CreatePaymentInstrumentInput>({
    resolver: (values, context, options) =>
      zodResolver(createPaymentInstrumentSchema, undefined, { raw: true })(
        { ...values, limit_amount: toCanonicalDecimal(String(values.limit_amount ?? ''), locale) },
        context,
        options,
      ),
    defaultValues: {
      person_key: personKey,
      payment_instrument_type: 'postpaid_card',
      limit_amount: '',
      postpaid_card_data: { card_type: 'virtual', card_name: '', printed_name: '' },
    },
  });

  async function onSubmit(values: CreatePaymentInstrumentInput) {
    const result = await submitAction(
      submitOnce(values, (key) => issueCard(walletKey, { ...values, request_control_key: UUID_V4.test(key) ? key : undefined })),
    );
    if (!result) return;
    if (!result.ok) {
      // The same attempt was issued before its answer was lost: the card exists, its secrets are gone.
      if (result.error.code === 'CIN000099') setFormError(t('issue.alreadyIssued'));
      return;
    }
    const card = result.data;
    reset();
    router.refresh();
    setRevealed({
      title: t('reveal.title', { lastFour: card.lastFour }),
      id: { label: t('reveal.number'), value: card.number },
      secret: { label: t('reveal.cvv'), value: card.cvv },
      keptAs: 'ciphertext',
      note: t('reveal.note'),
      details: [
        { label: t('reveal.expiry'), value: formatExpiry(card.expiryMonth, card.expiryYear) },
        { label: t('reveal.printedName'), value: card.printedName },
      ],
    });
  }

  const cardName = errors.postpaid_card_data?.card_name?.message;
  const printedName = errors.postpaid_card_data?.printed_name?.message;
  const limit = errors.limit_amount?.message;
  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('issue.title')} className="flex max-w-xl flex-col gap-4" noValidate>
        <Field id="card-name" label={t('issue.cardName')} hint={t('issue.cardNameHint')} error={cardName}>
          <input
            id="card-name"
            autoComplete="off"
            className={inputClass}
            aria-invalid={!!cardName}
            aria-describedby={cardName ? 'card-name-error' : undefined}
            {...register('postpaid_card_data.card_name')}
          />
        </Field>
        <Field id="printed-name" label={t('issue.printedName')} hint={t('issue.printedNameHint')} error={printedName}>
          <input
            id="printed-name"
            autoComplete="off"
            className={`${inputClass} uppercase`}
            aria-invalid={!!printedName}
            aria-describedby={printedName ? 'printed-name-error' : undefined}
            {...register('postpaid_card_data.printed_name')}
          />
        </Field>
        <Field id="card-limit" label={t('issue.limit', { currency: 'BRL' })} hint={t('issue.limitHint', { limit: walletLimit })} error={limit}>
          <input
            id="card-limit"
            inputMode="decimal"
            autoComplete="off"
            className={inputClass}
            aria-invalid={!!limit}
            aria-describedby={limit ? 'card-limit-error' : undefined}
            {...register('limit_amount')}
          />
        </Field>
        <FormError message={formError} />
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? t('issue.issuing') : t('issue.submit')}
          </button>
        </div>
      </form>
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}
