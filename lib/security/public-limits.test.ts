import { describe, expect, it } from 'vitest';
import { paymentLinkOf, PUBLIC_LIMITS, publicLimitOf } from './public-limits';

describe('publicLimitOf', () => {
  it('limits the public charge API and the public pages (payer’s and invitee’s), each on its own budget', () => {
    expect(publicLimitOf('/api/v1/bank/public/charge/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/')).toBe('api');
    expect(publicLimitOf('/api/v1/bank/public/charge/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/pay')).toBe('api');
    expect(publicLimitOf('/pay/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa')).toBe('page');
    expect(publicLimitOf('/pay/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/boleto.pdf')).toBe('page');
    expect(publicLimitOf('/pay/3ds/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa')).toBe('page');
    expect(publicLimitOf('/checkout/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa')).toBe('page');
    expect(publicLimitOf('/invitations')).toBe('page');
    expect(publicLimitOf('/invitations/inv_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG')).toBe('page');
    expect(publicLimitOf('/api/v1/bank/public/payment-link/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/charge')).toBe('api');
  });

  it('counts the payments a link’s checkout starts against the link itself, whoever starts them', () => {
    expect(paymentLinkOf('/api/v1/bank/public/payment-link/0B6F5A1E-2F7C-4C55-9D43-7C1AD7C2F0AA/charge')).toBe('0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa');
    expect(paymentLinkOf('/api/v1/bank/public/charge/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/pay')).toBeNull();
    expect(paymentLinkOf('/checkout/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa')).toBeNull();
  });

  it('leaves the dashboard, the token-holding API and look-alike paths alone', () => {
    for (const path of ['/dashboard/charges', '/api/v1/bank/wallet/charge/', '/api/oauth2/token', '/payments', '/api/v1/bank/publicity', '/checkouts', '/invitationsx', '/dashboard/team', '/']) {
      expect(publicLimitOf(path), path).toBeNull();
    }
  });

  it('lets a page poll its status every 2 seconds within the API budget', () => {
    const pollsPerWindow = PUBLIC_LIMITS.api.durationSeconds / 2;
    expect(PUBLIC_LIMITS.api.points).toBeGreaterThan(pollsPerWindow);
  });
});
