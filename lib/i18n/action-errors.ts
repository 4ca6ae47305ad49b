import type { ActionError } from '@/lib/errors/action-error';
import { isExpectedError } from '@/lib/errors/app-error';
import { MESSAGES } from './catalogues';
import type { Locale } from './locales';

/**
 * A form error in the reader's language. English is the error's own text. Portuguese is the
 * AppError's `translation` (and each problem's), which every error of ours carries. Spanish, and
 * the door's own messages (a schema failure, the generic one), come from the `errors` catalogue
 * by code; what it lacks stays in English rather than being invented.
 */
export function localizeActionError(shown: ActionError, cause: unknown, locale: Locale): ActionError {
  if (locale === 'en') return shown;
  const catalogue = MESSAGES[locale].errors as Record<string, string>;
  if (locale === 'pt-BR' && isExpectedError(cause) && cause.code === shown.code) {
    const fields = { ...shown.fields };
    for (const problem of cause.problems) if (problem.translation && problem.field in fields) fields[problem.field] = problem.translation;
    return { ...shown, message: cause.translation || shown.message, fields };
  }
  return { ...shown, message: catalogue[shown.code] ?? shown.message };
}
