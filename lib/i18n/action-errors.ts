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
  if (locale === 'pt-BR' && isExpectedError(cause) && cause.code === shown.code) {
    const fields = { ...shown.fields };
    for (const problem of cause.problems) if (problem.translation && problem.field in fields) fields[problem.field] = problem.translation;
    return { ...shown, message: cause.translation || shown.message, fields };
  }
  return { ...shown, message: catalogued(MESSAGES[locale].errors, shown.code) ?? shown.message };
}

/** A code's message; a dotted code (`errors.wallet.not_found`) is nested, as next-intl reads a dot as a path. */
function catalogued(catalogue: object, code: string): string | undefined {
  const found = code.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);
  return typeof found === 'string' ? found : undefined;
}
