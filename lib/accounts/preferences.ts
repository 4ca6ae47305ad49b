import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { account, user } from '@/db/schema';
import { DEFAULT_TIME_ZONE, isLocale, LOCALES, TIME_ZONES, type Locale } from '@/lib/i18n/locales';

/** What a user sees the dashboard in: their own choice, else their account's. */
export interface UserPreferences {
  /** Null when neither the user nor the account chose: the browser's language decides. */
  locale: Locale | null;
  timeZone: string;
}

export const userPreferencesSchema = z.object({
  locale: z.enum(LOCALES),
  time_zone: z.enum(TIME_ZONES),
});
export type UserPreferencesInput = z.output<typeof userPreferencesSchema>;

export async function getUserPreferences(db: DbOrTx, userId: string): Promise<UserPreferences> {
  const [row] = await db
    .select({ locale: user.locale, timeZone: user.timeZone, accountLocale: account.defaultLocale, accountTimeZone: account.timeZone })
    .from(user)
    .innerJoin(account, eq(account.entityUuid, user.entityUuid))
    .where(eq(user.id, userId));
  if (!row) return { locale: null, timeZone: DEFAULT_TIME_ZONE };
  const locale = [row.locale, row.accountLocale].find(isLocale) ?? null;
  return { locale, timeZone: row.timeZone ?? row.accountTimeZone };
}

/** Stores the signed-in user's own language and time zone (only their own row). */
export async function updateUserPreferences(db: DbOrTx, userId: string, input: Partial<UserPreferencesInput>): Promise<void> {
  await db
    .update(user)
    .set({ ...(input.locale ? { locale: input.locale } : {}), ...(input.time_zone ? { timeZone: input.time_zone } : {}) })
    .where(eq(user.id, userId));
}
