import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page, type Request } from '@playwright/test';
import { chooseLanguage, DEMO, signIn } from './demo';

/** The invitation link a page shows once, in its read-only "Invitation link" box. */
async function shownInvitationLink(page: Page): Promise<string> {
  const box = page.getByRole('textbox', { name: 'Invitation link' });
  await expect(box).toBeVisible();
  const link = await box.inputValue();
  expect(link).toMatch(/\/invitations\/inv_[A-Za-z0-9_-]{43}$/);
  return link;
}

/** Accepts an invitation in a fresh browser (nobody signed in), setting a name and password; returns the signed-in page. */
async function acceptInFreshBrowser(browser: Browser, link: string, name: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await chooseLanguage(page, 'en');
  return page;
}

test('an operator onboards an account, its owner accepts and invites a viewer, who cannot create credentials even by forging the request', async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 8);
  const accountName = `Mercado ${tag}`;
  const ownerEmail = `owner-${tag}@example.test`;
  const viewerEmail = `viewer-${tag}@example.test`;

  // The operator creates the account with its first merchant and invites its owner.
  await signIn(page, DEMO.adminUser);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'New account' }).click();
  const form = page.getByRole('form', { name: 'New account' });
  await form.getByLabel('Account name').fill(accountName);
  await form.getByLabel('First merchant').fill(`Loja ${tag}`);
  await form.getByLabel("Owner's e-mail").fill(ownerEmail);
  await form.getByRole('button', { name: 'Create account' }).click();
  const ownerLink = await shownInvitationLink(page);

  // The owner, in a browser of their own, sets a password and lands in the new account.
  const owner = await acceptInFreshBrowser(browser, ownerLink, 'Olívia Owner', `owner-pass-${tag}`);
  await expect(owner.getByTestId('signed-in-role')).toHaveText('Owner');
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  const invite = owner.getByRole('form', { name: 'Invite a teammate' });
  await invite.getByLabel('E-mail').fill(viewerEmail);
  await invite.getByLabel('Role').selectOption({ label: 'Viewer' });
  await invite.getByRole('button', { name: 'Invite' }).click();
  const viewerLink = await shownInvitationLink(owner);
  await expect(owner.getByRole('table', { name: 'Pending invitations' })).toContainText(viewerEmail);

  // The owner creates credentials; the server action's request is kept, to be replayed by the viewer.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Developers' }).click();
  const credentials = owner.getByRole('form', { name: 'New credentials' });
  const keyName = `Owner key ${tag}`;
  await credentials.getByLabel('Name').fill(keyName);
  await credentials.getByRole('checkbox', { name: /wallet:read/ }).check();
  const actionRequest = owner.waitForRequest((request) => request.method() === 'POST' && !!request.headers()['next-action']);
  await credentials.getByRole('button', { name: 'Create credentials' }).click();
  const created: Request = await actionRequest;
  await owner.getByRole('dialog').getByRole('button', { name: 'I have stored the secret' }).click();
  await expect(owner.getByRole('row', { name: keyName })).toHaveCount(1);

  // The viewer accepts, reads the account, and is offered no way to create credentials.
  const viewer = await acceptInFreshBrowser(browser, viewerLink, 'Vera Viewer', `viewer-pass-${tag}`);
  await expect(viewer.getByTestId('signed-in-role')).toHaveText('Viewer');
  await viewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Developers' }).click();
  await expect(viewer.getByRole('heading', { name: 'Developers' })).toBeVisible();
  await expect(viewer.getByRole('form', { name: 'New credentials' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Create credentials' })).toHaveCount(0);
  await expect(viewer.getByRole('row', { name: keyName })).toBeVisible();
  await expect(viewer.getByRole('button', { name: /Revoke|Rotate/ })).toHaveCount(0);

  // The owner's request, replayed with the viewer's session (a forged click), is refused and creates nothing.
  const forged = await viewer.request.post(created.url(), {
    headers: { 'next-action': created.headers()['next-action']!, 'content-type': created.headers()['content-type']!, accept: 'text/x-component' },
    data: created.postData() ?? '',
  });
  const answer = await forged.text();
  expect(answer).toContain('forbidden');
  expect(answer).not.toContain('sk_test_');
  await owner.reload();
  await expect(owner.getByRole('row', { name: keyName })).toHaveCount(1);

  // The owner's team shows both members with their roles.
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  const members = owner.getByRole('table', { name: 'Members' });
  await expect(members.getByRole('row', { name: new RegExp(ownerEmail) })).toContainText('Owner');
  await expect(members.getByRole('row', { name: new RegExp(viewerEmail) })).toContainText('Viewer');
});
