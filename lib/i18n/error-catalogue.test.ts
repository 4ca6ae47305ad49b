import { describe, expect, it } from 'vitest';
import { creditErrors } from '@/lib/credit/errors';
import { toActionError } from '@/lib/errors/action-error';
import { AppError } from '@/lib/errors/app-error';
import { idempotencyErrors } from '@/lib/idempotency/errors';
import { invoiceErrors } from '@/lib/invoices/errors';
import { kycErrors } from '@/lib/kyc/errors';
import { managementErrors } from '@/lib/management/errors';
import { instrumentErrors } from '@/lib/payment-instruments/errors';
import { productErrors } from '@/lib/products/quota';
import { teamErrors } from '@/lib/team/errors';
import { walletErrors } from '@/lib/wallets/errors';
import { webhookErrors } from '@/lib/webhooks/errors';
import { localizeActionError } from './action-errors';

/** Arguments that build each factory's error (string ids, an outcome and a date, a field list, or a product and its quota). */
const ARGUMENTS: unknown[][] = [['approved', new Date(0), 'x'], [['owner.document_number']], ['payment_wallet', 3]];

function everyError(factories: Record<string, (...args: never[]) => AppError>): AppError[] {
  return Object.values(factories).map((factory) => {
    for (const args of ARGUMENTS) {
      try {
        return (factory as (...args: unknown[]) => AppError)(...args);
      } catch {
        // the next argument shape
      }
    }
    throw new Error(`cannot build ${factory.name}`);
  });
}

describe('the error catalogue', () => {
  const { invitationUnusable, ...otherTeamErrors } = teamErrors;
  const errors = [
    ...[creditErrors, instrumentErrors, invoiceErrors, kycErrors, productErrors, walletErrors, webhookErrors, idempotencyErrors, managementErrors, otherTeamErrors].flatMap(everyError),
    ...(['expired', 'accepted', 'revoked', 'unknown'] as const).map(invitationUnusable),
  ];

  it('has a Spanish message for every domain error a dashboard form can show', () => {
    expect(errors.length).toBeGreaterThan(20);
    for (const error of errors) {
      const localized = localizeActionError(toActionError(error), error, 'es-MX');
      expect(localized.message, error.code).not.toBe(error.message);
      expect(localized.message.trim(), error.code).not.toBe('');
    }
  });
});
