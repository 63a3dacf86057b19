import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './login.js';
import type { TcLogin } from './login.js';
import { AuthError } from '../../client/errors.js';
import { $defaultPortal } from '../../portal/default-portal.js';
import { DEMO_PASSWORD, inPortal, newPortal, text, until } from '../../../test/browser/helpers.js';

const field = (el: TcLogin, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

async function type(el: TcLogin, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

async function submit(el: TcLogin) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('tc-login', () => {
  it('shows an accessible sign-in form', async () => {
    const el = await inPortal<TcLogin>(newPortal(), html`<tc-login></tc-login>`);
    expect(text(el, 'h2')).to.equal('Sign in');
    expect(field(el, 'email').getAttribute('autocomplete')).to.equal('username');
    await expect(el).to.be.accessible();
  });

  it('signs a contact with one account straight in and says who is signed in', async () => {
    const portal = newPortal();
    const el = await inPortal<TcLogin>(portal, html`<tc-login></tc-login>`);
    await type(el, 'email', 'anna@nordwerk.example');
    await type(el, 'password', DEMO_PASSWORD);
    const signedIn = oneEvent(el, 'tc-sign-in');
    await submit(el);
    const event = await signedIn;
    expect(event.detail.session.customer.name).to.equal('Nordwerk Distribution GmbH');
    await until(() => el.shadowRoot!.querySelector('[part=signed-in]'));
    expect(text(el, '.who')).to.contain('Signed in as Anna Berg');
    expect(text(el, '.customer')).to.equal('Nordwerk Distribution GmbH');
    await expect(el).to.be.accessible();
  });

  it('lets a contact with two accounts choose one', async () => {
    const portal = newPortal();
    const el = await inPortal<TcLogin>(portal, html`<tc-login></tc-login>`);
    await type(el, 'email', 'mihai@constructim.example');
    await type(el, 'password', DEMO_PASSWORD);
    await submit(el);
    const legend = await until(() => el.shadowRoot!.querySelector('legend'));
    expect(legend.textContent).to.equal('Choose an account');
    const choices = [...el.shadowRoot!.querySelectorAll('label.account')].map((label) => label.textContent!.trim());
    expect(choices).to.deep.equal(['Atelier Tehnic SRL', 'Constructim SRL']);
    await expect(el).to.be.accessible();

    const constructim = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!;
    constructim.click();
    const signedIn = oneEvent(el, 'tc-sign-in');
    await submit(el);
    expect((await signedIn).detail.session.customer.name).to.equal('Constructim SRL');
    const state = portal.session.$state.get();
    expect(state.status === 'signed-in' && state.session.customer.currency).to.equal('RON');
  });

  it('says the credentials are wrong without saying which, and keeps the e-mail', async () => {
    const el = await inPortal<TcLogin>(newPortal(), html`<tc-login></tc-login>`);
    await type(el, 'email', 'anna@nordwerk.example');
    await type(el, 'password', 'not-the-password');
    const failed = oneEvent(el, 'tc-error');
    await submit(el);
    expect((await failed).detail.error).to.be.instanceOf(AuthError);
    await until(() => text(el, '[part=error]'));
    expect(text(el, '[role=alert]')).to.equal('The e-mail or the password is not right.');
    expect(field(el, 'email').value).to.equal('anna@nordwerk.example');
    await expect(el).to.be.accessible();
  });

  it('marks an invalid e-mail with the server’s field message', async () => {
    const el = await inPortal<TcLogin>(newPortal(), html`<tc-login></tc-login>`);
    await type(el, 'email', 'not-an-email');
    await type(el, 'password', 'x');
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('#email-error'));
    expect(text(el, '#email-error')).to.equal('Enter a valid e-mail address');
    expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'email').getAttribute('aria-describedby')).to.equal('email-error');
    await expect(el).to.be.accessible();
  });

  it('signs in from the keyboard alone', async () => {
    const el = await inPortal<TcLogin>(newPortal(), html`<tc-login></tc-login>`);
    field(el, 'email').focus();
    await sendKeys({ type: 'liis@balticbuild.example' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: DEMO_PASSWORD });
    const signedIn = oneEvent(el, 'tc-sign-in');
    await sendKeys({ press: 'Enter' });
    expect((await signedIn).detail.session.contact.name).to.equal('Liis Tamm');
  });

  it('signs out, and the old token stops working', async () => {
    const portal = newPortal();
    const el = await inPortal<TcLogin>(portal, html`<tc-login></tc-login>`);
    await type(el, 'email', 'anna@nordwerk.example');
    await type(el, 'password', DEMO_PASSWORD);
    await submit(el);
    const signOut = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=sign-out]'));
    const session = await portal.client.session.current();
    expect(session.contact.email).to.equal('anna@nordwerk.example');
    const signedOut = oneEvent(el, 'tc-sign-out');
    signOut.click();
    await signedOut;
    await until(() => el.shadowRoot!.querySelector('form'));
    expect(portal.session.$state.get().status).to.equal('signed-out');
  });

  it('explains when the back end cannot be reached, and keeps what was typed', async () => {
    const el = await inPortal<TcLogin>(newPortal({ api: 'http://127.0.0.1:9' }), html`<tc-login></tc-login>`);
    await type(el, 'email', 'anna@nordwerk.example');
    await type(el, 'password', DEMO_PASSWORD);
    await submit(el);
    await until(() => text(el, '[part=error]'));
    expect(text(el, '[part=error]')).to.equal('The server could not be reached. Check your connection.');
    expect(field(el, 'password').value).to.equal(DEMO_PASSWORD);
    await expect(el).to.be.accessible();
  });

  it('says so when no back end is configured', async () => {
    $defaultPortal.set(undefined);
    const el = document.createElement('tc-login');
    document.body.append(el);
    await el.updateComplete;
    expect(text(el, '[role=alert]')).to.match(/not set up/);
    el.remove();
  });
});
