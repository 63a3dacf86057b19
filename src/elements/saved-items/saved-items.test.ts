import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import './saved-items.js';
import '../catalogue/catalogue.js';
import type { TcSavedItems } from './saved-items.js';
import type { TcCatalogue } from '../catalogue/catalogue.js';
import type { Portal } from '../../portal/portal.js';
import { ServerError } from '../../client/errors.js';
import { formatMoney } from '../../format/money.js';
import { inPortal, interceptFetch, newPortal, signedInPortal, text, until } from '../../../test/browser/helpers.js';

const items = (el: TcSavedItems) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=item]')];
const part = <T extends Element = HTMLElement>(root: Element, name: string) => root.querySelector<T>(`[part~="${name}"]`)!;
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Stands in for the cart store (`portal.cart.add`) and keeps what it was given. */
/** Records what reaches the cart, answering as the cart store does when the server accepts. */
function stubCart(portal: Portal) {
  const added: [number, number][] = [];
  const add = async (productId: number, quantity: number) => {
    added.push([productId, quantity]);
    return { ok: true as const };
  };
  (portal as unknown as { cart: object }).cart = { add };
  return added;
}

// The catalogue's virtual list re-lays out inside a ResizeObserver callback; Chrome reports that
// as a harmless "loop" error, which would otherwise fail the running test.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

