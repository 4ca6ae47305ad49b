import { isCnpj, isCpf } from '@/lib/persons/documents';
import { startLinkPaymentSchema, type StartLinkPaymentBody } from './schemas';

// The hosted checkout's payer form, checked in the payer's browser by the schema the public start
// endpoint parses with (`startLinkPaymentSchema`), after taking off what people type around the
// values (a CPF's dots, a phone's spaces), and with the rule the service adds for reais: a CPF or
// CNPJ whose check digits hold. Browser-safe.

/** What the payer's inputs hold: the body's fields as typed, and an address the boleto tab asks for. */
export interface CheckoutFormValues {
  method: StartLinkPaymentBody['method'];
  payer_name: string;
  payer_email: string;
  payer_tax_id: string;
  payer_cell_phone: string;
  installment_count: number;
  payer_address: { street: string; address_number: string; complement: string; neighborhood: string; city: string; state: string; postal_code: string; country: string };
}

/** A CPF or CNPJ as the wire carries it: its letters and digits, upper case ("529.982.247-25" → "52998224725"). */
export const bareTaxId = (typed: string) => typed.replace(/[.\-/\s]/g, '').toUpperCase();

/** A phone as E.164 wants it: "+55 (11) 98765-4321" → "+5511987654321". */
export const barePhone = (typed: string) => typed.replace(/[\s().-]/g, '');

/** The start endpoint's body for what the payer typed: bare tax id and phone, an address only for a boleto, installments only for a card. */
export function toStartBody(values: CheckoutFormValues): Record<string, unknown> {
  const address = values.payer_address;
  return {
    method: values.method,
    payer_name: values.payer_name,
    payer_email: values.payer_email.trim(),
    payer_tax_id: bareTaxId(values.payer_tax_id),
    payer_cell_phone: barePhone(values.payer_cell_phone),
    installment_count: values.method === 'credit_card' ? values.installment_count : 1,
    ...(values.method === 'boleto'
      ? { payer_address: { ...address, postal_code: address.postal_code.replace(/\D/g, ''), complement: address.complement.trim() || null, state: address.state.trim().toUpperCase() } }
      : {}),
  };
}

/**
 * The checkout's schema for a link in `currency`: the server's own, on the body `toStartBody`
 * makes, plus the CPF/CNPJ check digits for reais and the address a boleto needs.
 */
export function checkoutFormSchema(currency: string) {
  return startLinkPaymentSchema.superRefine((body, ctx) => {
    if (currency === 'BRL' && !isCpf(body.payer_tax_id) && !isCnpj(body.payer_tax_id)) {
      ctx.addIssue({ code: 'custom', path: ['payer_tax_id'], message: 'Enter a valid CPF or CNPJ' });
    }
    if (body.method === 'boleto' && !body.payer_address) ctx.addIssue({ code: 'custom', path: ['payer_address'], message: 'A boleto needs the payer address' });
  });
}
