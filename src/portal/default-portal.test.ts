import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../elements/portal/portal.js';
import '../elements/login/login.js';
import '../elements/catalogue/catalogue.js';
import { $defaultPortal, configure } from './default-portal.js';
import type { TcLogin } from '../elements/login/login.js';
import type { TcCatalogue } from '../elements/catalogue/catalogue.js';
import { api, DEMO_PASSWORD, text, until } from '../../test/browser/helpers.js';

describe('the page default portal', () => {
  beforeEach(() => $defaultPortal.set(undefined));

  it('lets tags in different parts of the page share one session', async () => {
    // fixture() on a plain <div> waits for an animation frame, which the background tab of two test
    // files running at once may not get: render at once and wait for the Lit tags themselves.
    const page = fixtureSync(html`<div>
      <header><tc-portal api=${api()} storage="memory"></tc-portal><tc-login></tc-login></header>
      <main><tc-catalogue page-size="4"></tc-catalogue></main>
    </div>`);
    const login = page.querySelector<TcLogin>('tc-login')!;
    const catalogue = page.querySelector<TcCatalogue>('tc-catalogue')!;
    await Promise.all([login.updateComplete, catalogue.updateComplete]);
    await until(() => text(catalogue, '[part=status]') === 'Sign in to see the catalogue at your prices.');

    // Signing in through the header's tag makes the catalogue in <main> show prices.
    await $defaultPortal.get()!.session.signIn('anna@nordwerk.example', DEMO_PASSWORD, 1);
    await until(() => catalogue.shadowRoot!.querySelectorAll('[part=card]').length === 4);
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
