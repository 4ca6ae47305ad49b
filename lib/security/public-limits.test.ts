import { describe, expect, it } from 'vitest';
import { PUBLIC_LIMITS, publicLimitOf } from './public-limits';

describe('publicLimitOf', () => {
  it('limits the public charge API and the payer pages, each on its own budget', () => {
    expect(publicLimitOf('/api/v1/bank/public/charge/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/')).toBe('api');
    expect(publicLimitOf('/api/v1/bank/public/charge/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/pay')).toBe('api');
    expect(publicLimitOf('/pay/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa')).toBe('page');
    expect(publicLimitOf('/pay/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa/boleto.pdf')).toBe('page');
    expect(publicLimitOf('/pay/3ds/0b6f5a1e-2f7c-4c55-9d43-7c1ad7c2f0aa')).toBe('page');
  });

  it('leaves the dashboard, the token-holding API and look-alike paths alone', () => {
    for (const path of ['/dashboard/charges', '/api/v1/bank/wallet/charge/', '/api/oauth2/token', '/payments', '/api/v1/bank/publicity', '/']) {
      expect(publicLimitOf(path), path).toBeNull();
    }
  });

  it('lets a page poll its status every 2 seconds within the API budget', () => {
    const pollsPerWindow = PUBLIC_LIMITS.api.durationSeconds / 2;
    expect(PUBLIC_LIMITS.api.points).toBeGreaterThan(pollsPerWindow);
  });
});
