import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callerFromUser } from '@/lib/auth/caller';
import { setMailer } from '@/lib/mail/mailer';
import { issueInvitation } from '@/lib/team/invitations';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';

// No session at all: the door is public. The reader's language is a variable.
const reader = vi.hoisted(() => ({ locale: 'en' }));
vi.mock('server-only', () => ({}));
vi.mock('next-intl/server', () => ({ getLocale: async () => reader.locale }));
const { acceptInvitationAction } = await import('./actions');

const db = await testDb();
beforeAll(() => setMailer({ send: async () => {} }));
afterAll(() => setMailer(null));

const PASSWORD = 'a long enough password';
const form = (overrides: Record<string, unknown> = {}) => ({ name: 'Invitee', password: PASSWORD, confirmPassword: PASSWORD, ...overrides });

async function invitationToken() {
  const { account, user } = await createTestAccount(db);
  const email = `invitee-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const { link } = await issueInvitation(db, callerFromUser(user), { entityUuid: account.entityUuid, email, role: 'viewer' });
  return { email, token: new URL(link).pathname.split('/').pop()! };
}

describe('accepting an invitation from its page', () => {
  it('makes the login once and answers with the e-mail to sign in with', async () => {
    reader.locale = 'en';
    const { email, token } = await invitationToken();
    expect(await acceptInvitationAction(token, form())).toEqual({ ok: true, data: { email } });
    expect(await acceptInvitationAction(token, form())).toMatchObject({ ok: false, error: { code: 'invitation_accepted' } });
  });

  it('marks the fields at fault, as runAction does', async () => {
    const { token } = await invitationToken();
    expect(await acceptInvitationAction(token, form({ password: 'short', confirmPassword: 'short' }))).toMatchObject({
      ok: false,
      error: { code: 'validation_error', fields: { password: expect.any(String) } },
    });
    expect(await acceptInvitationAction(token, form({ confirmPassword: 'something else entirely' }))).toMatchObject({
      ok: false,
      error: { code: 'validation_error', fields: { confirmPassword: 'The passwords do not match' } },
    });
    expect(await acceptInvitationAction(token, form({ name: 'Nul\u0000Name' }))).toMatchObject({ ok: false, error: { code: 'validation_error', fields: { name: expect.any(String) } } });
    // None of these used the invitation up.
    expect(await acceptInvitationAction(token, form())).toMatchObject({ ok: true });
  });

  it('refuses a token of the wrong shape without looking it up, in the reader’s language', async () => {
    for (const token of [undefined, '', 'inv_short', `inv_${'A'.repeat(43)}/..`, `inv_${'A'.repeat(44)}`, 42]) {
      reader.locale = 'en';
      expect(await acceptInvitationAction(token, form())).toMatchObject({ ok: false, error: { code: 'invitation_unknown', message: 'This invitation link is not valid' } });
    }
    reader.locale = 'pt-BR';
    expect(await acceptInvitationAction('nope', form())).toMatchObject({ error: { message: 'Este link de convite não é válido' } });
    reader.locale = 'es-MX';
    expect(await acceptInvitationAction('nope', form())).toMatchObject({ error: { message: 'Este enlace de invitación no es válido' } });
  });
});
