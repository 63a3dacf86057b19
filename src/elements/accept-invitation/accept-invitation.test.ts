import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './accept-invitation.js';
import type { TcAcceptInvitation } from './accept-invitation.js';
import { NetworkError } from '../../client/errors.js';
import { $locale } from '../../i18n/i18n.js';
import { adoptTheme, themes } from '../../themes/index.js';
import { adminApi } from '../../../test/browser/admin.js';
import { inPortal, newPortal, text, until } from '../../../test/browser/helpers.js';

let counter = 0;

/** A new customer and an invitation for a new contact, through the supplier's admin API. */
async function invitation(names: { contact?: string; customer?: string } = {}) {
  const suffix = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  const name = names.contact ?? `Ioana ${suffix}`;
  const customer = await adminApi('POST', '/v1/admin/customers', { name: names.customer ?? `Welcome Test ${suffix}`, currency: 'EUR' });
  const invited = await adminApi('POST', '/v1/admin/contacts/invitations', { email: `welcome-${suffix}@example.test`, name, customerId: customer.id });
  return { ...invited, customerName: customer.name as string, email: `welcome-${suffix}@example.test`, name } as {
    token: string; link: string; contactId: number; customerId: number; customerName: string; email: string; name: string;
  };
}

const field = (el: TcAcceptInvitation, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

async function type(el: TcAcceptInvitation, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

const submit = (el: TcAcceptInvitation) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
const formShown = (el: TcAcceptInvitation) => until(() => el.shadowRoot!.querySelector('[part=form]'));

/** A portal whose requests to the back end are counted by path. */
function countingPortal(fetchImpl: typeof fetch = fetch) {
  const paths: string[] = [];
  const portal = newPortal({
    fetch: (input, init) => {
      // Not `new Request(input)`: it would take the body of the request ky sends.
      paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return fetchImpl(input, init);
    },
  });
  return { portal, paths };
}

describe('tc-accept-invitation', () => {
  it('greets the invited contact, sets the password and signs it in', async () => {
    const invited = await invitation();
    const portal = newPortal();
    const el = await inPortal<TcAcceptInvitation>(portal, html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
    expect(text(el, '[part=status]')).to.equal('Checking your invitation…');
    await expect(el).to.be.accessible();
    await formShown(el);
    expect(text(el, 'h2')).to.equal('Set your password');
    expect(text(el, '[part=greeting]')).to.equal(`Welcome, ${invited.name}. Choose a password to sign in to the ${invited.customerName} account.`);
    expect(field(el, 'email').value).to.equal(invited.email);
    expect(field(el, 'password').getAttribute('autocomplete')).to.equal('new-password');
    expect(field(el, 'password').getAttribute('aria-describedby')).to.equal('password-hint');
    await expect(el).to.be.accessible();

    await type(el, 'password', 'a brand new password');
    await type(el, 'confirm', 'a brand new password');
    const accepted = oneEvent(el, 'tc-invitation-accept');
    submit(el);
    await until(() => text(el, '[part=submit]') === 'Setting your password…');
    const { session } = (await accepted).detail;
    expect(session.contact.email).to.equal(invited.email);
    expect(session.customer.id).to.equal(invited.customerId);
    await until(() => el.shadowRoot!.querySelector('[part=done]'));
    expect(text(el, '[part=done] h2')).to.equal('Your password is set');
    expect(text(el, '[part=done] p')).to.equal(`You are signed in as ${invited.name} for ${invited.customerName}.`);
    const state = portal.session.$state.get();
    expect(state.status === 'signed-in' && state.session.contact.id).to.equal(invited.contactId);
    // The new password works for an ordinary sign-in.
    const { accounts } = await newPortal().client.session.listAccounts({ email: invited.email, password: 'a brand new password' });
    expect(accounts.map((account) => account.customerId)).to.deep.equal([invited.customerId]);
    await expect(el).to.be.accessible();
  });

  it('shows names with markup in them as text', async () => {
    const hostile = '<img src=x onerror="window.__tcInvitationXss=1">';
    const invited = await invitation({ contact: hostile, customer: `${hostile} SRL` });
    const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
    await formShown(el);
    expect(text(el, '[part=greeting]')).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __tcInvitationXss?: number }).__tcInvitationXss).to.equal(undefined);
  });

  it('reads the token from the page address, as the server’s links carry it', async () => {
    const invited = await invitation();
    const link = new URL(invited.link);
    expect(link.searchParams.get('token')).to.equal(invited.token);
    const before = location.href;
    try {
      history.replaceState(null, '', `?token=${encodeURIComponent(invited.token)}&invite=nothing`);
      const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation></tc-accept-invitation>`);
      await formShown(el);
      expect(field(el, 'email').value).to.equal(invited.email);

      history.replaceState(null, '', `?invite=${encodeURIComponent(invited.token)}`);
      const named = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token-param="invite"></tc-accept-invitation>`);
      await formShown(named);
      expect(field(named, 'email').value).to.equal(invited.email);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('shows a revoked link’s message and no form', async () => {
    const invited = await invitation();
    await adminApi('POST', `/v1/admin/contacts/${invited.contactId}/revoke`);
    const errors: unknown[] = [];
    const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token=${invited.token} @tc-error=${(e: CustomEvent) => errors.push(e)}></tc-accept-invitation>`);
    await until(() => el.shadowRoot!.querySelector('[part=invalid]'));
    expect(text(el, '[part=invalid] h2')).to.equal('This invitation link does not work');
    expect(text(el, '[part=invalid] p')).to.equal('It has expired, was already used, or was withdrawn. Ask your supplier for a new invitation.');
    expect(el.shadowRoot!.querySelector('form, input, button')).to.equal(null);
    expect(errors, 'a dead link is a state, not an error').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says when the link has no token at all', async () => {
    const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation></tc-accept-invitation>`);
    expect(text(el, '[part=invalid] p')).to.equal('The invitation link is incomplete. Open the whole link from your invitation e-mail.');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks a short password and a mismatch without asking the server, then shows the server’s own field message', async () => {
    const invited = await invitation();
    const { portal, paths } = countingPortal();
    const el = await inPortal<TcAcceptInvitation>(portal, html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
    await formShown(el);
    await type(el, 'password', 'short');
    await type(el, 'confirm', 'shorter');
    submit(el);
    await until(() => el.shadowRoot!.querySelector('#password-error'));
    expect(text(el, '#password-error')).to.equal('Use at least 10 characters');
    expect(text(el, '#confirm-error')).to.equal('The two passwords are not the same');
    expect(field(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'password').getAttribute('aria-describedby')).to.equal('password-hint password-error');
    expect(field(el, 'confirm').getAttribute('aria-describedby')).to.equal('confirm-error');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'password'), 'focus moves to the first field to fix');
    await expect(el).to.be.accessible();

    await type(el, 'password', 'long enough now');
    submit(el);
    await until(() => !el.shadowRoot!.querySelector('#password-error'));
    expect(text(el, '#confirm-error')).to.equal('The two passwords are not the same');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'confirm'));
    expect(paths.filter((path) => path.endsWith('/accept'))).to.deep.equal([]);

    // Longer than the server allows: only the server knows, and its message is shown.
    const tooLong = 'x'.repeat(201);
    await type(el, 'password', tooLong);
    await type(el, 'confirm', tooLong);
    submit(el);
    await until(() => el.shadowRoot!.querySelector('#password-error'));
    expect(text(el, '#password-error')).to.equal('At most 200 characters');
    expect(paths.filter((path) => path.endsWith('/accept'))).to.have.length(1);
    expect(field(el, 'password').value).to.equal(tooLong);
    expect(field(el, 'confirm').value).to.equal(tooLong);
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed when the back end cannot be reached, and tries again', async () => {
    const invited = await invitation();
    let offline = false;
    const { portal } = countingPortal((input, init) =>
      offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init),
    );
    const el = await inPortal<TcAcceptInvitation>(portal, html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
    await formShown(el);
    await type(el, 'password', 'typed while offline');
    await type(el, 'confirm', 'typed while offline');
    offline = true;
    const failed = oneEvent(el, 'tc-error');
    submit(el);
    expect((await failed).detail.error).to.be.instanceOf(NetworkError);
    await until(() => text(el, '[part=error]'));
    expect(text(el, '[part=error]')).to.equal('The server could not be reached. Check your connection.');
    expect(text(el, '[part=submit]')).to.equal('Try again');
    expect(field(el, 'password').value).to.equal('typed while offline');
    expect(field(el, 'confirm').value).to.equal('typed while offline');
    await expect(el).to.be.accessible();

    offline = false;
    const accepted = oneEvent(el, 'tc-invitation-accept');
    submit(el);
    expect((await accepted).detail.session.contact.id).to.equal(invited.contactId);
  });

  it('checks the link again after the back end could not be reached', async () => {
    const invited = await invitation();
    let offline = true;
    const { portal } = countingPortal((input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const el = await inPortal<TcAcceptInvitation>(portal, html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
    const retry = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]'));
    expect(text(el, '[part=error]')).to.equal('The server could not be reached. Check your connection.');
    await expect(el).to.be.accessible();
    offline = false;
    retry.click();
    await formShown(el);
  });

  it('shows the dead-link message when the link is used up between opening and sending', async () => {
    const invited = await invitation();
    const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
    await formShown(el);
    await newPortal().session.acceptInvitation(invited.token, 'someone was quicker');
    await type(el, 'password', 'my own password');
    await type(el, 'confirm', 'my own password');
    submit(el);
    await until(() => el.shadowRoot!.querySelector('[part=invalid]'));
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('works from the keyboard alone', async () => {
    const invited = await invitation();
    const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
    await formShown(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the read-only e-mail is a stop, for checking it').to.equal(field(el, 'email'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'keyboard password' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'keyboard passwort' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('#confirm-error'));
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'confirm'));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'rd' });
    const accepted = oneEvent(el, 'tc-invitation-accept');
    await sendKeys({ press: 'Enter' });
    expect((await accepted).detail.session.contact.id).to.equal(invited.contactId);
    before.remove();
  });

  it('shows a Romanian form when the locale is Romanian', async () => {
    const invited = await invitation();
    $locale.set('ro');
    try {
      const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
      await formShown(el);
      await until(() => text(el, 'h2') === 'Alege parola');
      expect(text(el, 'label[for=confirm]')).to.equal('Repetă parola');
    } finally {
      $locale.set('en');
    }
  });

  // The shared walk (elements.a11y.test.ts) sees this tag without a token only; here the form.
  it('keeps the form readable in the dark theme and at 320 px, with a focus ring on every field', async () => {
    for (const theme of Object.values(themes)) adoptTheme(theme);
    const invited = await invitation();
    const page = document.createElement('div');
    page.className = 'tc-theme-dark';
    page.style.cssText = 'background: var(--tc-color-surface-alt, #fff); padding: 8px';
    document.body.append(page);
    try {
      const el = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token=${invited.token}></tc-accept-invitation>`);
      page.append(el.parentElement!);
      await formShown(el);
      await type(el, 'password', 'short');
      submit(el);
      await until(() => el.shadowRoot!.querySelector('#password-error'));
      await expect(el).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const id of ['email', 'password', 'confirm']) {
        field(el, id).focus();
        const style = getComputedStyle(field(el, id));
        expect(style.outlineStyle !== 'none' || style.boxShadow !== 'none', `focus ring on #${id}`).to.equal(true);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
      page.remove();
    }
  });
});
