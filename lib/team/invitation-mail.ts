import { createTranslator } from 'next-intl';
import type { UserRole } from '@/db/schema';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import type { MailMessage } from '@/lib/mail/mailer';

/** The invitation e-mail, in the account's language and time zone (the invitee has none yet). */
export function invitationMail(input: { to: string; role: UserRole; accountName: string; link: string; expiresAt: Date; locale: string | null; timeZone: string }): MailMessage {
  const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale, timeZone: input.timeZone, messages: MESSAGES[locale] });
  const values = { account: input.accountName, role: t(`roles.${input.role}`), link: input.link, expiresAt: input.expiresAt };
  return { to: input.to, subject: t('mail.invitation.subject', values), text: t('mail.invitation.body', values) };
}