describe('tc-saved-items', () => {
  it('asks a signed-out visitor to sign in', async () => {
    const el = await inPortal<TcSavedItems>(newPortal(), html`<tc-saved-items></tc-saved-items>`);
    await until(() => text(el, '[part=status]') === 'Sign in to see your saved items.');
    await expect(el).to.be.accessible();
  });

  it('lists the saved items at current prices, each with its usual quantity', async () => {
    // Anna's favourites come with the demo data; no test changes them.
    const portal = await signedInPortal('anna@nordwerk.example');
    const el = await inPortal<TcSavedItems>(portal, html`<tc-saved-items></tc-saved-items>`);
    await until(() => items(el).length === 3);
    const expected = (await portal.client.favourites.list()).items;
    expect(items(el).map((item) => part(item, 'name').textContent)).to.deep.equal(expected.map((item) => item.product.name));
    for (const [index, favourite] of expected.entries()) {
      const item = items(el)[index]!;
      const product = await portal.client.catalogue.getProduct(favourite.product.id);
      expect(part(item, 'price').textContent).to.equal(formatMoney(product.price, 'en'));
      expect(part<HTMLInputElement>(item, 'quantity-input').value).to.equal(String(favourite.quantity));
      expect(part(item, 'favourite').getAttribute('aria-pressed')).to.equal('true');
    }
    // The one Anna ordered in twenties before.
    const usual = items(el).find((item) => part(item, 'sku').textContent!.endsWith(expected.find((f) => f.product.id === 3)!.product.sku))!;
    expect(part<HTMLInputElement>(usual, 'quantity-input').value).to.equal('20');
    expect(text(el, '[part=title]')).to.equal('Saved items');
    await expect(el).to.be.accessible();
  });

  it('orders a saved item in one click with its usual quantity, and remembers a new one', async () => {
    // Mihai's favourites at Atelier Tehnic belong to this test; it removes what it adds.
    const portal = await signedInPortal('mihai@constructim.example', 4);
    const product = (await portal.client.catalogue.listProducts({ pageSize: 100 })).items.find(
      (item) => item.minQuantity === 1 && item.stock.kind === 'quantity' && item.stock.quantity > 0,
    )!;
    await portal.client.favourites.save(product.id, 5);
    try {
      const added = stubCart(portal);
      const el = await inPortal<TcSavedItems>(portal, html`<tc-saved-items></tc-saved-items>`);
      await until(() => items(el).length === 1);
      const cartAdd = oneEvent(el, 'tc-cart-add');
      part<HTMLButtonElement>(items(el)[0]!, 'add-button').click();
      expect((await cartAdd).detail).to.deep.equal({ productId: product.id, quantity: 5 });
      expect(added).to.deep.equal([[product.id, 5]]);
      await until(() => text(el, '[part=notice]') === `${product.name} added to the cart.`);

      // Ordered in eights this time: eight becomes the usual quantity, on the server too.
      part<HTMLButtonElement>(items(el)[0]!, 'increase').click();
      part<HTMLButtonElement>(items(el)[0]!, 'increase').click();
      part<HTMLButtonElement>(items(el)[0]!, 'increase').click();
      await el.updateComplete;
      part<HTMLButtonElement>(items(el)[0]!, 'add-button').click();
      await until(() => added.length === 2);
      expect(added[1]).to.deep.equal([product.id, 8]);
      let usual = 0;
      for (let attempt = 0; attempt < 20 && usual !== 8; attempt++) {
        usual = (await portal.client.favourites.list()).items[0]!.quantity;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(usual).to.equal(8);
      await expect(el).to.be.accessible();
    } finally {
      await portal.client.favourites.remove(product.id);
    }
  });

  it('takes an item off the list with its star, on the server too', async () => {
    const portal = await signedInPortal('mihai@constructim.example', 4);
    const [first, second] = (await portal.client.catalogue.listProducts({ pageSize: 2 })).items;
    await portal.client.favourites.save(first!.id);
    await portal.client.favourites.save(second!.id);
    try {
      const el = await inPortal<TcSavedItems>(portal, html`<tc-saved-items></tc-saved-items>`);
      await until(() => items(el).length === 2);
      const changed = oneEvent(el, 'tc-favourite-change');
      part<HTMLButtonElement>(items(el)[0]!, 'favourite').click();
      await until(() => items(el).length === 1);
      expect((await changed).detail).to.deep.equal({ productId: first!.id, favourite: false });
      expect(part(items(el)[0]!, 'name').textContent).to.equal(second!.name);
      const left = (await portal.client.favourites.list()).items.map((item) => item.product.id);
      expect(left).to.deep.equal([second!.id]);
    } finally {
      await portal.client.favourites.remove(first!.id);
      await portal.client.favourites.remove(second!.id);
    }
  });

  it('shows at once a product starred in the catalogue on the same page', async () => {
    const portal = await signedInPortal('mihai@constructim.example', 2);
    const root = await inPortal<TcSavedItems>(portal, html`<tc-saved-items></tc-saved-items>`);
    const catalogue = document.createElement('tc-catalogue') as TcCatalogue;
    catalogue.q = 'hammer';
    root.after(catalogue);
    const cards = () => [...catalogue.shadowRoot!.querySelectorAll<HTMLElement>('.feed [part=card]')];
    await until(() => cards().length && text(root, '[part=status]'));
    expect(text(root, '[part=status]')).to.match(/^Nothing saved yet/);
    await expect(root).to.be.accessible();
    const name = part(cards()[0]!, 'name').textContent;
    part<HTMLButtonElement>(cards()[0]!, 'favourite').click();
    try {
      await until(() => items(root).length === 1);
      expect(part(items(root)[0]!, 'name').textContent).to.equal(name);
    } finally {
      // Leave Mihai's Constructim favourites empty for the other tests, whatever happened above.
      for (const item of (await portal.client.favourites.list()).items) await portal.client.favourites.remove(item.product.id);
      catalogue.remove();
    }
  });

  it('shows the loading state accessibly', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const portal = await signedInPortal('anna@nordwerk.example', undefined, {
      fetch: interceptFetch('/v1/favourites', async (request) => {
        await held;
        return fetch(request);
      }),
    });
    const el = await inPortal<TcSavedItems>(portal, html`<tc-saved-items></tc-saved-items>`);
    await until(() => text(el, '[part=status]') === 'Loading your saved items…');
    await expect(el).to.be.accessible();
    release();
    await until(() => items(el).length === 3);
  });

  it('shows an error with a retry that recovers', async () => {
    let fail = true;
    const portal = await signedInPortal('anna@nordwerk.example', undefined, {
      fetch: interceptFetch('/v1/favourites', (request) =>
        fail ? json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500) : fetch(request),
      ),
    });
    const el = document.createElement('tc-saved-items');
    const errored = oneEvent(el, 'tc-error');
    await inPortal<TcSavedItems>(portal, html`${el}`);
    expect((await errored).detail.error).to.be.instanceOf(ServerError);
    await until(() => text(el, '[part=error] span') === 'Something went wrong on our side.');
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => items(el).length === 3);
  });

  it('says so when the account has no access to the catalogue', async () => {
    const portal = newPortal({
      fetch: interceptFetch('/v1/auth/session', async (request) => {
        const answer = await (await fetch(request)).json();
        answer.session.permissions = ['invoices'];
        return json(answer, 201);
      }),
    });
    await portal.session.signIn('anna@nordwerk.example', 'tradecounter', 1);
    const el = await inPortal<TcSavedItems>(portal, html`<tc-saved-items></tc-saved-items>`);
    await until(() => text(el, '[part=status]') === 'Your account has no access to the catalogue.');
    await expect(el).to.be.accessible();
  });
});
