import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './cart.js';
import type { TcCart } from './cart.js';
import type { Product } from '../../../contract/catalogue.js';
import type { Order } from '../../../contract/orders.js';
import { formatMoney } from '../../format/money.js';
import { $locale } from '../../i18n/i18n.js';
import type { Portal } from '../../portal/portal.js';
import { inPortal, interceptFetch, newPortal, text, until } from '../../../test/browser/helpers.js';
import { anotherTab, BUYERS, buyer, closePortals, freshAccount, json, products, signedIn, type Account } from '../../../test/browser/ordering-helpers.js';

const WHO = BUYERS.cart;
const money = (value: { amount: number; currency: string }) => formatMoney(value, 'en').replace(/\s+/g, ' ');
const lines = (el: TcCart) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=line]')];
/** The totals as label–figure pairs. */
const totals = (el: TcCart) =>
  [...el.shadowRoot!.querySelectorAll('[part=totals] dl > *')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
const lineText = (line: Element, part: string) => line.querySelector(`[part=${part}]`)?.textContent?.replace(/\s+/g, ' ').trim();
const button = (el: TcCart, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label)!;

/** Records the requests a portal sends, for asserting what the buyer's actions sent. */
function recorder() {
  const sent: { method: string; path: string; body: string; key: string | null }[] = [];
  const record: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    sent.push({ method: request.method, path: url.pathname, body: await request.clone().text(), key: request.headers.get('Idempotency-Key') });
    return fetch(request);
  };
  return { sent, fetch: record };
}

