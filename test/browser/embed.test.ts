// The BUILT embed (dist/embed as `vite build --mode embed` makes it, served under /built-embed/ by
// web-test-runner.config.mjs) in a page, as a web developer drops it in: one module, tags in the
// page, tags added later, tags in a host's shadow root, against the real back end. This file
// imports nothing from src/ at run time, so every tag here is defined by the embed's chunks.
import { expect } from '@open-wc/testing';

type Embed = typeof import('../../src/embed/tradecounter.js');

const DEMO_PASSWORD = 'tradecounter';
const embedUrl = '/built-embed/tradecounter.js';

/** The embed's files this page has fetched so far, by name without the hash (`catalogue`, `ro`). */
const fetchedChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/built-embed/'))
    .map((path) => path.replace(/^\/built-embed\/(chunks\/)?/, '').replace(/(-[\w-]{8})?\.js$/, ''));

// Not helpers.ts's until: that module defines <tc-portal> from the sources, which this page must not.
async function until<T>(check: () => T | undefined | null | false, timeout = 10000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const shadowText = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('the built embed', () => {
  let sdk: Embed;
  let catalogue: HTMLElement & { pageSize?: number };
  let portal: ReturnType<Embed['configure']>;

  before(async function () {
    // The first request for the embed builds it (web-test-runner.config.mjs): allow for a busy machine.
    this.timeout(90_000);
    // Markup the page has before the script runs, with a property a framework sets before the
    // element is defined (an attribute would say page-size).
    document.body.innerHTML = '<main><tc-catalogue></tc-catalogue></main>';
    catalogue = document.querySelector('tc-catalogue')!;
    catalogue.pageSize = 3;
    sdk = (await import(/* @vite-ignore */ embedUrl)) as Embed;
    // Tags outside a <tc-portal> use the page's default portal.
    portal = sdk.configure({ api: window.TC_TEST_API, storage: 'memory' });
  });

  after(() => {
    sdk.$locale.set('en');
    document.body.innerHTML = '';
  });

  it('loads only the runtime and the chunks of the tags on the page', async () => {
    await until(() => customElements.get('tc-catalogue'));
    const chunks = fetchedChunks();
    expect(chunks).to.include.members(['tradecounter', 'runtime', 'catalogue']);
    expect(chunks).not.to.include.members(['order-list']);
    expect(chunks.filter((chunk) => ['order-list', 'cart', 'statement', 'invoice-list', 'login', 'ro'].includes(chunk))).to.deep.equal([]);
    expect(customElements.get('tc-order-list')).to.equal(undefined);
    expect(sdk.tags).to.include.members(['tc-catalogue', 'tc-cart', 'tc-portal', 'tc-login']);
  });

  it('keeps a property set before the definition, and renders against the back end', async () => {
    await until(() => shadowText(catalogue, '[part=status]') === 'Sign in to see the catalogue at your prices.');
    expect(catalogue.pageSize).to.equal(3);
    const email = 'anna@nordwerk.example';
    const { accounts } = await portal.client.session.listAccounts({ email, password: DEMO_PASSWORD });
    await portal.session.signIn(email, DEMO_PASSWORD, accounts[0]!.customerId);
    // Three cards: the page size set before the chunk arrived reached the element.
    await until(() => catalogue.shadowRoot!.querySelectorAll('[part=card]').length === 3);
    expect(shadowText(catalogue, '[part=card] [part=price]')).to.match(/^€\d+\.\d{2}$/);
    // Lit took the early value over: no own property left shadowing its accessor, so a later
    // change still updates the element.
    expect(Object.hasOwn(catalogue, 'pageSize')).to.equal(false);
    catalogue.pageSize = 4;
    await until(() => catalogue.shadowRoot!.querySelectorAll('[part=card]').length === 4);
    await expect(catalogue).to.be.accessible();
  });

  it('defines a tag added to the page later', async () => {
    expect(customElements.get('tc-cart-button')).to.equal(undefined);
    const button = document.createElement('tc-cart-button');
    document.querySelector('main')!.append(button);
    await customElements.whenDefined('tc-cart-button');
    await until(() => button.shadowRoot?.querySelector('a, button'));
    expect(fetchedChunks()).to.include('cart-button');
  });

  it('defines tags in a host’s shadow root once discover() is given the root, and those added there later', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<tc-login></tc-login>';
    // The document's watch does not see into shadow roots: the tag waits for discover().
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('tc-login')).to.equal(undefined);
    await sdk.discover(shadow);
    const login = shadow.querySelector('tc-login')!;
    expect(customElements.get('tc-login')).to.be.a('function');
    await until(() => shadowText(login, '[part=sign-out]') === 'Sign out');
    // The root is watched from now on.
    shadow.append(document.createElement('tc-announcements'));
    await until(() => customElements.get('tc-announcements'));
    host.remove();
  });

  it('binds a tag defined before the <tc-portal> around it to that portal, not the default one', async () => {
    // tc-login is defined by now (the test before); tc-portal is not: its chunk arrives later.
    expect(customElements.get('tc-login')).to.be.a('function');
    expect(customElements.get('tc-portal')).to.equal(undefined);
    const own = new sdk.Portal({ api: window.TC_TEST_API, storage: 'memory' });
    const wrapper = Object.assign(document.createElement('tc-portal'), { portal: own });
    const login = document.createElement('tc-login');
    wrapper.append(login);
    document.body.append(wrapper);
    await customElements.whenDefined('tc-portal');
    // Its own portal is signed out, while the page's default portal is signed in.
    await until(() => login.shadowRoot?.querySelector('input[type=email]'));
    expect(login.shadowRoot!.querySelector('[part=sign-out]')).to.equal(null);
    wrapper.remove();
  });

  it('runs one runtime when the script is also loaded with a query string', async () => {
    // A cache-busting ?ver=2 (WordPress adds one) makes a second entry module, but it imports the
    // same runtime chunk, so the page keeps one default portal and one set of stores.
    const again = (await import(/* @vite-ignore */ `${embedUrl}?ver=2`)) as Embed;
    expect(again).not.to.equal(sdk);
    expect(again.$defaultPortal).to.equal(sdk.$defaultPortal);
    expect(again.$defaultPortal.get()).to.equal(portal);
  });

  it('loads a tag by name and gives its class; refuses a tag it does not know', async () => {
    const TcCart = await sdk.load('tc-cart');
    expect(customElements.get('tc-cart')).to.equal(TcCart);
    let refused: unknown;
    await sdk.load('tc-nonsense').catch((error: unknown) => (refused = error));
    expect(String(refused)).to.contain('no element <tc-nonsense>');
  });

  it('fetches the Romanian messages only when the locale is Romanian', async () => {
    expect(fetchedChunks()).not.to.include('ro');
    sdk.$locale.set('ro');
    await sdk.translationsReady();
    expect(fetchedChunks()).to.include('ro');
    const login = document.createElement('tc-login');
    document.querySelector('main')!.append(login);
    await until(() => shadowText(login, '[part=sign-out]') === 'Ieșire');
    // The catalogue, loaded before the switch, follows it.
    await until(() => catalogue.shadowRoot?.textContent?.includes('Adaugă în coș'));
  });
});
