import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../elements/portal/portal.js';
import '../elements/login/login.js';
import '../elements/catalogue/catalogue.js';
import { $defaultPortal, configure } from './default-portal.js';
import type { TcLogin } from '../elements/login/login.js';
import type { TcCatalogue } from '../elements/catalogue/catalogue.js';
import { api, DEMO_PASSWORD, text, until } from '../../test/browser/helpers.js';

// The catalogue's virtual list re-lays out inside a ResizeObserver callback; Chrome reports that
// as a harmless "loop" error, which would otherwise fail the running test.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

describe('the page default portal', () => {
  beforeEach(() => $defaultPortal.set(undefined));

  it('lets tags in different parts of the page share one session', async () => {
    const page = await fixture(html`<div>
      <header><tc-portal api=${api()} storage="memory"></tc-portal><tc-login></tc-login></header>
      <main><tc-catalogue></tc-catalogue></main>
    </div>`);
    const login = page.querySelector<TcLogin>('tc-login')!;
    const catalogue = page.querySelector<TcCatalogue>('tc-catalogue')!;
    await until(() => text(catalogue, '[part=status]') === 'Sign in to see the catalogue at your prices.');

    // Signing in through the header's tag makes the catalogue in <main> show prices.
    await $defaultPortal.get()!.session.signIn('anna@nordwerk.example', DEMO_PASSWORD, 1);
    await until(() => catalogue.shadowRoot!.querySelectorAll('[part=card]').length > 0);
    await until(() => login.shadowRoot!.querySelector('[part=signed-in]'));
  });

  it('can be configured from script instead of a tag', async () => {
    const portal = configure({ api: api(), storage: 'memory' });
    const catalogue = await fixture<TcCatalogue>(html`<tc-catalogue></tc-catalogue>`);
    expect(catalogue.portal).to.equal(portal);
  });

  it('keeps the session of a tab in session storage by default', async () => {
    const portal = configure({ api: api() });
    await portal.session.signIn('liis@balticbuild.example', DEMO_PASSWORD, 3);
    expect(sessionStorage.getItem(`tradecounter:token:${api()}`)).to.be.a('string');
    await portal.session.signOut();
    expect(sessionStorage.getItem(`tradecounter:token:${api()}`)).to.equal(null);
  });
});
