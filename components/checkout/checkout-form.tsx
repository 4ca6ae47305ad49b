'use client';

import { formatCep, formatCnpj, formatCpf } from '@brazilian-utils/brazilian-utils';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { get, useForm, type FieldPath } from 'react-hook-form';
import { cardFormProblems, EMPTY_CARD_FORM, formatCardNumber, problemOfRefusal, toPayChargeBody, type CardFormField, type CardFormProblems, type CardFormValues } from '@/components/pay/card-form-values';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import type { PaymentLinkMethod, PaymentLinkStatus } from '@/db/schema';
import { BRAND_LABELS, detectBrand } from '@/lib/charges/card/brand';
import { bareTaxId, checkoutFormSchema, toStartBody, type CheckoutFormValues } from '@/lib/payment-links/checkout-form';
import type { StartLinkPaymentBody } from '@/lib/payment-links/schemas';
import { MethodTabs } from './method-tabs';

export interface CheckoutFormProps {
  paymentLinkUuid: string;
  currency: string;
  methods: PaymentLinkMethod[];
  /** The installment counts the link offers, each with its installment already written for the currency. */
  installments: { count: number; each: string }[];
  /** The amount written for the currency ("R$ 89,90"). */
  amountLabel: string;
}

/** An A55 error body (`{error, message, code, details}`) or a charge one (`{status, message: [{code, description, field}]}`). */
interface ErrorBody {
  code?: string;
  details?: { fields?: { field: string; message: string }[]; payment_link_status?: PaymentLinkStatus };
  message?: string | { code: string; description: string; field?: string }[] | null;
}
interface StartAnswer extends ErrorBody {
  charge_uuid?: string;
}
interface PayAnswer {
  status?: string;
  url_3ds?: string | null;
  message?: { code: string; description: string; field?: string }[] | null;
}

const PAID = ['confirmed', 'pre_captured', 'paid'];
/** The phone input starts with the calling code of the link's country. */
const COUNTRY_CODES: Record<string, string> = { BRL: '+55 ', MXN: '+52 ', CLP: '+56 ', ARS: '+54 ' };
type AddressField = keyof CheckoutFormValues['payer_address'];

/** A CPF as it is typed (529.982.247-25), a CNPJ once past 11 characters or with a letter (12.ABC.345/01DE-35). */
function maskTaxId(typed: string): string {
  const bare = bareTaxId(typed).replace(/[^0-9A-Z]/g, '').slice(0, 14);
  return bare.length <= 11 && /^\d*$/.test(bare) ? formatCpf(bare) : formatCnpj(bare, { version: 2 });
}

/**
 * The payer's side of a payment link: their details, checked here with the schema the public start
 * endpoint uses (plus the CPF/CNPJ check digits for reais), and a tab per method. Submitting starts a
 * charge from the browser (`POST /api/v1/bank/public/payment-link/{uuid}/charge`); a card is then
 * posted straight to the public pay endpoint, never through this app's server, and its outcome
 * opens the payment's page (or the bank's 3DS challenge); a Pix or boleto opens its payment's page
 * with the QR code or the slip. A declined card stays here to try another.
 */
