import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './cart-button.js';
import type { TcCartButton } from './cart-button.js';
import type { Product } from '../../../contract/catalogue.js';
import { formatMoney } from '../../format/money.js';
import { inPortal, interceptFetch, newPortal, signedInPortal, text, until } from '../../../test/browser/helpers.js';
import { BUYERS, buyer, closePortals, json, products } from '../../../test/browser/ordering-helpers.js';

const { email: EMAIL, customerId: CUSTOMER } = BUYERS.cartButton;
/** Money as text() reads it: Intl's no-break spaces become plain spaces. */
const money = (amount: { amount: number; currency: string }) => formatMoney(amount, 'en').replace(/\s+/g, ' ');

describe('tc-cart-button', () => {
  let simple: Product[];

  before(async () => {
    ({ simple } = await products(await signedInPortal(EMAIL, CUSTOMER)));
  });
  afterEach(closePortals);

  it('offers the cart without figures while nobody is signed in', async () => {
    const el = await inPortal<TcCartButton>(newPortal(), html`<tc-cart-button href="/cart.html"></tc-cart-button>`);
    const link = el.shadowRoot!.querySelector('a[part=button]')!;
    expect(link.getAttribute('href')).to.equal('/cart.html');
    expect(text(el, '[part=button]')).to.equal('Cart');
    expect(el.shadowRoot!.querySelector('[part=count]')?.outerHTML).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it("shows the line count and the server's total without VAT", async () => {
    const portal = await buyer(EMAIL, {}, CUSTOMER);
    await portal.cart.add(simple[0]!.id, 2);
    await portal.cart.add(simple[1]!.id, 1);
    const server = await portal.client.cart.get();
    const el = await inPortal<TcCartButton>(portal, html`<tc-cart-button href="/cart.html"></tc-cart-button>`);
    expect(text(el, '[part=count]')).to.equal('2');
    expect(text(el, '[part=total]')).to.equal(`${money(server.totals.net)} without VAT`);
    // The link's name says what the figures are.
    expect(text(el, 'a')).to.contain('2 lines');
    await expect(el).to.be.accessible();

    el.total = 'gross';
    await el.updateComplete;
    expect(text(el, '[part=total]')).to.equal(`${money(server.totals.gross)} with VAT`);
  });

  it('asks the page to open the cart when it has no link, by mouse or keyboard', async () => {
    const portal = await buyer(EMAIL, {}, CUSTOMER);
    const el = await inPortal<TcCartButton>(portal, html`<tc-cart-button></tc-cart-button>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
    let opened = oneEvent(el, 'tc-cart-open');
    button.click();
    expect((await opened).detail.cart.lines).to.deep.equal([]);

    opened = oneEvent(el, 'tc-cart-open');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await opened;
  });

  it('announces changes to screen readers politely, not the first load', async () => {
    const portal = await buyer(EMAIL, {}, CUSTOMER);
    const el = await inPortal<TcCartButton>(portal, html`<tc-cart-button></tc-cart-button>`);
    const live = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(live.textContent).to.equal('');

    const change = portal.cart.add(simple[2]!.id, 3);
    await el.updateComplete;
    // While the server has not answered, the total is marked as updating and nothing is announced.
    expect(el.shadowRoot!.querySelector('[part=button]')!.getAttribute('aria-busy')).to.equal('true');
    expect(live.textContent).to.equal('');
    await change;
    await el.updateComplete;
    const net = portal.cart.$cart.get()!.totals.net;
    expect(live.textContent).to.equal(`Cart updated: 1 line, ${formatMoney(net, 'en')} without VAT.`);
    expect(text(el, '[part=count]')).to.equal('1');
  });

  it('shows a failure with a retry that recovers', async () => {
    let fail = true;
    await buyer(EMAIL, {}, CUSTOMER);
    const portal = await signedInPortal(EMAIL, CUSTOMER, {
      fetch: interceptFetch('/v1/cart', (request) =>
        fail ? json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500) : fetch(request),
      ),
    });
    const el = await inPortal<TcCartButton>(portal, html`<tc-cart-button></tc-cart-button>`);
    await until(() => el.shadowRoot!.querySelector('[part=retry]'));
    expect(text(el, '[part=retry]')).to.equal('The cart could not be loaded. Try again');
    await expect(el).to.be.accessible();

    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => text(el, '[part=count]') === '0');
    expect(el.shadowRoot!.querySelector('[part=retry]')?.outerHTML).to.equal(undefined);
    await portal.session.signOut();
  });

  it('says it is loading while the cart is on its way', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const portal = await signedInPortal(EMAIL, CUSTOMER, {
      fetch: interceptFetch('/v1/cart', async (request) => {
        await held;
        return fetch(request);
      }),
    });
    const el = await inPortal<TcCartButton>(portal, html`<tc-cart-button></tc-cart-button>`);
    expect(text(el, '[part=button]')).to.equal('Cart , loading');
    expect(el.shadowRoot!.querySelector('[part=button]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    release();
    await until(() => text(el, '[part=count]'));
    await portal.session.signOut();
  });

  it('stays out of the way for a contact who may not order', async () => {
    const portal = await signedInPortal(EMAIL, CUSTOMER, {
      fetch: interceptFetch('/v1/cart', () => json({ error: { code: 'forbidden', message: 'You may not order.' } }, 403)),
    });
    const el = await inPortal<TcCartButton>(portal, html`<tc-cart-button></tc-cart-button>`);
    await until(() => portal.cart.$status.get().state === 'no-access');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=button]')?.outerHTML).to.equal(undefined);
    await portal.session.signOut();
  });
});
