import { expect, html, oneEvent } from '@open-wc/testing';
import './order-list.js';
import type { TcOrderList } from './order-list.js';
import type { Order, OrderSummary } from '../../../contract/orders.js';
import { newIdempotencyKey } from '../../client/orders.js';
import { formatDate } from '../../format/date.js';
import { formatMoney } from '../../format/money.js';
import { $locale } from '../../i18n/i18n.js';
import type { Portal } from '../../portal/portal.js';
import { inPortal, interceptFetch, newPortal, signedInPortal, text, until } from '../../../test/browser/helpers.js';
import { admin, anotherTab, BUYERS, closePortals, json, products } from '../../../test/browser/ordering-helpers.js';

const { email: EMAIL, customerId: CUSTOMER } = BUYERS.orderList;
const money = (value: { amount: number; currency: string }) => formatMoney(value, 'en').replace(/\s+/g, ' ');
const rows = (el: TcOrderList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=order]')];
const numbers = (el: TcOrderList) => rows(el).map((row) => row.querySelector('[part=order-link]')!.textContent!.trim());
const button = (el: TcOrderList, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label)!;

/** Records the order-list requests a portal sends. */
function listRequests() {
  const seen: URL[] = [];
  const fetcher: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/v1/orders') seen.push(url);
    return fetch(request);
  };
  return { seen, fetch: fetcher };
}

/** Places an order of one line for this file's customer, as another device would. */
async function placeOrder(portal: Portal, productId: number): Promise<Order> {
  await portal.client.cart.clear();
  await portal.client.cart.setQuantity(productId, 1);
  const { items } = await portal.client.addresses.list();
  const cart = await portal.client.cart.update({ delivery: { kind: 'address', addressId: items[0]!.id } });
  return portal.client.orders.place({ expectedTotal: cart.totals.gross, cartVersion: cart.version, poNumber: `PO-LIST-${Date.now()}` }, newIdempotencyKey());
}

