import { randomUUID } from 'node:crypto';
import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { LosslessNumber } from 'lossless-json';
import type { ApiClient } from './http';

/** A card as the issuing answer shows it, once: what a payer types. */
export interface IssuedCard {
  number: string;
  cvv: string;
  month: string;
  year: string;
}

/** A credit wallet of the issuer, approved in KYC (sandbox route), with one card of the wallet's whole limit. */
export async function creditWalletWithCard(api: ApiClient, limit: string) {
  const { body: created } = await api.post('/api/v1/credit/wallet', {
    request_control_key: randomUUID(),
    owner: {
      person_type: 'natural',
      name: 'Maria Souza',
      document_number: generateCpf(),
      birthdate: '1985-04-12',
      email: 'maria@bench.example.test',
      phone: { country_code: '55', area_code: '11', number: '999999999' },
      address: { street: 'Rua das Flores', number: '123', neighborhood: 'Centro', postal_code: '01234567', city: 'São Paulo', state: 'SP' },
    },
    invoice_configuration: {
      closing_date_configuration: { type: 'fixed', fixed_day: 15 },
      due_date_configuration: { type: 'fixed', fixed_day: 25, offset_months: 0 },
      invoice_payment_type: 'bank_slip',
      interest_base: 'calendar_days',
      monthly_interest_percentage: 2,
      fine_percentage: 2,
    },
    limits: { postpaid_credit_limit: new LosslessNumber(limit) },
  });
  const walletKey = created.wallet_key as string;
  await api.post(`/api/v1/sandbox/wallets/${walletKey}/kyc`, { action: 'approve' });
  const { body: issued } = await api.post(`/api/v1/credit/wallet/${walletKey}/payment_instrument`, {
    request_control_key: randomUUID(),
    owner: {
      person_type: 'natural',
      name: 'Joao Silva',
      document_number: generateCpf(),
      birthdate: '1990-01-01',
      email: 'joao@bench.example.test',
      phone: { country_code: '55', area_code: '11', number: '988888888' },
      address: { street: 'Rua das Flores', number: '123', neighborhood: 'Centro', postal_code: '01234567', city: 'São Paulo', state: 'SP' },
    },
    payment_instrument_type: 'postpaid_card',
    limit_amount: new LosslessNumber(limit),
    postpaid_card_data: { card_type: 'virtual', card_name: 'Cartão Benchmark', printed_name: 'Joao Silva' },
  });
  const card = issued.card as { number: string; cvv: string; expiration_month: number; expiration_year: number };
  return {
    walletKey,
    instrumentKey: issued.payment_instrument_key as string,
    card: { number: card.number, cvv: card.cvv, month: String(card.expiration_month).padStart(2, '0'), year: String(card.expiration_year) } satisfies IssuedCard,
  };
}
