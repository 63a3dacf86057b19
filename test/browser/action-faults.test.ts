// Faults on what the buyer does, not only on what an element loads: changing a quantity and placing
// the order in tc-cart, a bulk add in tc-quick-order, adding from tc-catalogue, signing in with
// tc-login, and the cart failing to load under tc-cart, tc-cart-button and tc-quick-order. For each
// of 500, malformed JSON, offline and a timeout: an accessible error (role=alert) with a retry;
// what the buyer typed is still there; the totals shown are the ones from before the failure (never
// half-updated); and the retry, once the back end is back, finishes the job exactly once.
// Assertions look at roles and parts, not at the wording of errors (that is localised elsewhere).
import { expect, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/index.js';
import type { Product } from '../../contract/catalogue.js';
import type { Portal } from '../../src/portal/portal.js';
import { newBuyer } from './admin.js';
import { DEMO_PASSWORD, inPortal, newPortal, until } from './helpers.js';

type Fault = '500' | 'malformed' | 'offline' | 'slow';
const faults: Fault[] = ['500', 'malformed', 'offline', 'slow'];
const TIMEOUT = 2500;

// The catalogue's virtualizer resizes as cards render; the browser reports that as a loop error.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

/**
 * A fetch that is real until a fault is switched on for the requests `match` picks. `lost` lets
 * the request reach the back end and loses the answer (a connection that drops on the way back).
 */
function faultyFetch(match: (request: Request, path: string) => boolean) {
  const state = { fault: undefined as Fault | 'lost' | undefined, faulted: 0 };
  const fetcher: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!state.fault || !match(request, new URL(request.url).pathname)) return fetch(request);
    state.faulted++;
    switch (state.fault) {
      case '500':
        return new Response(JSON.stringify({ error: { code: 'internal', message: 'Something went wrong on our side.' } }), {
          status: 500,
          headers: { 'content-type': 'application/json' },
        });
      case 'malformed':
        return new Response('{"lines": [ {"id": 1, "qu', { status: 200, headers: { 'content-type': 'application/json' } });
      case 'offline':
        throw new TypeError('Failed to fetch');
      case 'lost':
        await fetch(request);
        throw new TypeError('Failed to fetch');
      case 'slow':
        // Longer than the portal's timeout; gives up when the client aborts.
        return new Promise<Response>((resolve, reject) => {
          const timer = setTimeout(() => resolve(fetch(request)), 15_000);
          request.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(request.signal.reason);
          });
        });
    }
  };
  return Object.assign(state, { fetch: fetcher });
}

const shadow = (element: Element) => element.shadowRoot!;
const part = <T extends Element = HTMLElement>(element: Element, name: string) => shadow(element).querySelector<T>(`[part~="${name}"]`);
const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * An announced error (a non-empty role=alert, in `scope` when given) and its retry button: inside
 * the alert, or beside it in the element (a compact control keeps its alert visually hidden).
 */
