import { expect, html, oneEvent } from '@open-wc/testing';
import './catalogue.js';
import type { TcCatalogue } from './catalogue.js';
import { ServerError } from '../../client/errors.js';
import { formatMoney } from '../../format/money.js';
import { inPortal, interceptFetch, newPortal, signedInPortal, text, until } from '../../../test/browser/helpers.js';

const cards = (el: TcCatalogue) => [...el.shadowRoot!.querySelectorAll('[part=card]')];
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('tc-catalogue', () => {
  it('asks a signed-out visitor to sign in', async () => {
    const el = await inPortal<TcCatalogue>(newPortal(), html`<tc-catalogue></tc-catalogue>`);
    expect(text(el, '[part=status]')).to.equal('Sign in to see the catalogue at your prices.');
    await expect(el).to.be.accessible();
  });

  it("shows the customer's products at its own prices, with the list price when it differs", async () => {
    const portal = await signedInPortal('anna@nordwerk.example');
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue page-size="12"></tc-catalogue>`);
    await until(() => cards(el).length);
    expect(cards(el)).to.have.length(12);
    expect(text(el, '[part=count]')).to.equal('312 products');

    const first = (await portal.client.catalogue.listProducts({ pageSize: 1 })).items[0]!;
    const card = cards(el)[0]!;
    expect(card.querySelector('[part=name]')!.textContent).to.equal(first.name);
    expect(card.querySelector('[part=sku]')!.textContent).to.equal(`SKU ${first.sku}`);
    expect(card.querySelector('[part=price]')!.textContent).to.equal(formatMoney(first.price, 'en'));
    expect(first.price.currency).to.equal('EUR');
    // Nordwerk buys from the gold list, so the standard list price shows struck through.
    expect(card.querySelector('[part=list-price]')!.textContent).to.contain(formatMoney(first.listPrice!, 'en'));
    expect(card.querySelector('img')!.getAttribute('alt')).to.equal(first.images[0]!.alt);
    await expect(el).to.be.accessible();
  });

  it('shows a RON customer its own range in lei', async () => {
    const portal = await signedInPortal('mihai@constructim.example', 2);
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue></tc-catalogue>`);
    await until(() => cards(el).length);
    // The Romania partners list leaves out the 26 power tools.
    expect(text(el, '[part=count]')).to.equal('286 products');
    const price = cards(el)[0]!.querySelector('[part=price]')!.textContent!;
    expect(price).to.match(/RON/);
  });

  it('pages through the catalogue', async () => {
    const requested: string[] = [];
    const portal = await signedInPortal('liis@balticbuild.example', undefined, {
      fetch: (input, init) => {
        const request = new Request(input, init);
        requested.push(request.url);
        return fetch(request);
      },
    });
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue page-size="24"></tc-catalogue>`);
    await until(() => cards(el).length);
    const firstOnPageOne = text(el, '[part=name]');
    expect(text(el, '[part=pager] span')).to.equal('Page 1 of 13');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=pager] button')[1]!.click();
    await until(() => text(el, '[part=pager] span') === 'Page 2 of 13');
    expect(text(el, '[part=name]')).not.to.equal(firstOnPageOne);
    expect(requested.some((url) => url.includes('/v1/products') && url.includes('page=2'))).to.equal(true);
  });

  it('shows a server error with a retry that recovers', async () => {
    let fail = true;
    const portal = await signedInPortal('anna@nordwerk.example', undefined, {
      fetch: interceptFetch('/v1/products', (request) =>
        fail ? json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500) : fetch(request),
      ),
    });
    const el = document.createElement('tc-catalogue');
    const errored = oneEvent(el, 'tc-error');
    await inPortal<TcCatalogue>(portal, html`${el}`);
    expect((await errored).detail.error).to.be.instanceOf(ServerError);
    await until(() => el.shadowRoot!.querySelector('[part=retry]'));
    expect(text(el, '[part=error] span')).to.equal('Something went wrong on our side.');
    await expect(el).to.be.accessible();

    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => cards(el).length);
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('says so when an answer cannot be read', async () => {
    const portal = await signedInPortal('anna@nordwerk.example', undefined, {
      fetch: interceptFetch('/v1/products', () => new Response('<html>proxy error</html>', { status: 200 })),
    });
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue></tc-catalogue>`);
    await until(() => text(el, '[part=error] span'));
    expect(text(el, '[part=error] span')).to.equal('The server sent an answer that could not be read.');
  });

  it('shows the loading state accessibly', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const portal = await signedInPortal('anna@nordwerk.example', undefined, {
      fetch: interceptFetch('/v1/products', async (request) => {
        await held;
        return fetch(request);
      }),
    });
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue></tc-catalogue>`);
    expect(text(el, '[part=status]')).to.equal('Loading products…');
    await expect(el).to.be.accessible();
    release();
    await until(() => cards(el).length);
  });

  it('shows the empty state when nothing matches', async () => {
    const portal = await signedInPortal('anna@nordwerk.example', undefined, {
      fetch: interceptFetch('/v1/products', () => json({ items: [], total: 0, page: 1, pageSize: 24 })),
    });
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue></tc-catalogue>`);
    await until(() => text(el, '[part=status]') === 'No products match.');
    await expect(el).to.be.accessible();
  });

  it('falls back to the sign-in message when the session has expired', async () => {
    const portal = await signedInPortal('anna@nordwerk.example');
    await portal.client.session.signOut(); // the server forgets the token; the page still holds it
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue></tc-catalogue>`);
    await until(() => text(el, '[part=status]') === 'Sign in to see the catalogue at your prices.');
    expect(portal.session.$state.get().status).to.equal('signed-out');
  });
});
