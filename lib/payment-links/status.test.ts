import { describe, expect, it } from 'vitest';
import { effectiveStatus } from './status';

const now = new Date('2026-12-05T12:00:00Z');
const link = { status: 'active' as const, expiresAt: null, maxPayments: null, paymentsCount: 0 };

describe('effectiveStatus', () => {
  it('is active until its time runs out or its payments are used up', () => {
    expect(effectiveStatus(link, now)).toBe('active');
    expect(effectiveStatus({ ...link, expiresAt: new Date('2026-12-05T12:00:01Z') }, now)).toBe('active');
    expect(effectiveStatus({ ...link, expiresAt: now }, now)).toBe('expired');
    expect(effectiveStatus({ ...link, maxPayments: 1, paymentsCount: 1 }, now)).toBe('completed');
  });

  it('lets the merchant’s deactivation win, and a used-up link read as completed even after it expired', () => {
    expect(effectiveStatus({ ...link, status: 'inactive', maxPayments: 1, paymentsCount: 1 }, now)).toBe('inactive');
    expect(effectiveStatus({ ...link, maxPayments: 2, paymentsCount: 2, expiresAt: new Date(0) }, now)).toBe('completed');
  });
});
