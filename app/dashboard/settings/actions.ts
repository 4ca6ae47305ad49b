'use server';

import { revalidatePath } from 'next/cache';
import { pixSettingsSchema, updatePixSettings } from '@/lib/accounts/pix-settings';
import { updateUserPreferences, userPreferencesSchema } from '@/lib/accounts/preferences';
import { runAction } from '@/lib/actions/run-action';
import { requireUser } from '@/lib/auth/session';

/** The settings page: the signed-in user's language and time zone, on their own row. */
export async function saveUserPreferencesAction(input: unknown) {
  const user = await requireUser();
  return runAction('self', userPreferencesSchema, input, async ({ db, input }) => {
    await updateUserPreferences(db, user.id, input);
    revalidatePath('/', 'layout');
    return input;
  });
}

/** The shell's language switcher: the language alone. */
export async function saveLocaleAction(locale: unknown) {
  const user = await requireUser();
  return runAction('self', userPreferencesSchema.shape.locale, locale, async ({ db, input }) => {
    await updateUserPreferences(db, user.id, { locale: input });
    revalidatePath('/', 'layout');
    return { locale: input };
  });
}

/** The account's Pix key and city, which every Pix charge's BR Code carries (audited). */
export async function savePixSettingsAction(input: unknown) {
  return runAction('account.manage', pixSettingsSchema, input, async ({ db, caller, input }) => {
    await updatePixSettings(db, caller, input);
    revalidatePath('/dashboard/settings');
    return { pix_key: input.pix_key, pix_city: input.pix_city };
  });
}