export function CheckoutForm({ paymentLinkUuid, currency, methods, installments, amountLabel }: CheckoutFormProps) {
  const t = useTranslations('checkout');
  const cardText = useTranslations('payPage.card');
  const router = useRouter();
  const id = useId();
  const [method, setMethod] = useState<PaymentLinkMethod>(methods[0]!);
  const [card, setCard] = useState<CardFormValues>(EMPTY_CARD_FORM);
  const [cardProblems, setCardProblems] = useState<CardFormProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [closed, setClosed] = useState<Exclude<PaymentLinkStatus, 'active'> | null>(null);
  const [phase, setPhase] = useState<'idle' | 'working' | 'leaving'>('idle');
  // The charge this payer's details started, reused while they stay the same (a mistyped card is tried again on it).
  const started = useRef<{ key: string; chargeUuid: string } | null>(null);
  const schema = useMemo(() => checkoutFormSchema(currency), [currency]);
  const brazilian = currency === 'BRL';

  const form = useForm<CheckoutFormValues, unknown, StartLinkPaymentBody>({
    resolver: (values, context, options) => zodResolver(schema)(toStartBody(values) as never, context, options as never) as never,
    defaultValues: {
      method,
      payer_name: '',
      payer_email: '',
      payer_tax_id: '',
      payer_cell_phone: COUNTRY_CODES[currency] ?? '+',
      installment_count: 1,
      payer_address: { street: '', address_number: '', complement: '', neighborhood: '', city: '', state: '', postal_code: '', country: 'BR' },
    },
  });
  const { register, formState, setError, setValue } = form;
  const brand = detectBrand(card.number);

  function choose(next: PaymentLinkMethod) {
    setMethod(next);
    setValue('method', next);
    setFormError(null);
  }

  /** The payer's message for a field, in their language (the schema's own messages are the API's English). */
  function problemOf(name: FieldPath<CheckoutFormValues>): string | undefined {
    if (!get(formState.errors, name)) return undefined;
    return t(`errors.${name.startsWith('payer_address.') ? 'address' : name}`);
  }
  const aria = (name: FieldPath<CheckoutFormValues>) => ({
    'aria-invalid': !!get(formState.errors, name),
    'aria-describedby': get(formState.errors, name) ? `${id}-${name}-error` : undefined,
  });

  const setCardField = (field: CardFormField) => (event: { target: { value: string } }) => {
    const value = field === 'number' ? formatCardNumber(event.target.value) : event.target.value;
    setCard((current) => ({ ...current, [field]: value }));
    if (cardProblems[field]) setCardProblems((current) => ({ ...current, [field]: undefined }));
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    setFormError(null);
    // The card is checked with the payer's details, so every mistake shows at once.
    const problems = method === 'credit_card' ? cardOnlyProblems(card) : {};
    setCardProblems(problems);
    void form.handleSubmit(async (body) => {
      const first = (Object.keys(problems) as CardFormField[]).find((field) => problems[field]);
      if (first) return document.getElementById(`${id}-card-${first}`)?.focus();
      await pay(body);
    })(event);
  }

  async function pay(body: StartLinkPaymentBody) {
    setPhase('working');
    try {
      const chargeUuid = await startCharge(body);
      if (!chargeUuid) return;
      if (body.method !== 'credit_card') return leave(`/checkout/${paymentLinkUuid}/${chargeUuid}`);
      await payByCard(chargeUuid, body.payer_tax_id);
    } catch {
      setFormError(t('errors.failed'));
    } finally {
      setPhase((current) => (current === 'working' ? 'idle' : current));
    }
  }

  function leave(url: string, external = false) {
    setPhase('leaving');
    if (external) window.location.assign(url);
    else router.push(url);
  }

  /** The charge for these details: the one already started for them, or a new one. Null when the endpoint refused (said on the form). */
  async function startCharge(body: StartLinkPaymentBody): Promise<string | null> {
    const key = JSON.stringify(body);
    if (started.current?.key === key) return started.current.chargeUuid;
    const response = await fetch(`/api/v1/bank/public/payment-link/${paymentLinkUuid}/charge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: key,
    });
    const answer = (await response.json().catch(() => ({}))) as StartAnswer;
    if (response.ok && answer.charge_uuid) {
      started.current = { key, chargeUuid: answer.charge_uuid };
      return answer.charge_uuid;
    }
    refused(response, answer);
    return null;
  }

  async function payByCard(chargeUuid: string, taxId: string) {
    const response = await fetch(`/api/v1/bank/public/charge/${chargeUuid}/pay`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(toPayChargeBody({ ...card, taxId })),
    });
    const answer = (await response.json().catch(() => ({}))) as PayAnswer;
    if (response.ok && answer.status === 'pending' && answer.url_3ds) return leave(answer.url_3ds, true);
    if (response.ok && PAID.includes(answer.status ?? '')) return leave(`/checkout/${paymentLinkUuid}/${chargeUuid}`);
    if (response.ok && answer.status === 'error') {
      // Declined: that charge is over; another card starts another one.
      started.current = null;
      setCard((current) => ({ ...current, number: '', cvv: '' }));
      // The acquirer's own words are English; the payer reads theirs.
      setFormError(t('errors.declined'));
      document.getElementById(`${id}-card-number`)?.focus();
      return;
    }
    const found: CardFormProblems = {};
    for (const message of answer.message ?? []) {
      const problem = problemOfRefusal(message);
      if (problem && problem[0] !== 'taxId') found[problem[0]] = problem[1];
    }
    if (Object.keys(found).length) return setCardProblems(found);
    if (response.status === 409) started.current = null;
    refused(response, { message: answer.message });
  }

  /** Says why the start or pay endpoint refused: the link closed, a field at fault, too many tries, or a plain failure. */
  function refused(response: Response, answer: ErrorBody) {
    if (response.status === 429) return setFormError(t('errors.tooMany', { seconds: Number(response.headers.get('Retry-After')) || 60 }));
    const codes = [answer.code, ...(Array.isArray(answer.message) ? answer.message.map((message) => message.code) : [])];
    const linkStatus = codes.map((code) => /^errors\.payment_link\.(inactive|expired|completed)$/.exec(code ?? '')?.[1]).find(Boolean);
    if (linkStatus) return setClosed(linkStatus as Exclude<PaymentLinkStatus, 'active'>);
    let marked = false;
    for (const { field } of answer.details?.fields ?? []) {
      const name = field === 'payer_address' ? 'payer_address.street' : field;
      if (name === 'method' || name === 'installment_count' || name in form.getValues() || name.startsWith('payer_address.')) {
        setError(name as FieldPath<CheckoutFormValues>, { type: 'server' }, { shouldFocus: !marked });
        marked = true;
      }
    }
    if (codes.includes('errors.payer.tax_id_invalid')) {
      setError('payer_tax_id', { type: 'server' }, { shouldFocus: !marked });
      marked = true;
    }
    if (!marked) setFormError(codes.includes('errors.pix.key_not_configured') ? t('errors.methodUnavailable') : t('errors.failed'));
  }

  if (closed) {
    return (
      <p role="alert" className="rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-700" data-testid="checkout-unavailable">
        {t(`unavailable.${closed}`)}
      </p>
    );
  }

  const busy = phase !== 'idle';
  const textInput = (name: FieldPath<CheckoutFormValues>, label: string, options: { autoComplete?: string; type?: string; inputMode?: 'email' | 'tel' | 'numeric' | 'text'; hint?: string; onChange?: (value: string) => string } = {}) => {
    const registered = register(name, options.onChange ? { onChange: (event: { target: { value: string } }) => setValue(name, options.onChange!(event.target.value)) } : undefined);
    return (
      <Field id={`${id}-${name}`} label={label} hint={options.hint} error={problemOf(name)}>
        <input id={`${id}-${name}`} type={options.type ?? 'text'} inputMode={options.inputMode} autoComplete={options.autoComplete} className={`${inputClass} w-full`} {...aria(name)} {...registered} />
      </Field>
    );
  };
  const cardField = (name: Exclude<CardFormField, 'taxId'>) => ({
    id: `${id}-card-${name}`,
    value: card[name],
    onChange: setCardField(name),
    'aria-invalid': !!cardProblems[name],
    'aria-describedby': cardProblems[name] ? `${id}-card-${name}-error` : undefined,
    className: `${inputClass} w-full`,
  });
  const cardProblem = (name: CardFormField) => (cardProblems[name] ? cardText(`errors.${cardProblems[name]}`) : undefined);

  return (
    <section aria-label={t('payment')} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <MethodTabs idPrefix={id} methods={methods} selected={method} onSelect={choose}>
        <form onSubmit={onSubmit} aria-label={t(`form.${method}`)} className="flex flex-col gap-4" noValidate>
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 text-sm font-semibold text-slate-700">{t('payer')}</legend>
            {textInput('payer_name', t('payerName'), { autoComplete: 'name' })}
            {textInput('payer_email', t('payerEmail'), { autoComplete: 'email', type: 'email', inputMode: 'email' })}
            {textInput('payer_tax_id', t('payerTaxId'), { inputMode: 'text', hint: t('payerTaxIdHint'), onChange: brazilian ? maskTaxId : undefined })}
            {textInput('payer_cell_phone', t('payerPhone'), { autoComplete: 'tel', type: 'tel', inputMode: 'tel', hint: t('payerPhoneHint') })}
          </fieldset>

          {method === 'boleto' ? (
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-sm font-semibold text-slate-700">{t('address.title')}</legend>
              {textInput('payer_address.postal_code', t('address.postal_code'), { autoComplete: 'postal-code', inputMode: 'numeric', onChange: (typed) => formatCep(typed.replace(/\D/g, '').slice(0, 8)) })}
              {textInput('payer_address.street', t('address.street'), { autoComplete: 'address-line1' })}
              <div className="grid grid-cols-2 gap-4">
                {(['address_number', 'complement'] satisfies AddressField[]).map((field) => (
                  <div key={field}>{textInput(`payer_address.${field}`, t(`address.${field}`), { autoComplete: field === 'complement' ? 'address-line2' : 'off' })}</div>
                ))}
              </div>
              {textInput('payer_address.neighborhood', t('address.neighborhood'), { autoComplete: 'address-level3' })}
              <div className="grid grid-cols-[1fr_6rem] gap-4">
                {textInput('payer_address.city', t('address.city'), { autoComplete: 'address-level2' })}
                {textInput('payer_address.state', t('address.state'), { autoComplete: 'address-level1' })}
              </div>
              <p className="text-sm text-slate-600">{t('boletoNote')}</p>
            </fieldset>
          ) : null}

          {method === 'pix' ? <p className="text-sm text-slate-600">{t('pixNote')}</p> : null}

          {method === 'credit_card' ? (
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-sm font-semibold text-slate-700">{t('card')}</legend>
              {installments.length > 1 ? (
                <Field id={`${id}-installment_count`} label={t('installments')} error={problemOf('installment_count')}>
                  <select id={`${id}-installment_count`} className={`${inputClass} w-full`} {...aria('installment_count')} {...register('installment_count', { valueAsNumber: true })}>
                    {installments.map((choice) => (
                      <option key={choice.count} value={choice.count}>
                        {t('installmentOption', choice)}
                      </option>
                    ))}
                  </select>
                </Field>
              ) : null}
              <Field id={`${id}-card-name`} label={cardText('name')} error={cardProblem('name')}>
                <input {...cardField('name')} autoComplete="cc-name" autoCapitalize="characters" maxLength={100} />
              </Field>
              <Field id={`${id}-card-number`} label={cardText('number')} error={cardProblem('number')}>
                <div className="flex items-center gap-3">
                  <input
                    {...cardField('number')}
                    inputMode="numeric"
                    autoComplete="cc-number"
                    maxLength={23}
                    aria-describedby={[`${id}-card-brand`, cardProblems.number ? `${id}-card-number-error` : ''].filter(Boolean).join(' ')}
                  />
                  <span id={`${id}-card-brand`} aria-live="polite" data-testid="card-brand" className="min-w-24 text-sm font-medium text-slate-700">
                    {brand ? cardText('brand', { brand: BRAND_LABELS[brand] }) : ''}
                  </span>
                </div>
              </Field>
              <div className="grid grid-cols-2 gap-4">
                <Field id={`${id}-card-expiry`} label={cardText('expiry')} error={cardProblem('expiry')}>
                  <input {...cardField('expiry')} inputMode="numeric" autoComplete="cc-exp" maxLength={7} />
                </Field>
                <Field id={`${id}-card-cvv`} label={cardText('cvv')} error={cardProblem('cvv')}>
                  <input {...cardField('cvv')} inputMode="numeric" autoComplete="cc-csc" maxLength={4} />
                </Field>
              </div>
            </fieldset>
          ) : null}

          <FormError message={formError} />
          {phase === 'leaving' ? (
            <p role="status" className="text-sm text-slate-700">
              {t('leaving')}
            </p>
          ) : null}
          <button type="submit" className={`${buttonClass} w-full py-3 text-base`} disabled={busy}>
            {phase === 'working' ? t('working') : t(`submit.${method}`, { amount: amountLabel })}
          </button>
        </form>
      </MethodTabs>
    </section>
  );
}

/** What is wrong with the card alone (the payer's tax id is checked with their details). */
function cardOnlyProblems(card: CardFormValues): CardFormProblems {
  const { taxId: _checkedWithThePayer, ...problems } = cardFormProblems({ ...card, taxId: '0000' });
  return problems;
}
