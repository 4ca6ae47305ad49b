import type { RowContext } from './context';
import { load, type LoadSpec } from './load';
import { mergeObserved, observedLoad, type Observed } from './probe';
import { SETTINGS } from './settings';

/**
 * Measures several loads against each other on a shared machine: each is warmed up, then they take
 * turns, `rounds` times, for `seconds` in all each, and each one's rounds are merged (`afterWarmup`
 * runs between the warm-up and the first round). Whatever
 * else the machine does meanwhile falls on all of them alike, so their ratios hold.
 */
export async function interleaved<K extends string>(
  ctx: RowContext,
  label: string,
  specs: Record<K, Omit<LoadSpec, 'seconds'>>,
  seconds: number,
  options: { rounds?: number; afterWarmup?: () => Promise<void> } = {},
): Promise<Record<K, Observed>> {
  const { rounds = SETTINGS.rounds, afterWarmup } = options;
  const keys = Object.keys(specs) as K[];
  for (const key of keys) await load({ ...specs[key], seconds: SETTINGS.warmupSeconds, onResponse: undefined });
  await afterWarmup?.();
  const observed = Object.fromEntries(keys.map((key) => [key, [] as Observed[]])) as unknown as Record<K, Observed[]>;
  for (let round = 0; round < rounds; round++) {
    for (const key of keys) observed[key].push(await observedLoad(ctx, { ...specs[key], seconds: seconds / rounds }, `${label}: ${key}`));
  }
  return Object.fromEntries(keys.map((key) => [key, mergeObserved(observed[key])])) as Record<K, Observed>;
}
