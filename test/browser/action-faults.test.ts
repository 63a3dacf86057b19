// Faults on what the buyer does, not only on what an element loads: changing a quantity and placing
// the order in tc-cart, a bulk add in tc-quick-order, adding from tc-catalogue, signing in with
// tc-login, "order again", cancelling and an invoice PDF in tc-order-list, an invoice PDF in
// tc-invoice-list, adding to the cart and
// removing a favourite in tc-saved-items, and the cart failing to load under tc-cart,
// tc-cart-button and tc-quick-order. For each
// of 500, malformed JSON, offline and a timeout: an accessible error (role=alert) with a retry;
// what the buyer typed is still there; the totals shown are the ones from before the failure (never
// half-updated); and the retry, once the back end is back, finishes the job exactly once.
// Assertions look at roles and parts, not at the wording of errors (that is localised elsewhere).
import { expect, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/index.js';
import type { Product } from '../../contract/catalogue.js';
import type { Order } from '../../contract/orders.js';
import { newIdempotencyKey } from '../../src/client/orders.js';
import type { Portal } from '../../src/portal/portal.js';
import { adminApi, line, newBuyer } from './admin.js';
import { faults, faultyFetch } from './faulty-fetch.js';
import { DEMO_PASSWORD, inPortal, newPortal, until } from './helpers.js';

const TIMEOUT = 2500;
// Drawing a PDF takes longer than a JSON answer on a busy machine (the PDF cases wait for the alert this long and more).
const PDF_TIMEOUT = 6000;

// The catalogue's virtualizer resizes as cards render; the browser reports that as a loop error.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);


const shadow = (element: Element) => element.shadowRoot!;
const part = <T extends Element = HTMLElement>(element: Element, name: string) => shadow(element).querySelector<T>(`[part~="${name}"]`);
const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * An announced error (a non-empty role=alert, in `scope` when given) and its retry button: inside
 * the alert, or beside it in the element (a compact control keeps its alert visually hidden).
 */
async function alertWithRetry(element: Element, scope = '[role=alert]', wait = 8000) {
  return until(() => {
    const alerts = [...shadow(element).querySelectorAll<HTMLElement>(scope)].filter((alert) => !alert.hidden && textOf(alert));
    if (alerts.length === 0) return undefined;
    for (const alert of alerts) {
      const inside = alert.querySelector<HTMLButtonElement>('[part~=retry]');
      if (inside) return inside;
    }
    return scope === '[role=alert]' ? (shadow(element).querySelector<HTMLButtonElement>('[part~=retry]') ?? undefined) : undefined;
  }, wait);
}

/** After a retried add to the cart: the cart has nothing left to send and the element's alert is gone. */
async function settledWithAlertGone(portal: Portal, element: Element) {
  await until(() => !portal.cart.$status.get().syncing && !portal.cart.$status.get().offline, 8000);
  await until(() => !shadow(element).querySelector('[part~=notice][role=alert]'), 8000);
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

/** A pickup order of one line (two units) for the portal's own customer; the cart is empty afterwards. */
async function placedOrder(portal: Portal): Promise<{ order: Order; product: Product }> {
  const [product] = await simpleProducts(portal);
  await portal.client.cart.setQuantity(product!.id, 2);
  const cart = await portal.client.cart.update({ delivery: { kind: 'pickup' } });
  const order = await portal.client.orders.place({ expectedTotal: cart.totals.gross, cartVersion: cart.version }, newIdempotencyKey());
  await portal.client.cart.clear();
  return { order, product: product! };
}

/** What the open order shows: heading, lines and totals (must not move while an action fails). */
const orderShown = (el: Element) => ['[part=detail] h2', '[part=lines]', '[part=totals]', '[part=badge]'].map((selector) => textOf(shadow(el).querySelector(selector)));

describe('faults on the buyer’s actions', () => {
  const tried: string[] = [];
  after(() => {
    const actions = [...new Set(tried.map((name) => name.split(':')[0]))];
    const elements = new Set(tried.map((name) => name.replace(/^tc-/, '').split(/[ :]/)[0]));
    console.log(`action faults: ${tried.length} action × fault cases, ${actions.length} actions of ${elements.size} elements (${actions.join(', ')})`);
  });

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

    it(`tc-order-list: "order again" meets ${fault}: alert with retry, the order still shown, the cart filled once after the retry`, async () => {
      tried.push(`order-list reorder:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'POST' && /^\/v1\/orders\/\d+\/reorder$/.test(path));
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const { order, product } = await placedOrder(portal);
      const el = await inPortal(portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
      const reorder = await until(() => part<HTMLButtonElement>(el, 'reorder'), 8000);
      const before = orderShown(el);

      net.fault = fault;
      reorder.click();
      const retry = await alertWithRetry(el);
      expect(net.faulted).to.be.greaterThan(0);
      expect(orderShown(el), 'the order the buyer chose, unchanged').to.deep.equal(before);
      expect(part(el, 'reorder-result'), 'no half result').to.equal(null);
      expect((await portal.client.cart.get()).lines, 'nothing reached the cart').to.have.length(0);
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => part(el, 'reorder-result') && !part(el, 'error'), 8000);
      expect((await portal.client.cart.get()).lines.map((item) => [item.product.id, item.quantity])).to.deep.equal([[product.id, 2]]);
      expect(orderShown(el)).to.deep.equal(before);
    });

    it(`tc-order-list: cancelling meets ${fault}: alert with retry, the order unchanged, cancelled once after the retry`, async () => {
      tried.push(`order-list cancel:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'POST' && /^\/v1\/orders\/\d+\/cancel$/.test(path));
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const { order } = await placedOrder(portal);
      const el = await inPortal(portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
      (await until(() => part<HTMLButtonElement>(el, 'cancel'), 8000)).click();
      const confirm = await until(() => part(el, 'confirm')?.querySelector<HTMLButtonElement>('button.danger'));
      const before = orderShown(el);

      net.fault = fault;
      confirm.click();
      const retry = await alertWithRetry(el);
      expect(net.faulted).to.be.greaterThan(0);
      await until(() => !(el as HTMLElement & { working?: string }).working);
      expect(orderShown(el), 'the order as it was').to.deep.equal(before);
      expect((await portal.client.orders.get(order.id)).status).to.equal('placed');
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => !part(el, 'error') && !part(el, 'cancel') && orderShown(el)[3] !== before[3], 8000);
      const server = await portal.client.orders.get(order.id);
      expect(server.status).to.equal('cancelled');
      expect(server.history.filter((change) => change.status === 'cancelled'), 'one cancel').to.have.length(1);
    });

    it(`tc-saved-items: adding a saved item to the cart meets ${fault}: alert with retry, quantity kept, added once after the retry`, async () => {
      tried.push(`saved-items add:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'PUT' && path.startsWith('/v1/cart/lines/'));
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const [product] = await simpleProducts(portal);
      await portal.client.favourites.save(product!.id, 3);
      const el = await inPortal(portal, html`<tc-saved-items></tc-saved-items>`);
      const quantity = await until(() => part<HTMLInputElement>(el, 'quantity-input'), 8000);
      type(quantity, '4');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

      net.fault = fault;
      part<HTMLButtonElement>(el, 'add-button')!.click();
      const retry = await alertWithRetry(el);
      expect(net.faulted).to.be.greaterThan(0);
      expect(part<HTMLInputElement>(el, 'quantity-input')!.value, 'the typed quantity').to.equal('4');
      expect(shadow(el).querySelectorAll('[part=item]')).to.have.length(1);
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await settledWithAlertGone(portal, el);
      expect((await portal.client.cart.get()).lines.map((item) => [item.product.id, item.quantity]), 'added once').to.deep.equal([[product!.id, 4]]);
    });

    it(`tc-saved-items: removing a favourite meets ${fault}: alert with retry, the item back in place, removed once after the retry`, async () => {
      tried.push(`saved-items remove:${fault}`);
      const net = faultyFetch((request, path) => request.method === 'DELETE' && path.startsWith('/v1/favourites/'));
      const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
      const [first, second] = await simpleProducts(portal);
      await portal.client.favourites.save(first!.id, 3);
      await portal.client.favourites.save(second!.id, 7);
      const el = await inPortal(portal, html`<tc-saved-items></tc-saved-items>`);
      await until(() => shadow(el).querySelectorAll('[part=item]').length === 2, 8000);
      const items = () => [...shadow(el).querySelectorAll<HTMLElement>('[part=item]')];
      const shown = () => items().map((item) => [textOf(item.querySelector('[part=sku]')), item.querySelector<HTMLInputElement>('[part~=quantity-input]')!.value]);
      const before = shown();
      const target = items().find((item) => textOf(item.querySelector('[part=sku]')).endsWith(first!.sku))!;

      net.fault = fault;
      target.querySelector<HTMLButtonElement>('[part~=favourite]')!.click();
      const retry = await alertWithRetry(el);
      expect(net.faulted).to.be.greaterThan(0);
      expect(shown(), 'both items, with their quantities, back in place').to.deep.equal(before);
      expect((await portal.client.favourites.list()).items).to.have.length(2);
      await expect(el).to.be.accessible();

      net.fault = undefined;
      retry.click();
      await until(() => items().length === 1 && !shadow(el).querySelector('[part~=notice][role=alert]'), 8000);
      expect((await portal.client.favourites.list()).items.map((item) => item.product.id)).to.deep.equal([second!.id]);
      expect(textOf(items()[0]!.querySelector('[part=sku]'))).to.contain(second!.sku);
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
      await settledWithAlertGone(portal, el);
      expect((await portal.client.cart.get()).lines.map((item) => [item.product.id, item.quantity]), 'added once').to.deep.equal([[product!.id, 4]]);
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

  /** The two places a buyer downloads a document's PDF: what to render, and what must stay on show meanwhile. */
  const pdfPlaces = [
    {
      name: 'order-list invoice pdf',
      title: 'tc-order-list: an invoice PDF download',
      async render(portal: Portal, customerId: number) {
        const { order } = await placedOrder(portal);
        await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'invoice', orderId: order.id, lines: [line('Goods', 12_000, 1, 19)] });
        const el = await inPortal(portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
        return { el, shown: () => orderShown(el) };
      },
    },
    {
      name: 'invoice-list pdf',
      title: 'tc-invoice-list: a PDF download',
      async render(portal: Portal, customerId: number) {
        await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'invoice', lines: [line('Goods', 12_000, 1, 19)] });
        const el = await inPortal(portal, html`<tc-invoice-list></tc-invoice-list>`);
        return { el, shown: () => [part(el, 'totals'), part(el, 'table')].map(textOf) };
      },
    },
  ];

  for (const place of pdfPlaces) {
    for (const fault of faults) {
      it(`${place.title} meets ${fault}: alert with retry, then one download`, async () => {
        tried.push(`${place.name}:${fault}`);
        const net = faultyFetch((request, path) => request.method === 'GET' && /^\/v1\/invoices\/\d+\/pdf$/.test(path));
        // Drawing a PDF takes longer than a JSON answer on a busy machine: a timeout that still lets the retry's answer in.
        const { portal, customerId } = await newBuyer({ portal: { fetch: net.fetch, timeout: PDF_TIMEOUT } });
        const { el, shown } = await place.render(portal, customerId);
        const pdf = await until(() => part<HTMLButtonElement>(el, 'pdf-button'), 8000);
        const downloads: Blob[] = [];
        el.addEventListener('tc-invoice-download', (event) => {
          event.preventDefault();
          downloads.push((event as CustomEvent<{ blob: Blob }>).detail.blob);
        });
        const before = shown();

        net.fault = fault;
        pdf.click();
        const retry = await alertWithRetry(el, '[role=alert]', PDF_TIMEOUT + 4000);
        expect(downloads).to.have.length(0);
        expect(shown()).to.deep.equal(before);
        await expect(el).to.be.accessible();

        net.fault = undefined;
        retry.click();
        await until(() => downloads.length === 1 && !part(el, 'error'), 12_000);
        expect(downloads[0]!.type).to.contain('pdf');
        expect(downloads[0]!.size).to.be.greaterThan(0);
        expect(shown()).to.deep.equal(before);
      });
    }
  }

  it('tc-order-list: "order again" whose answer is lost, retried, adds the lines once (Idempotency-Key)', async () => {
    tried.push('order-list reorder lost answer:lost');
    const net = faultyFetch((request, path) => request.method === 'POST' && /^\/v1\/orders\/\d+\/reorder$/.test(path));
    const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
    const { order, product } = await placedOrder(portal);
    const el = await inPortal(portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
    const reorder = await until(() => part<HTMLButtonElement>(el, 'reorder'), 8000);

    net.fault = 'lost';
    reorder.click();
    const retry = await alertWithRetry(el);
    // The request got through: the server has added the lines already.
    expect((await portal.client.cart.get()).lines.map((item) => item.quantity)).to.deep.equal([2]);

    net.fault = undefined;
    retry.click();
    await until(() => part(el, 'reorder-result') && !part(el, 'error'), 8000);
    expect((await portal.client.cart.get()).lines.map((item) => [item.product.id, item.quantity]), 'added once').to.deep.equal([[product.id, 2]]);
  });

  it('tc-order-list: a cancel whose answer is lost, retried, cancels once', async () => {
    tried.push('order-list cancel lost answer:lost');
    const net = faultyFetch((request, path) => request.method === 'POST' && /^\/v1\/orders\/\d+\/cancel$/.test(path));
    const { portal } = await newBuyer({ portal: { fetch: net.fetch, timeout: TIMEOUT } });
    const { order } = await placedOrder(portal);
    const el = await inPortal(portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
    (await until(() => part<HTMLButtonElement>(el, 'cancel'), 8000)).click();
    const confirm = await until(() => part(el, 'confirm')?.querySelector<HTMLButtonElement>('button.danger'));

    net.fault = 'lost';
    confirm.click();
    const retry = await alertWithRetry(el);
    // The request got through: the server has cancelled already.
    expect((await portal.client.orders.get(order.id)).status).to.equal('cancelled');

    net.fault = undefined;
    retry.click();
    await until(() => !part(el, 'error') && !part(el, 'cancel'), 8000);
    const server = await portal.client.orders.get(order.id);
    expect(server.history.filter((change) => change.status === 'cancelled'), 'one cancel').to.have.length(1);
  });

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
