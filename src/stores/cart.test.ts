import { expect } from '@open-wc/testing';
import type { Product } from '../../contract/catalogue.js';
import { ConflictError, LimitError, ServerError } from '../client/errors.js';
import { orderConflictOf, orderLimitOf } from '../client/orders.js';
import { newPortal, until } from '../../test/browser/helpers.js';
import { anotherTab, BUYERS, buyer, cartKey, closePortals, freshAccount, json, outage, products, signedIn, storageRelay, type Account } from '../../test/browser/ordering-helpers.js';

const WHO = BUYERS.cartStore;

const quantityIn = (portal: Awaited<ReturnType<typeof buyer>>, productId: number) =>
  portal.cart.$cart.get()?.lines.find((line) => line.product.id === productId)?.quantity;

describe('the cart store', () => {
  let simple: Product[];
  let packed: Product[];
  /** A customer of its own for the tests that place orders. */
  let placer: Account;

  before(async () => {
    const portal = await signedIn(WHO);
    ({ simple, packed } = await products(portal));
    placer = await freshAccount();
  });
  afterEach(closePortals);

  it('is empty and signed out until someone signs in, then loads the cart from the server', async () => {
    const portal = newPortal();
    expect(portal.cart.$status.get().state).to.equal('signed-out');
    expect(portal.cart.$cart.get()).to.equal(undefined);

    const seeded = await buyer(WHO);
    await seeded.cart.add(simple[0]!.id, 3);

    await portal.session.signIn(WHO.email, WHO.password, WHO.customerId);
    await until(() => portal.cart.$cart.get()?.lines.length === 1);
    expect(quantityIn(portal, simple[0]!.id)).to.equal(3);

    await portal.session.signOut();
    expect(portal.cart.$cart.get()).to.equal(undefined);
    expect(portal.cart.$status.get().state).to.equal('signed-out');
  });

  it("shows a change at once, marks the totals as updating, then shows the server's totals", async () => {
    const portal = await buyer(WHO);
    const product = simple[0]!;
    const change = portal.cart.add(product.id, 2);
    // Before any answer: the quantity shows, the totals are the old ones and marked as updating.
    expect(quantityIn(portal, product.id)).to.equal(undefined); // a product new to the cart needs the server's line…
    expect(portal.cart.$cart.get()!.updating).to.equal(true);
    expect(portal.cart.$cart.get()!.totals.net.amount).to.equal(0);
    expect(await change).to.deep.equal({ ok: true });

    expect(quantityIn(portal, product.id)).to.equal(2);
    const raise = portal.cart.setQuantity(product.id, 5);
    expect(quantityIn(portal, product.id)).to.equal(5); // …an existing line changes at once
    const line = portal.cart.$cart.get()!.lines[0]!;
    expect(line.pending).to.equal(true);
    expect(portal.cart.$cart.get()!.updating).to.equal(true);
    await raise;

    const server = await portal.client.cart.get();
    const view = portal.cart.$cart.get()!;
    expect(view.updating).to.equal(false);
    expect(view.lines[0]!.pending).to.equal(false);
    expect(view.totals).to.deep.equal(server.totals);
    expect(server.lines[0]!.quantity).to.equal(5);
  });

  it('shows a product new to the cart at once when told what it is', async () => {
    const portal = await buyer(WHO);
    const product = simple[1]!;
    const preview = { id: product.id, sku: product.sku, name: product.name, unit: product.unit, minQuantity: 1, orderMultiple: 1 };
    const change = portal.cart.add(product.id, 4, preview);
    const line = portal.cart.$cart.get()!.lines[0]!;
    expect(line.product.name).to.equal(product.name);
    expect(line.quantity).to.equal(4);
    expect(line.lineTotal).to.equal(null);
    await change;
    expect(portal.cart.$cart.get()!.lines[0]!.lineTotal).not.to.equal(null);
  });

  it("rolls a refused change back and keeps the server's reason on the line", async () => {
    const portal = await buyer(WHO);
    const product = packed[0]!;
    await portal.cart.setQuantity(product.id, product.minQuantity);
    const refused = portal.cart.setQuantity(product.id, product.minQuantity + 1);
    expect(quantityIn(portal, product.id)).to.equal(product.minQuantity + 1);

    const result = await refused;
    expect(result.ok).to.equal(false);
    expect(quantityIn(portal, product.id)).to.equal(product.minQuantity);
    const line = portal.cart.$cart.get()!.lines[0]!;
    expect(line.error).to.match(new RegExp(`multiples of ${product.orderMultiple}\\b`));
    expect(portal.cart.$cart.get()!.updating).to.equal(false);

    // The next change of the line clears the reason.
    await portal.cart.setQuantity(product.id, product.minQuantity * 2);
    expect(portal.cart.$cart.get()!.lines[0]!.error).to.equal(undefined);
  });

  it('keeps changes while the server cannot be reached and sends them when the browser is back online', async () => {
    const net = outage((request) => request.method === 'PUT' && request.url.includes('/v1/cart/lines/'));
    const portal = await buyer(WHO, { fetch: net.fetch, cartStorage: 'local' });
    const product = simple[2]!;
    await portal.cart.add(product.id, 1);

    net.down = true;
    const result = await portal.cart.setQuantity(product.id, 7);
    expect(result).to.include({ ok: false, pending: true });
    expect(portal.cart.$status.get().offline).to.equal(true);
    expect(quantityIn(portal, product.id)).to.equal(7);
    expect(portal.cart.$cart.get()!.updating).to.equal(true);
    const stored = Object.keys(localStorage).filter((key) => key.startsWith(`${cartKey(portal)}:pending:`));
    expect(stored).to.have.length(1);
    expect((await portal.client.cart.get()).lines[0]!.quantity).to.equal(1);

    net.down = false;
    window.dispatchEvent(new Event('online'));
    await until(() => !portal.cart.$status.get().syncing && !portal.cart.$status.get().offline);
    expect((await portal.client.cart.get()).lines[0]!.quantity).to.equal(7);
    expect(portal.cart.$cart.get()!.updating).to.equal(false);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(`${cartKey(portal)}:pending:`))).to.have.length(0);
  });

  it('keeps the cart and unsent changes through a reload', async () => {
    const net = outage((request) => request.method === 'PUT' && request.url.includes('/v1/cart/lines/'));
    const first = await buyer(WHO, { fetch: net.fetch, cartStorage: 'local' });
    const product = simple[3]!;
    await first.cart.add(product.id, 2);
    net.down = true;
    await first.cart.setQuantity(product.id, 9);
    first.session.expire(); // the page goes away (no explicit sign-out): its unsent change stays in local storage

    // The reloaded page: a new portal that has not talked to the server about the cart yet.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const reloaded = await anotherTab(WHO, {
      cartStorage: 'local',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.url.includes('/v1/cart')) await held;
        return fetch(request);
      },
    });
    // Shown from local storage before the server answers: the kept cart with the unsent change.
    await until(() => reloaded.cart.$cart.get());
    expect(quantityIn(reloaded, product.id)).to.equal(9);
    expect(reloaded.cart.$cart.get()!.updating).to.equal(true);

    release();
    await until(() => !reloaded.cart.$cart.get()?.updating);
    expect((await reloaded.client.cart.get()).lines[0]!.quantity).to.equal(9);
  });

  it('follows changes made in another tab', async () => {
    const tabA = await buyer(WHO, { cartStorage: 'local' });
    const tabB = await anotherTab(WHO, { cartStorage: 'local' });
    await until(() => tabB.cart.$status.get().state === 'ready');
    const product = simple[4]!;
    const relay = storageRelay(cartKey(tabA)); // what the browser tells the other tab

    const change = tabA.cart.add(product.id, 6);
    relay();
    // Tab B shows tab A's unconfirmed change as updating (it has no line to lay it on yet)…
    expect(tabB.cart.$cart.get()!.updating).to.equal(true);
    await change;
    relay();
    // …and then the server's cart that tab A received.
    expect(quantityIn(tabB, product.id)).to.equal(6);
    expect(tabB.cart.$cart.get()!.updating).to.equal(false);
    expect(tabB.cart.$cart.get()!.totals).to.deep.equal(tabA.cart.$cart.get()!.totals);
  });

  it('places the cart once even when the answer is lost, re-using the idempotency key', async () => {
    let lose = true;
    const keys: string[] = [];
    const portal = await buyer(placer, {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && new URL(request.url).pathname === '/v1/orders') {
          keys.push(request.headers.get('Idempotency-Key')!);
          const response = await fetch(request); // the server makes the order…
          if (lose) {
            lose = false;
            throw new TypeError('Failed to fetch'); // …but the answer never arrives
          }
          return response;
        }
        return fetch(request);
      },
    });
    await portal.cart.add(simple[5]!.id, 2);
    const poNumber = `PO-LOST-${Date.now()}`;

    const failure = await portal.cart.place({ poNumber }).catch((error: unknown) => error);
    expect(failure).to.have.property('name', 'NetworkError');
    expect(portal.cart.$placement.get()).not.to.equal(null);
    expect(portal.cart.$cart.get()!.lines).to.have.length(1); // not emptied without an answer

    const order = await portal.cart.place({ poNumber });
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(order.poNumber).to.equal(poNumber);
    expect(portal.cart.$placement.get()).to.equal(null);
    await until(() => portal.cart.$cart.get()!.lines.length === 0);

    const placed = await portal.client.orders.list({ q: poNumber });
    expect(placed.items.map((item) => item.id)).to.deep.equal([order.id]);
  });

  it('uses a new key for a new placement after a clear refusal', async () => {
    const keys: string[] = [];
    const portal = await buyer(placer, {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && new URL(request.url).pathname === '/v1/orders') keys.push(request.headers.get('Idempotency-Key')!);
        return fetch(request);
      },
    });
    await portal.cart.add(simple[6]!.id, 1);
    // Another device changes the cart: this tab's version is stale, so placing is refused.
    const elsewhere = await anotherTab(placer);
    await elsewhere.client.cart.setQuantity(simple[6]!.id, 3);

    const conflict = await portal.cart.place().catch((error: unknown) => error);
    expect(conflict).to.be.instanceOf(ConflictError);
    expect(orderConflictOf(conflict)!.cartChanged).to.equal(true);
    // The store has re-read the cart, so the buyer sees what changed.
    expect(quantityIn(portal, simple[6]!.id)).to.equal(3);
    expect(portal.cart.$placement.get()).to.equal(null);

    await portal.cart.place();
    expect(keys).to.have.length(2);
    expect(keys[1]).not.to.equal(keys[0]);
  });

  it('ends the attempt on an order over the limit, keeping the cart', async () => {
    // The cart element's tests reach the real limit; here the store's part: a clear refusal.
    const details = {
      kind: 'order_limit', limit: { amount: 100, currency: 'EUR' }, open: { amount: 100, currency: 'EUR' },
      remaining: { amount: 0, currency: 'EUR' }, orderTotal: { amount: 5000, currency: 'EUR' },
    };
    const portal = await buyer(placer, {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        return request.method === 'POST' && new URL(request.url).pathname === '/v1/orders'
          ? json({ error: { code: 'limit_exceeded', message: 'This order exceeds your order limit.', details } }, 422)
          : fetch(request);
      },
    });
    await portal.cart.add(simple[7]!.id, 1);
    const refused = await portal.cart.place().catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(LimitError);
    expect(orderLimitOf(refused)).to.deep.equal(details);
    expect(portal.cart.$cart.get()!.lines).to.have.length(1);
    expect(portal.cart.$placement.get()).to.equal(null);
  });

  it('keeps the placement for a retry when the server fails or answers nonsense', async () => {
    let answer: 'fail' | 'garbage' | 'real' = 'fail';
    const portal = await buyer(placer, {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && new URL(request.url).pathname === '/v1/orders') {
          if (answer === 'fail') return json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500);
          if (answer === 'garbage') return new Response('<html>proxy</html>', { status: 200 });
        }
        return fetch(request);
      },
    });
    await portal.cart.add(simple[8]!.id, 1);
    const failed = await portal.cart.place().catch((error: unknown) => error);
    expect(failed).to.be.instanceOf(ServerError);
    const key = portal.cart.$placement.get()!.key;

    answer = 'garbage';
    const garbled = await portal.cart.place().catch((error: unknown) => error);
    expect(garbled).to.be.instanceOf(ServerError);
    expect(portal.cart.$placement.get()!.key).to.equal(key);

    answer = 'real';
    const order = await portal.cart.place();
    expect(order.number).to.match(/^SO-/);
  });

  it('on an explicit sign-out sends the waiting change first, then keeps nothing of the cart in this browser', async () => {
    const net = outage((request) => request.method === 'PUT' && request.url.includes('/v1/cart/lines/'));
    const portal = await buyer(WHO, { fetch: net.fetch, cartStorage: 'local' });
    const product = simple[9]!;
    await portal.cart.add(product.id, 1);
    net.down = true;
    expect(await portal.cart.setQuantity(product.id, 8)).to.include({ ok: false, pending: true });
    const prefix = cartKey(portal);
    const kept = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
    expect(kept().some((key) => key.includes(':pending:'))).to.equal(true);

    net.down = false;
    const putsBefore = net.seen.length;
    await portal.session.signOut();
    expect(net.seen.length).to.be.greaterThan(putsBefore, 'the waiting change was sent before signing out');
    expect(kept()).to.deep.equal([], 'no cart, queue or placement left in local storage');
    expect(portal.cart.$cart.get()).to.equal(undefined);

    const later = await anotherTab(WHO);
    expect((await later.client.cart.get()).lines.find((line) => line.product.id === product.id)?.quantity).to.equal(8);
  });

  it('signs out at once when the waiting change cannot be sent, and still clears the local copy', async () => {
    const net = outage((request) => request.method === 'PUT' && request.url.includes('/v1/cart/lines/'));
    const portal = await buyer(WHO, { fetch: net.fetch, cartStorage: 'local' });
    await portal.cart.add(simple[10]!.id, 1);
    net.down = true;
    await portal.cart.setQuantity(simple[10]!.id, 4);
    const prefix = cartKey(portal);
    const started = Date.now();
    await portal.session.signOut();
    expect(Date.now() - started).to.be.lessThan(5000);
    expect(portal.session.$state.get().status).to.equal('signed-out');
    expect(Object.keys(localStorage).filter((key) => key.startsWith(prefix))).to.deep.equal([]);
  });

  it('a session that merely expired keeps the local copy for the next sign-in', async () => {
    const portal = await buyer(WHO, { cartStorage: 'local' });
    await portal.cart.add(simple[11]!.id, 2);
    const prefix = cartKey(portal);
    portal.session.expire();
    expect(Object.keys(localStorage).filter((key) => key.startsWith(`${prefix}:cart`))).to.have.length(1);
  });
});
