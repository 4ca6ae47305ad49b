import { describe, expect, it } from 'vitest';
import { walletLimitChanged } from '@/lib/credit/events';
import { kycApproved, kycRejected } from '@/lib/kyc/events';
import { renderWebhookBody, type StoredEvent } from './payloads';

const occurredAt = new Date('2026-11-21T13:45:10.123Z');
const rejected: StoredEvent = {
  eventUuid: '0b9d7a5e-4a8e-4f4e-9a53-3f3a2c1d0e9f',
  subject: { type: 'wallet', id: 'a1b2' },
  occurredAt,
  data: { wallet_uuid: 'a1b2', wallet_kind: 'credit', wallet_status: 'rejected', currency: 'BRL', owner_person_key: null, reason: 'Document photo unreadable' },
};

describe('webhook bodies', () => {
  it('gives a QI client the baas.invoice.wallet KYC result of reference B.8, nothing more', () => {
    expect(JSON.parse(renderWebhookBody(kycRejected, rejected, 'qi'))).toEqual({
      webhook_type: 'baas.invoice.wallet',
      webhook_datetime: '2026-11-21T13:45:10.123Z',
      data: { wallet_key: 'a1b2', owner_person_key: null, wallet_status: 'rejected' },
    });
  });

  it('reports a KYC rejection as the one FAILED platform operation, with its reason', () => {
    expect(JSON.parse(renderWebhookBody(kycRejected, rejected, 'platform'))).toMatchObject({
      operation: 'WALLET',
      sub_operation: 'KYC_REJECTED',
      operation_id: rejected.eventUuid,
      status: 'FAILED',
      reason: 'Document photo unreadable',
    });
    const approved = { ...rejected, data: { ...(rejected.data as object), wallet_status: 'active' as const, owner_person_key: 'p-1', reason: null } };
    expect(JSON.parse(renderWebhookBody(kycApproved, approved, 'platform'))).toMatchObject({
      sub_operation: 'KYC_APPROVED',
      status: 'SUCCESS',
      reason: null,
      data: { wallet_uuid: 'a1b2', wallet_status: 'active', owner_person_key: 'p-1' },
    });
  });

  it('writes limit amounts as exact decimals in the wallet currency', () => {
    const limitChanged: StoredEvent = {
      ...rejected,
      data: {
        wallet_uuid: 'a1b2',
        wallet_kind: 'credit',
        wallet_status: 'active',
        currency: 'BRL',
        wallet_limit: { wallet_limit_key: 'l-1', limit_type: 'postpaid_credit_limit', limit_amount_minor: '123456789012345678', used_limit_minor: '5' },
      },
    };
    const body = renderWebhookBody(walletLimitChanged, limitChanged, 'qi');
    expect(body).toContain('"limit_amount":1234567890123456.78');
    expect(body).toContain('"used_limit":0.05');
  });
});
