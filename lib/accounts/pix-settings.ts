import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { account } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { validatePixKey } from '@/lib/pix/br-code';

/**
 * The account's Pix key and city, written into every BR Code it issues. The key is taken as the
 * Pix directory stores it (CPF or CNPJ digits, a lowercase e-mail, +55 phone, or an EVP UUID).
 */
export const pixSettingsSchema = z.object({
  pix_key: z
    .string()
    .trim()
    .min(1, 'Enter your Pix key')
    .max(77)
    .refine((key) => validatePixKey(key) !== null, 'Not a Pix key: a CPF or CNPJ (digits only), an e-mail, a +55 phone or a random key (EVP)'),
  pix_city: z.string().trim().min(1, 'Enter the city').max(60),
});
export type PixSettingsInput = z.output<typeof pixSettingsSchema>;

export async function getPixSettings(db: DbOrTx, caller: Caller): Promise<{ pixKey: string | null; pixCity: string | null }> {
  const [row] = await db.select({ pixKey: account.pixKey, pixCity: account.pixCity }).from(account).where(eq(account.entityUuid, caller.entityUuid));
  return row ?? { pixKey: null, pixCity: null };
}

export async function updatePixSettings(db: DbOrTx, caller: Caller, input: PixSettingsInput): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(account).set({ pixKey: input.pix_key, pixCity: input.pix_city }).where(eq(account.entityUuid, caller.entityUuid));
    await recordAudit(tx, caller, {
      action: 'account.pix_settings_changed',
      subjectType: 'account',
      subjectId: caller.entityUuid,
      data: { pix_key_type: validatePixKey(input.pix_key)?.type ?? null, pix_city: input.pix_city },
    });
  });
}
