import { describe, expect, it } from 'vitest';
import { bpsPercent, holdingConfigurationActionSchema, holdingConfigurationFormSchema, percentBps, toHoldingConfigurationBody } from './action-schemas';

const WALLET = '11111111-2222-3333-4444-555555555555';

describe('the holding settings form', () => {
  it('reads the reserve ratio as a percentage with up to two decimals, exactly, into basis points', () => {
    expect(percentBps('100')).toBe(10_000);
    expect(percentBps('12.5')).toBe(1250);
    expect(percentBps('0.01')).toBe(1);
    expect(percentBps('0')).toBe(0);
    for (const bad of ['100.01', '101', '12.345', '-1', '1e2', '', 'abc']) expect(percentBps(bad), bad).toBeNull();
  });

  it('shows basis points as the percentage the form starts with', () => {
    expect([10_000, 1250, 1, 0, 9999].map(bpsPercent)).toEqual(['100', '12.5', '0.01', '0', '99.99']);
    for (const bps of [0, 1, 10, 1250, 3333, 10_000]) expect(percentBps(bpsPercent(bps))).toBe(bps);
  });

  it('turns the form into the body of PUT …/holding/, which its schema takes', () => {
    const values = { minimum_deposit: '2.50', leverage_ceiling: '1000', reserve_ratio: '12.5' };
    expect(holdingConfigurationFormSchema.safeParse(values).success).toBe(true);
    const parsed = holdingConfigurationActionSchema.parse(toHoldingConfigurationBody(WALLET, values));
    expect(parsed).toEqual({ wallet_uuid: WALLET, minimum_deposit: 250n, leverage_ceiling: 100_000n, reserve_ratio_bps: 1250 });
    expect(holdingConfigurationFormSchema.safeParse({ ...values, reserve_ratio: '150' }).success).toBe(false);
    expect(holdingConfigurationActionSchema.safeParse(toHoldingConfigurationBody(WALLET, { ...values, reserve_ratio: '150' })).success).toBe(false);
  });
});