async function setQuantity(el: TcCart, index: number, value: string) {
  const input = lines(el)[index]!.querySelector<HTMLInputElement>('[part=quantity]')!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('tc-cart', () => {
  let simple: Product[];
  let packed: Product[];

  let all: Product[];
  /** A customer of its own, without an order limit, for the tests that place orders. */
  let placer: Account;

  before(async () => {
    ({ all, simple, packed } = await products(await signedIn(WHO)));
    placer = await freshAccount();
  });
  afterEach(async () => {
    $locale.set('en');
    await closePortals();
  });

  describe('states', () => {
    it('asks a signed-out visitor to sign in', async () => {
      const el = await inPortal<TcCart>(newPortal(), html`<tc-cart></tc-cart>`);
      expect(text(el, '[part=status]')).to.equal('Sign in to see your cart.');
      await expect(el).to.be.accessible();
    });

    it('says it is loading', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const portal = await anotherTab(WHO, {
        fetch: interceptFetch('/v1/cart', async (request) => {
          await held;
          return fetch(request);
        }),
      });
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      expect(text(el, '[part=status]')).to.equal('Loading your cart…');
      await expect(el).to.be.accessible();
      release();
      await until(() => portal.cart.$cart.get());
    });

    it('shows the empty state, or what the page puts in the empty slot', async () => {
      const portal = await buyer(WHO, {});
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      expect(text(el, '[part=status]')).to.equal('Your cart is empty.');
      await expect(el).to.be.accessible();

      const slotted = await inPortal<TcCart>(portal, html`<tc-cart><p slot="empty">Browse the <a href="/">catalogue</a>.</p></tc-cart>`);
      const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=empty]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Browse the catalogue.');
    });

    it('shows a failure with a retry that recovers', async () => {
      let fail = true;
      await buyer(WHO, {});
      const portal = await anotherTab(WHO, {
        fetch: interceptFetch('/v1/cart', (request) =>
          fail ? json({ error: { code: 'unavailable', message: 'The service is briefly unavailable. Please try again.' } }, 503) : fetch(request),
        ),
      });
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      await until(() => text(el, '[part=error] span'), 8000);
      expect(text(el, '[part=error] span')).to.equal('The service is briefly unavailable. Please try again.');
      await expect(el).to.be.accessible();

      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await until(() => text(el, '[part=status]') === 'Your cart is empty.');
    });

    it('says so when the contact may not order', async () => {
      const portal = await anotherTab(WHO, {
        fetch: interceptFetch('/v1/cart', () => json({ error: { code: 'forbidden', message: 'You may not order.' } }, 403)),
      });
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      await until(() => text(el, '[part=status]') === 'Your account cannot place orders. Ask your supplier for access.');
      await expect(el).to.be.accessible();
    });
  });

  describe('lines', () => {
    it("shows each line with its rules and the server's totals", async () => {
      const portal = await buyer(WHO, {});
      const box = packed[0]!;
      await portal.cart.add(simple[0]!.id, 3);
      await portal.cart.add(box.id, box.minQuantity);
      const server = await portal.client.cart.get();
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);

      expect(lines(el)).to.have.length(2);
      const [first, second] = lines(el);
      expect(lineText(first!, 'name')).to.equal(simple[0]!.name);
      expect(lineText(first!, 'sku')).to.equal(`SKU ${simple[0]!.sku}`);
      expect(lineText(first!, 'unit-price')).to.equal(`${money(server.lines[0]!.unitPrice!)} / ${simple[0]!.unit}`);
      expect(lineText(first!, 'line-total')).to.equal(money(server.lines[0]!.lineTotal!));
      const input = second!.querySelector<HTMLInputElement>('[part=quantity]')!;
      expect(input.value).to.equal(String(box.minQuantity));
      expect(input.step).to.equal(String(box.orderMultiple));
      expect(lineText(second!, 'quantity-hint')).to.equal(`Min. ${box.minQuantity}, multiples of ${box.orderMultiple} ${box.unit}`);
      expect(totals(el)).to.equal(
        `Total without VAT ${money(server.totals.net)} VAT ${money(server.totals.vat)} Total with VAT ${money(server.totals.gross)}`,
      );
      await expect(el).to.be.accessible();
    });

    it('changes a quantity at once, marks the totals as updating, then shows the new totals', async () => {
      const rec = recorder();
      const portal = await buyer(WHO, { fetch: rec.fetch });
      await portal.cart.add(simple[1]!.id, 2);
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      const before = totals(el);
      rec.sent.length = 0;

      const changed = oneEvent(el, 'tc-cart-change');
      await setQuantity(el, 0, '5');
      expect(lines(el)[0]!.querySelector<HTMLInputElement>('[part=quantity]')!.value).to.equal('5');
      expect(lineText(lines(el)[0]!, 'line-total')).to.equal('Updating…');
      expect(el.shadowRoot!.querySelector('[part=totals]')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(el, '[part=totals] [role=status]')).to.equal('Updating totals…');
      expect(totals(el)).to.equal(before); // never a half-updated figure
      await expect(el).to.be.accessible();

      expect((await changed).detail.cart.lines[0].quantity).to.equal(5);
      await el.updateComplete;
      const server = await portal.client.cart.get();
      expect(totals(el)).to.contain(money(server.totals.gross));
      expect(el.shadowRoot!.querySelector('[part=totals]')!.getAttribute('aria-busy')).to.equal('false');
      expect(rec.sent.filter((request) => request.method === 'PUT')).to.deep.include({
        method: 'PUT', path: `/v1/cart/lines/${simple[1]!.id}`, body: '{"quantity":5}', key: null,
      });
    });

    it('takes a quantity typed on the keyboard when Enter is pressed', async () => {
      const portal = await buyer(WHO, {});
      await portal.cart.add(simple[2]!.id, 1);
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      const input = lines(el)[0]!.querySelector<HTMLInputElement>('[part=quantity]')!;
      input.focus();
      input.select();
      await sendKeys({ type: '4' });
      await sendKeys({ press: 'Enter' });
      await until(async () => (await portal.client.cart.get()).lines[0]!.quantity === 4 || undefined);
      await until(() => !portal.cart.$cart.get()!.updating);
    });

    it('refuses a quantity that breaks the minimum or the multiple, says why, and sends nothing', async () => {
      const rec = recorder();
      const box = packed[1]!;
      const portal = await buyer(WHO, { fetch: rec.fetch });
      await portal.cart.add(box.id, box.minQuantity);
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      rec.sent.length = 0;

      await setQuantity(el, 0, String(box.minQuantity + 1));
      const input = lines(el)[0]!.querySelector<HTMLInputElement>('[part=quantity]')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el, '[part=line] [role=alert]')).to.equal(`Order in multiples of ${box.orderMultiple} ${box.unit}.`);
      if (box.minQuantity > 1) {
        await setQuantity(el, 0, '1');
        expect(text(el, '[part=line] [role=alert]')).to.equal(`The minimum is ${box.minQuantity} ${box.unit}.`);
      }
      await setQuantity(el, 0, '2.5');
      expect(text(el, '[part=line] [role=alert]')).to.equal('Enter a whole number (0 removes the line).');
      await expect(el).to.be.accessible();
      expect(rec.sent.filter((request) => request.method !== 'GET')).to.deep.equal([]);
    });

    it("rolls a refused change back and shows the server's reason on the line", async () => {
      const product = simple[3]!;
      let armed = false;
      const portal = await buyer(WHO, {
        fetch: interceptFetch(`/v1/cart/lines/${product.id}`, (request) =>
          armed && request.method === 'PUT'
            ? json({ error: { code: 'conflict', message: 'Only 4 pcs in stock.', fields: { quantity: 'Only 4 pcs in stock.' } } }, 409)
            : fetch(request),
        ),
      });
      await portal.cart.setQuantity(product.id, 2);
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      const errored = oneEvent(el, 'tc-error');
      armed = true;

      await setQuantity(el, 0, '40');
      expect(lines(el)[0]!.querySelector<HTMLInputElement>('[part=quantity]')!.value).to.equal('40');
      expect((await errored).detail.error.status).to.equal(409);
      await until(() => lineText(lines(el)[0]!, 'line-error'));
      expect(lineText(lines(el)[0]!, 'line-error')).to.equal('Only 4 pcs in stock.');
      expect(lines(el)[0]!.querySelector<HTMLInputElement>('[part=quantity]')!.value).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it("marks lines that break a rule with the server's reason", async () => {
      const product = simple[4]!;
      const portal = await buyer(WHO, {
        // The server marks a line once stock or rules change after it was added; here it says so for one line.
        fetch: interceptFetch('/v1/cart', async (request) => {
          const response = await fetch(request);
          if (request.method !== 'GET') return response;
          const cart = await response.json();
          for (const line of cart.lines) line.problems = [{ code: 'insufficient_stock', message: 'Only 1 pcs in stock.' }];
          return json(cart);
        }),
      });
      await portal.client.cart.setQuantity(product.id, 3);
      await portal.cart.refresh();
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      expect(lineText(lines(el)[0]!, 'problem')).to.equal('Only 1 pcs in stock.');

      $locale.set('ro');
      await until(() => lineText(lines(el)[0]!, 'problem') === 'Stoc insuficient pentru această cantitate.');
      expect(text(el, '[part=heading]')).to.equal('Comanda curentă (1 linie)');
    });

    it('removes a line and keeps keyboard focus in the cart', async () => {
      const portal = await buyer(WHO, {});
      await portal.cart.add(simple[5]!.id, 1);
      await portal.cart.add(simple[6]!.id, 1);
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      const remove = lines(el)[0]!.querySelector<HTMLButtonElement>('[part=remove]')!;
      expect(remove.getAttribute('aria-label')).to.equal(`Remove ${simple[5]!.name}`);
      const changed = oneEvent(el, 'tc-cart-change');
      remove.click();
      await el.updateComplete;
      expect(lines(el)).to.have.length(1);
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part=heading]'), 'where focus is').to.equal(true);
      await changed;
      expect((await portal.client.cart.get()).lines.map((line) => line.product.id)).to.deep.equal([simple[6]!.id]);
    });
  });

  describe('note and delivery', () => {
    it('keeps the note and the delivery choice on the server', async () => {
      const portal = await buyer(WHO, {});
      await portal.cart.add(simple[7]!.id, 1);
      const { items, pickup } = await portal.client.addresses.list();
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      await until(() => el.shadowRoot!.querySelectorAll('[part=delivery] input[type=radio]').length === items.length + (pickup ? 1 : 0));

      const options = [...el.shadowRoot!.querySelectorAll('[part=delivery] label')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
      expect(options[0]).to.match(new RegExp(`^${items[0]!.label} ${items[0]!.recipient}, ${items[0]!.line1}`));
      expect(options.at(-1)).to.match(/^Pickup at the supplier Ferrum Supply Co\. trade counter, Industriestraße 12/);
      expect(el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=delivery] input')[0]!.checked).to.equal(true);

      const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part=note]')!;
      note.value = 'Deliver to gate 4, please.';
      note.dispatchEvent(new Event('change'));
      const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=delivery] input');
      radios[radios.length - 1]!.click();
      await until(() => !portal.cart.$cart.get()!.updating);
      const server = await portal.client.cart.get();
      expect(server.note).to.equal('Deliver to gate 4, please.');
      expect(server.delivery).to.deep.equal({ kind: 'pickup' });
      await expect(el).to.be.accessible();
    });

    it('asks where the order goes before placing, without sending it', async () => {
      const rec = recorder();
      const portal = await buyer(WHO, { fetch: rec.fetch });
      await portal.cart.add(simple[8]!.id, 1);
      await portal.cart.update({ delivery: null });
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      await until(() => el.shadowRoot!.querySelector('[part=delivery] input'));
      button(el, 'Place order').click();
      await until(() => text(el, '#delivery-error'));
      expect(text(el, '#delivery-error')).to.equal('Choose where the order goes: one of your addresses or pickup.');
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part=delivery] input'), 'where focus is').to.equal(true);
      expect(rec.sent.some((request) => request.path === '/v1/orders')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('placing the order', () => {
    async function readyToPlace(options: Parameters<typeof buyer>[1] = {}) {
      const portal = await buyer(placer, options);
      await portal.cart.add(simple[9]!.id, 2);
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      await until(() => el.shadowRoot!.querySelector('[part=delivery] input'));
      return { portal, el };
    }

    const ordersWith = async (portal: Portal, poNumber: string) => (await portal.client.orders.list({ q: poNumber })).items;

    it('places the order, announces it to the page and confirms the number', async () => {
      const { portal, el } = await readyToPlace();
      const gross = portal.cart.$cart.get()!.totals.gross;
      const poNumber = `PO-OK-${Date.now()}`;
      const po = el.shadowRoot!.querySelector<HTMLInputElement>('[part=po-number]')!;
      po.value = poNumber;
      po.dispatchEvent(new Event('input'));

      const placed = oneEvent(el, 'tc-order-placed');
      button(el, 'Place order').click();
      const order = (await placed).detail.order as Order;
      expect(order.totals.gross).to.deep.equal(gross);
      expect(order.poNumber).to.equal(poNumber);
      await el.updateComplete;
      expect(text(el, '[part=confirmation] h2')).to.equal('Thank you, your order is placed');
      expect(text(el, '[part=order-number]')).to.equal(order.number);
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part=confirmation]'), 'where focus is').to.equal(true);
      await expect(el).to.be.accessible();

      expect((await ordersWith(portal, poNumber)).map((item) => item.id)).to.deep.equal([order.id]);
      await until(() => portal.cart.$cart.get()!.lines.length === 0);
      button(el, 'Continue').click();
      await el.updateComplete;
      expect(text(el, '[part=status]')).to.equal('Your cart is empty.');
    });

    it('places one order when the answer is lost and the buyer tries again', async () => {
      let lose = true;
      const keys: string[] = [];
      const { portal, el } = await readyToPlace({
        fetch: async (input, init) => {
          const request = new Request(input, init);
          if (request.method !== 'POST' || new URL(request.url).pathname !== '/v1/orders') return fetch(request);
          keys.push(request.headers.get('Idempotency-Key')!);
          const response = await fetch(request);
          if (!lose) return response;
          lose = false;
          throw new TypeError('Failed to fetch'); // the server made the order, the answer never came
        },
      });
      const poNumber = `PO-RETRY-${Date.now()}`;
      const po = el.shadowRoot!.querySelector<HTMLInputElement>('[part=po-number]')!;
      po.value = poNumber;
      po.dispatchEvent(new Event('input'));

      button(el, 'Place order').click();
      await until(() => text(el, '[part=place-error]'));
      expect(text(el, '[part=place-error] p')).to.equal(
        'The server could not be reached. Check your connection. We could not confirm your order. Try again: it will be placed only once.',
      );
      expect(lines(el)).to.have.length(1); // the cart stays until the order is confirmed
      expect(po.readOnly).to.equal(true);
      await expect(el).to.be.accessible();

      const placed = oneEvent(el, 'tc-order-placed');
      button(el, 'Try placing again').click();
      const order = (await placed).detail.order as Order;
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect((await ordersWith(portal, poNumber)).map((item) => item.id)).to.deep.equal([order.id]);
    });

    it('keeps an unanswered placement through a reload, and retries it', async () => {
      let down = true;
      const { portal, el } = await readyToPlace({
        cartStorage: 'local',
        fetch: async (input, init) => {
          const request = new Request(input, init);
          if (down && request.method === 'POST' && new URL(request.url).pathname === '/v1/orders') {
            await fetch(request);
            throw new TypeError('Failed to fetch');
          }
          return fetch(request);
        },
      });
      button(el, 'Place order').click();
      await until(() => portal.cart.$placement.get() && !portal.cart.$status.get().placing);
      down = false;
      portal.session.expire(); // the page goes away (an explicit sign-out would clear what it kept)

      const reloaded = await anotherTab(placer, { cartStorage: 'local' });
      const again = await inPortal<TcCart>(reloaded, html`<tc-cart></tc-cart>`);
      // The server emptied the cart with the order; the page still offers to confirm it.
      await until(() => text(again, '[part=place-error] p') === 'We could not confirm your order. Try again: it will be placed only once.');
      const placed = oneEvent(again, 'tc-order-placed');
      button(again, 'Try placing again').click();
      expect((await placed).detail.order.number).to.match(/^SO-/);
    });

    it('shows what changed when the cart changed elsewhere, and places the updated cart', async () => {
      const { portal, el } = await readyToPlace();
      const elsewhere = await anotherTab(placer, {});
      await elsewhere.client.cart.setQuantity(simple[9]!.id, 6);

      button(el, 'Place order').click();
      await until(() => text(el, '[part=place-error]'));
      expect(text(el, '[part=place-error]')).to.contain('Something changed since you last looked.');
      expect(text(el, '[part=place-error]')).to.contain('The cart was also changed in another window or device.');
      const current = await portal.client.cart.get();
      expect(text(el, '[part=place-error]')).to.contain(`The total with VAT is now ${money(current.totals.gross)}`);
      expect(lines(el)[0]!.querySelector<HTMLInputElement>('[part=quantity]')!.value).to.equal('6');
      await expect(el).to.be.accessible();

      const placed = oneEvent(el, 'tc-order-placed');
      button(el, 'Place order with the updated cart').click();
      expect((await placed).detail.order.totals.gross).to.deep.equal(current.totals.gross);
    });

    it('lists price changes the server reports', async () => {
      const { el } = await readyToPlace({
        fetch: interceptFetch('/v1/orders', () =>
          json({
            error: {
              code: 'conflict',
              message: 'Some lines changed since you saw them. Please check your cart.',
              details: {
                kind: 'order_conflict',
                expectedTotal: { amount: 12100, currency: 'EUR' },
                currentTotal: { amount: 13310, currency: 'EUR' },
                cartChanged: false,
                changes: [{
                  productId: simple[9]!.id, sku: simple[9]!.sku, name: simple[9]!.name, reason: 'price_changed',
                  message: 'The price changed since you saw it.', previousPrice: { amount: 5000, currency: 'EUR' }, currentPrice: { amount: 5500, currency: 'EUR' },
                }],
              },
            },
          }, 409),
        ),
      });
      button(el, 'Place order').click();
      await until(() => text(el, '[part=place-error] li'));
      expect(text(el, '[part=place-error] li')).to.equal(`${simple[9]!.name} (${simple[9]!.sku}): price changed from €50.00 to €55.00`);
      expect(text(el, '[part=place-error]')).to.contain('The total with VAT is now €133.10 (it was €121.00).');
    });

    it('explains an order over the limit with the amount that remains', async () => {
      // Baltic Build's demo order limit leaves a few thousand euros; this cart is worth far more.
      const portal = await buyer(WHO);
      const [dear] = all
        .filter((product) => product.stock.kind === 'quantity' && product.stock.quantity >= 100 && product.minQuantity === 1 && product.orderMultiple === 1)
        .sort((a, b) => b.price.amount - a.price.amount);
      await portal.cart.add(dear!.id, 100);
      const el = await inPortal<TcCart>(portal, html`<tc-cart></tc-cart>`);
      button(el, 'Place order').click();
      await until(() => text(el, '[part=place-error] p'));
      const gross = money(portal.cart.$cart.get()!.totals.gross);
      expect(text(el, '[part=place-error] p')).to.match(
        new RegExp(`^This order \\(${gross.replace(/[.$]/g, '\\$&')} with VAT\\) is over your order limit: €[\\d,.]+ of your €[\\d,.]+ limit remains for new orders\\.$`),
      );
      expect(lines(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('offers a retry after a server fault or an unreadable answer', async () => {
      let answer: 'fail' | 'garbage' | 'real' = 'fail';
      const { portal, el } = await readyToPlace({
        fetch: interceptFetch('/v1/orders', (request) =>
          answer === 'fail'
            ? json({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }, 500)
            : answer === 'garbage'
              ? new Response('<html>gateway</html>', { status: 200 })
              : fetch(request),
        ),
      });
      button(el, 'Place order').click();
      await until(() => text(el, '[part=place-error] p'));
      expect(text(el, '[part=place-error] p')).to.match(/^Something went wrong on our side\. Please try again\. We could not confirm your order\./);

      answer = 'garbage';
      button(el, 'Try placing again').click();
      await until(() => text(el, '[part=place-error] p')?.startsWith('The server sent an answer that could not be read.'));

      answer = 'real';
      const placed = oneEvent(el, 'tc-order-placed');
      button(el, 'Try placing again').click();
      const order = (await placed).detail.order as Order;
      expect((await portal.client.orders.get(order.id)).status).to.equal('placed');
    });
  });
});