function select(el: TcOrderList, part: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[part=${part}]`)!;
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'change'));
}

describe('tc-order-list', () => {
  let portal: Portal;
  let all: OrderSummary[];

  before(async () => {
    portal = await signedInPortal(EMAIL, CUSTOMER);
  });
  beforeEach(async () => {
    all = (await portal.client.orders.list({ pageSize: 100 })).items;
  });
  afterEach(async () => {
    $locale.set('en');
    await closePortals();
  });

  describe('the list', () => {
    it('asks a signed-out visitor to sign in', async () => {
      const el = await inPortal<TcOrderList>(newPortal(), html`<tc-order-list></tc-order-list>`);
      expect(text(el, '[part=status]')).to.equal('Sign in to see your orders.');
      await expect(el).to.be.accessible();
    });

    it('shows the orders newest first, with status badges that say what the status means', async () => {
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list></tc-order-list>`);
      await until(() => rows(el).length);
      expect(numbers(el)).to.deep.equal(all.slice(0, 20).map((order) => order.number));
      expect(text(el, '[part=count]')).to.equal(`${all.length} orders`);
      const placedTimes = all.map((order) => Date.parse(order.placedAt));
      expect(placedTimes).to.deep.equal([...placedTimes].sort((a, b) => b - a));

      const first = rows(el)[0]!;
      const order = all[0]!;
      expect(first.querySelector('td')!.textContent!.trim()).to.equal(formatDate(order.placedAt, 'en'));
      expect(first.querySelector('td:last-child')!.textContent!.trim().replace(/\s+/g, ' ')).to.equal(money(order.totals.gross));
      const delivered = rows(el).find((row) => row.querySelector('[part=badge]')!.textContent === 'Delivered')!;
      expect(delivered.querySelector('[part=status-info]')!.textContent).to.equal('Delivered.');
      const shipped = rows(el).find((row) => row.querySelector('[part=badge]')!.textContent === 'Shipped')!;
      expect(shipped.querySelector('[part=status-info]')!.textContent).to.equal('On its way to you.');
      await expect(el).to.be.accessible();
    });

    it('pages through the orders', async () => {
      const net = listRequests();
      const tab = await anotherTab(EMAIL, { fetch: net.fetch }, CUSTOMER);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list page-size="3"></tc-order-list>`);
      await until(() => rows(el).length === 3);
      const pages = Math.ceil(all.length / 3);
      expect(text(el, '[part=pager] span')).to.equal(`Page 1 of ${pages}`);
      button(el, 'Next page').click();
      await until(() => text(el, '[part=pager] span') === `Page 2 of ${pages}`);
      expect(numbers(el)).to.deep.equal(all.slice(3, 6).map((order) => order.number));
      expect(net.seen.at(-1)!.searchParams.get('page')).to.equal('2');
    });

    it('filters by status and by date, asking the server', async () => {
      const net = listRequests();
      const tab = await anotherTab(EMAIL, { fetch: net.fetch }, CUSTOMER);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list></tc-order-list>`);
      await until(() => rows(el).length);

      select(el, 'status-filter', 'delivered');
      await until(() => net.seen.at(-1)?.searchParams.get('status') === 'delivered' && tab && !el.shadowRoot!.querySelector('[aria-busy=true]'));
      const delivered = all.filter((order) => order.status === 'delivered');
      await until(() => rows(el).length === delivered.length);
      expect(rows(el).map((row) => row.querySelector('[part=badge]')!.textContent)).to.deep.equal(delivered.map(() => 'Delivered'));

      select(el, 'status-filter', '');
      const since = all[2]!.placedAt.slice(0, 10);
      select(el, 'date-from', since);
      await until(() => net.seen.at(-1)?.searchParams.get('from') === since);
      const expected = (await tab.client.orders.list({ from: since })).items.map((order) => order.number);
      await until(() => numbers(el).join() === expected.join());
      expect(net.seen.at(-1)!.searchParams.has('status')).to.equal(false);
    });

    it('searches by order number after a pause in typing', async () => {
      const net = listRequests();
      const tab = await anotherTab(EMAIL, { fetch: net.fetch }, CUSTOMER);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list></tc-order-list>`);
      await until(() => rows(el).length);
      const before = net.seen.length;
      const wanted = all[3]!;
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
      for (let end = 1; end <= wanted.number.length; end++) {
        search.value = wanted.number.slice(0, end);
        search.dispatchEvent(new Event('input'));
      }
      await until(() => numbers(el).join() === wanted.number);
      expect(net.seen.slice(before).map((url) => url.searchParams.get('q'))).to.deep.equal([wanted.number]);
    });

    it('says when nothing matches, and clears the filters', async () => {
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list></tc-order-list>`);
      await until(() => rows(el).length);
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
      search.value = 'NO-SUCH-ORDER';
      search.dispatchEvent(new Event('input'));
      await until(() => text(el, '[part=status]') === 'No orders match these filters.');
      await expect(el).to.be.accessible();
      button(el, 'Clear filters').click();
      await until(() => rows(el).length);
      expect(search.value).to.equal('');
    });

    it('shows the empty state for a customer without orders', async () => {
      const tab = await anotherTab(EMAIL, {
        fetch: interceptFetch('/v1/orders', () => json({ items: [], total: 0, page: 1, pageSize: 20 })),
      }, CUSTOMER);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list></tc-order-list>`);
      await until(() => text(el, '[part=status]') === 'You have no orders yet.');
      await expect(el).to.be.accessible();
    });

    it('says it is loading, then shows a failure with a retry that recovers', async () => {
      let answer: 'hold' | 'fail' | 'real' = 'hold';
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const tab = await anotherTab(EMAIL, {
        fetch: interceptFetch('/v1/orders', async (request) => {
          if (answer === 'hold') await held;
          return answer === 'real' ? fetch(request) : json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500);
        }),
      }, CUSTOMER);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list></tc-order-list>`);
      expect(text(el, '[part=status]')).to.equal('Loading your orders…');
      await expect(el).to.be.accessible();

      answer = 'fail';
      release();
      await until(() => text(el, '[part=error] span'));
      expect(text(el, '[part=error] span')).to.equal('Something went wrong on our side.');
      await expect(el).to.be.accessible();
      answer = 'real';
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await until(() => rows(el).length);
    });

    it('shows a clear no-access state when the server answers 403', async () => {
      const tab = await anotherTab(EMAIL, {
        fetch: interceptFetch('/v1/orders', () => json({ error: { code: 'forbidden', message: 'Orders are not part of your access.' } }, 403)),
      }, CUSTOMER);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list></tc-order-list>`);
      await until(() => text(el, '[part=status]') === 'Your account cannot see orders. Ask your supplier for access.');
      await expect(el).to.be.accessible();
    });

    it('names statuses in Romanian', async () => {
      $locale.set('ro');
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list></tc-order-list>`);
      await until(() => rows(el).some((row) => row.querySelector('[part=badge]')!.textContent === 'Livrată'));
      expect(text(el, 'h2')).to.equal('Comenzile tale');
    });
  });

  describe('an order', () => {
    it('shows lines, totals, delivery, shipments with tracking and history, and returns focus to the list', async () => {
      const shipped = all.find((order) => order.status === 'shipped')!;
      const order = await portal.client.orders.get(shipped.id);
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list></tc-order-list>`);
      await until(() => rows(el).length);
      const selected = oneEvent(el, 'tc-order-select');
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-order="${shipped.id}"]`)!.click();
      expect((await selected).detail.orderId).to.equal(shipped.id);
      await until(() => el.shadowRoot!.querySelector('[part=detail]'));

      expect(el.getAttribute('order-id')).to.equal(String(shipped.id));
      expect(text(el, '[part=detail] h2')).to.equal(`Order ${order.number}`);
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part=detail] h2'), 'where focus is').to.equal(true);
      const lineRows = [...el.shadowRoot!.querySelectorAll('[part=lines] tbody tr')];
      expect(lineRows.map((row) => row.querySelector('th')!.textContent)).to.deep.equal(order.lines.map((line) => line.name));
      expect(text(el, '[part=totals]')).to.contain(money(order.totals.gross));
      expect(text(el, '[part=delivery] p')).to.contain('Hafenstraße 41');
      const shipment = order.shipments[0]!;
      expect(text(el, '[part=shipments] li')).to.contain(`${shipment.carrier} · Tracking number: ${shipment.trackingNumber}`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=tracking-link]')!;
      expect(link.href).to.equal(shipment.trackingUrl);
      expect(link.getAttribute('aria-label')).to.equal(`Track ${shipment.trackingNumber} (opens a new window)`);
      expect(el.shadowRoot!.querySelectorAll('[part=history] li')).to.have.length(order.history.length);
      expect(el.shadowRoot!.querySelector('[part=cancel]')?.outerHTML).to.equal(undefined); // shipped: too late to cancel
      await expect(el).to.be.accessible();

      button(el, '← Back to your orders').click();
      await until(() => rows(el).length);
      expect(el.hasAttribute('order-id')).to.equal(false);
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector(`[data-order="${shipped.id}"]`), 'where focus is').to.equal(true);
    });

    it('shows the estimated shipping date when the supplier has given one', async () => {
      const planned = all.find((order) => order.estimatedShipDate)!;
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list order-id=${planned.id}></tc-order-list>`);
      await until(() => el.shadowRoot!.querySelector('[part=detail]'));
      expect(text(el, '.facts')).to.contain(`Estimated shipping date${formatDate(planned.estimatedShipDate!, 'en')}`);
    });

    it('says so for an order that is not there', async () => {
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list order-id="99999999"></tc-order-list>`);
      await until(() => text(el, '[part=error] span'));
      expect(text(el, '[part=error] span')).to.equal('This order was not found.');
      await expect(el).to.be.accessible();
    });

    it('orders again: the lines go to the cart at today’s prices', async () => {
      const tab = await anotherTab(EMAIL, {}, CUSTOMER);
      await tab.client.cart.clear();
      const source = await portal.client.orders.get(all[0]!.id);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list order-id=${source.id}></tc-order-list>`);
      await until(() => el.shadowRoot!.querySelector('[part=reorder]'));
      const changed = oneEvent(el, 'tc-cart-change');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=reorder]')!.click();
      await changed;
      await el.updateComplete;
      expect(text(el, '[part=reorder-result] p')).to.equal(`${source.lines.length} line${source.lines.length === 1 ? '' : 's'} added to your cart.`);
      const cart = await tab.client.cart.get();
      expect(cart.lines.map((line) => line.product.id).sort()).to.deep.equal(source.lines.map((line) => line.productId).sort());
      await until(() => tab.cart.$cart.get()?.lines.length === source.lines.length);
      await tab.client.cart.clear();
    });

    it('reports the lines it could not order again', async () => {
      const source = all[1]!;
      const tab = await anotherTab(EMAIL, {
        fetch: interceptFetch(`/v1/orders/${source.id}/reorder`, async () => {
          const cart = await portal.client.cart.get();
          return json({ added: [], unavailable: [{ productId: 1, sku: 'FAS-1001', name: 'Old bolt', message: 'No longer available to you.' }], cart });
        }),
      }, CUSTOMER);
      const el = await inPortal<TcOrderList>(tab, html`<tc-order-list order-id=${source.id}></tc-order-list>`);
      await until(() => el.shadowRoot!.querySelector('[part=reorder]'));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=reorder]')!.click();
      await until(() => text(el, '[part=reorder-result]'));
      expect(text(el, '[part=reorder-result]')).to.equal('0 lines added to your cart. Not added, no longer available to you: Old bolt (FAS-1001): No longer available to you.');
    });

    it('cancels an order not yet picked up, after the buyer confirms', async () => {
      const { simple } = await products(portal);
      const order = await placeOrder(portal, simple[0]!.id);
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
      await until(() => el.shadowRoot!.querySelector('[part=cancel]'));
      expect(text(el, '[part=badge]')).to.equal('Placed');
      expect(text(el, '[part=detail] header')).to.contain('Cancelled automatically unless the supplier confirms it by');

      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel]')!.click();
      await el.updateComplete;
      expect(text(el, '[part=confirm] p')).to.equal(`Cancel order ${order.number}? Reserved goods go back to stock. This cannot be undone.`);
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Yes, cancel the order');
      await expect(el).to.be.accessible();
      button(el, 'Keep the order').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=confirm]')?.outerHTML).to.equal(undefined);

      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel]')!.click();
      await el.updateComplete;
      const cancelled = oneEvent(el, 'tc-order-cancelled');
      button(el, 'Yes, cancel the order').click();
      expect((await cancelled).detail.order.status).to.equal('cancelled');
      await until(() => text(el, '[part=badge]') === 'Cancelled');
      expect(text(el, '.notices')).to.equal(`Order ${order.number} is cancelled.`);
      expect(el.shadowRoot!.querySelector('[part=cancel]')?.outerHTML).to.equal(undefined);
      expect((await portal.client.orders.get(order.id)).status).to.equal('cancelled');
    });

    it('explains when it is too late to cancel', async () => {
      const { simple } = await products(portal);
      const order = await placeOrder(portal, simple[1]!.id);
      const el = await inPortal<TcOrderList>(portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
      await until(() => el.shadowRoot!.querySelector('[part=cancel]'));
      // The supplier picks the order up while the buyer looks at it.
      await admin('PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'confirmed' });

      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel]')!.click();
      await el.updateComplete;
      button(el, 'Yes, cancel the order').click();
      await until(() => text(el, '[part=detail] [role=alert]'));
      await until(() => text(el, '[part=badge]') === 'Confirmed');
      expect(el.shadowRoot!.querySelector('[part=cancel]')?.outerHTML).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });
});
