'use server';

import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { ActionResult } from '@/lib/actions/run-action';
import { invalidFormInput, toActionError, type ActionError } from '@/lib/errors/action-error';
import { isExpectedError } from '@/lib/errors/app-error';
import { fieldProblems } from '@/lib/errors/dialects';
import { NUL_CHARACTER_MESSAGE, nulCharacterPath } from '@/lib/http/nul-character';
import { localizeActionError } from '@/lib/i18n/action-errors';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { logger } from '@/lib/logger';
import { teamErrors } from '@/lib/team/errors';
import { acceptInvitation } from '@/lib/team/invitations';
import { acceptInvitationSchema } from '@/lib/team/schemas';
import { isInvitationToken } from '@/lib/team/tokens';

/**
 * The invitation page's one door, public: the token is the credential. It is checked for shape
 * before anything is looked up and never logged; the form's input is parsed with the schema the
 * form uses, and failures come back as runAction's form errors, in the reader's language.
 * The page binds the token from its path.
 */
export async function acceptInvitationAction(token: unknown, input: unknown): Promise<ActionResult<{ email: string }>> {
  if (!isInvitationToken(token)) return failed(teamErrors.invitationUnusable('unknown'));
  const nul = nulCharacterPath(input);
  if (nul) return refused(invalidFormInput([{ field: nul, issue: NUL_CHARACTER_MESSAGE }]));
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) return refused(invalidFormInput(fieldProblems(parsed.error)));
  try {
    return { ok: true, data: await acceptInvitation(await getDb(), token, parsed.data) };
  } catch (error) {
    if (!isExpectedError(error)) logger.error({ err: error }, 'accepting an invitation failed');
    return failed(error);
  }
}

function failed(error: unknown): Promise<ActionResult<never>> {
  return refused(toActionError(error), error);
}

async function refused(error: ActionError, cause?: unknown): Promise<ActionResult<never>> {
  const locale = await getLocale();
  return { ok: false, error: localizeActionError(error, cause, isLocale(locale) ? locale : DEFAULT_LOCALE) };
}