async function alertWithRetry(element: Element, scope = '[role=alert]') {
  return until(() => {
    const alerts = [...shadow(element).querySelectorAll<HTMLElement>(scope)].filter((alert) => !alert.hidden && textOf(alert));
    if (alerts.length === 0) return undefined;
    for (const alert of alerts) {
      const inside = alert.querySelector<HTMLButtonElement>('[part~=retry]');
      if (inside) return inside;
    }
    return scope === '[role=alert]' ? (shadow(element).querySelector<HTMLButtonElement>('[part~=retry]') ?? undefined) : undefined;
  }, 8000);
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string, event: 'input' | 'change' = 'input') {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

/** Products of the buyer's catalogue that any quantity suits. */
async function simpleProducts(portal: Portal): Promise<Product[]> {
  const { items } = await portal.client.catalogue.listProducts({ pageSize: 100 });
  return items.filter((item) => item.minQuantity === 1 && item.orderMultiple === 1 && item.stock.kind === 'quantity' && item.stock.quantity >= 50);
}

describe('faults on the buyer’s actions', () => {
  const tried: string[] = [];
  after(() => console.log(`action faults: ${tried.length} action × fault cases (${[...new Set(tried.map((name) => name.split(':')[0]))].join(', ')})`));

  for (const fault of faults) {
    it(`tc-cart: a quantity change meets ${fault}: alert with retry, typed quantity kept, totals from before, then the server's`, async () => {
      tried.push(`cart quantity:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'PUT' && path.startsWith('/v1/cart/lines/'));
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const [product] = await simpleProducts(portal);
      expect((await portal.cart.add(product!.id, 2)).ok).to.equal(true);
      const el = await inPortal(portal, html`<tc-cart></tc-cart>`);
      const input = await until(() => part<HTMLInputElement>(el, 'quantity'));
      const before = textOf(part(el, 'totals')?.querySelector('dl'));

      net.fault = fault;
      type(input, '5', 'change');
      const retry = await alertWithRetry(el);
      expect(net.faulted).to.be.greaterThan(0);
      expect(part<HTMLInputElement>(el, 'quantity')!.value, 'the typed quantity').to.equal('5');
      expect(textOf(part(el, 'totals')?.querySelector('dl')), 'no half-updated totals').to.equal(before);
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => !part(el, 'error') && !portal.cart.$cart.get()?.updating, 8000);
      const server = await portal.client.cart.get();
      expect(server.lines.map((line) => line.quantity)).to.deep.equal([5]);
      const after = textOf(part(el, 'totals')?.querySelector('dl'));
      expect(after).to.not.equal(before);
      const gross = shadow(el).querySelector('[part=totals] dd.gross');
      expect(textOf(gross).replace(/\D/g, '')).to.equal(String(server.totals.gross.amount), 'the server’s new total');
    });

    it(`tc-cart: placing meets ${fault}: alert with retry, PO number and note kept, totals unchanged, one order after the retry`, async () => {
      tried.push(`cart place:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'POST' && path === '/v1/orders');
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const [product] = await simpleProducts(portal);
      await portal.cart.add(product!.id, 3);
      await portal.cart.update({ delivery: { kind: 'pickup' }, note: 'Gate 4, ring twice' });
      const el = await inPortal(portal, html`<tc-cart></tc-cart>`);
      const po = await until(() => part<HTMLInputElement>(el, 'po-number'));
      type(po, `PO-${fault}`);
      await until(() => !portal.cart.$cart.get()?.updating);
      const before = textOf(part(el, 'totals')?.querySelector('dl'));

      net.fault = fault;
      part<HTMLButtonElement>(el, 'place-button')!.click();
      const retry = await alertWithRetry(el, '[part~=place-error]');
      expect(part<HTMLInputElement>(el, 'po-number')!.value).to.equal(`PO-${fault}`);
      expect(part<HTMLTextAreaElement>(el, 'note')!.value).to.equal('Gate 4, ring twice');
      expect(textOf(part(el, 'totals')?.querySelector('dl'))).to.equal(before);
      expect(shadow(el).querySelectorAll('[part=line]')).to.have.length(1);
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => part(el, 'order-number'), 8000);
      const orders = await portal.client.orders.list();
      expect(orders.total).to.equal(1);
      expect(orders.items[0]!.poNumber).to.equal(`PO-${fault}`);
    });

    it(`tc-quick-order: a bulk add meets ${fault}: alert with retry, rows kept, added once after the retry`, async () => {
      tried.push(`quick-order add:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'POST' && path === '/v1/cart/lines');
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const [product] = await simpleProducts(portal);
      const el = await inPortal(portal, html`<tc-quick-order></tc-quick-order>`);
      const sku = await until(() => part<HTMLInputElement>(el, 'sku'));
      type(sku, product!.sku);
      type(part<HTMLInputElement>(el, 'quantity')!, '3');

      net.fault = fault;
      part<HTMLButtonElement>(el, 'submit')!.click();
      const retry = await alertWithRetry(el);
      expect(part<HTMLInputElement>(el, 'sku')!.value).to.equal(product!.sku);
      expect(part<HTMLInputElement>(el, 'quantity')!.value).to.equal('3');
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => textOf(part(el, 'summary')), 8000);
      expect((await portal.client.cart.get()).lines.map((line) => [line.product.id, line.quantity])).to.deep.equal([[product!.id, 3]]);
    });

    it(`tc-login: signing in meets ${fault}: alert with retry, e-mail kept, signed in after the retry`, async () => {
      tried.push(`login:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'POST' && path.startsWith('/v1/auth/'));
      const portal = newPortal({ fetch: net.fetch, timeout: TIMEOUT });
      const el = await inPortal(portal, html`<tc-login></tc-login>`);
      const email = await until(() => part<HTMLInputElement>(el, 'email'));
      type(email, 'anna@nordwerk.example');
      type(part<HTMLInputElement>(el, 'password')!, DEMO_PASSWORD);

      net.fault = fault;
      part<HTMLButtonElement>(el, 'submit')!.click();
      const retry = await alertWithRetry(el);
      expect(part<HTMLInputElement>(el, 'email')!.value).to.equal('anna@nordwerk.example');
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => portal.session.$state.get().status === 'signed-in', 8000);
      await portal.session.signOut();
    });

    it(`tc-catalogue: adding to the cart meets ${fault}: alert with retry, quantity kept, added once after the retry`, async () => {
      tried.push(`catalogue add:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'PUT' && path.startsWith('/v1/cart/lines/'));
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const [product] = await simpleProducts(portal);
      const el = await inPortal(portal, html`<tc-catalogue q=${product!.sku}></tc-catalogue>`);
      const card = await until(() => shadow(el).querySelectorAll<HTMLElement>('.feed [part~=card]').length === 1 && shadow(el).querySelector<HTMLElement>('.feed [part~=card]'), 8000);
      const quantity = card.querySelector<HTMLInputElement>('[part~=quantity-input]')!;
      type(quantity, '4');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

      net.fault = fault;
      card.querySelector<HTMLButtonElement>('[part~=add-button]')!.click();
      const retry = await alertWithRetry(el);
      expect(shadow(el).querySelector<HTMLInputElement>('.feed [part~=quantity-input]')!.value).to.equal('4');
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => !portal.cart.$status.get().syncing && !portal.cart.$status.get().offline, 8000);
      await until(() => !shadow(el).querySelector('[part~=notice][role=alert]'), 8000);
      expect((await portal.client.cart.get()).lines.map((line) => [line.product.id, line.quantity])).to.deep.equal([[product!.id, 4]]);
    });
  }

  for (const tag of ['tc-cart', 'tc-cart-button', 'tc-quick-order']) {
    for (const fault of faults) {
      it(`${tag}: the cart failing to load with ${fault} shows an alert with a retry that recovers`, async () => {
        tried.push(`${tag} load:${fault}`);
        const net = faultyFetch((request, path) => request.method === 'GET' && path === '/v1/cart');
        net.fault = fault;
        const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
        const el = await inPortal(portal, html`${tagged(tag)}`);
        const retry = await alertWithRetry(el);
        await expect(el).to.be.accessible();
        net.fault = undefined;
        retry.click();
        await until(() => portal.cart.$status.get().state === 'ready' && !shadow(el).querySelector('[role=alert] [part~=retry]'), 8000);
      });
    }
  }

  it('tc-quick-order: an add whose answer is lost, retried, adds its lines once (Idempotency-Key)', async () => {
    tried.push('quick-order lost answer:lost');
    const net = faultyFetch((request, path) => request.method === 'POST' && path === '/v1/cart/lines');
    const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
    const [first, second] = await simpleProducts(portal);
    const el = await inPortal(portal, html`<tc-quick-order></tc-quick-order>`);
    await until(() => part(el, 'import'));
    (part<HTMLDetailsElement>(el, 'import')!).open = true;
    const text = `${first!.sku},2\n${second!.sku};5`;
    const area = await until(() => part<HTMLTextAreaElement>(el, 'import-text'));
    type(area, text);

    net.fault = 'lost';
    part<HTMLButtonElement>(el, 'import-submit')!.click();
    const retry = await alertWithRetry(el);
    expect(part<HTMLTextAreaElement>(el, 'import-text')!.value, 'the pasted text').to.equal(text);
    // The first request got through: the server has the lines already.
    expect((await portal.client.cart.get()).lines).to.have.length(2);

    net.fault = undefined;
    retry.click();
    await until(() => textOf(part(el, 'summary')), 8000);
    const lines = (await portal.client.cart.get()).lines.map((line) => [line.product.id, line.quantity]);
    expect(lines).to.have.deep.members([[first!.id, 2], [second!.id, 5]]);
  });
});

/** A tag by name, for the load walk (lit's html cannot take a tag name as a value). */
function tagged(tag: string) {
  const element = document.createElement(tag);
  return element;
}
