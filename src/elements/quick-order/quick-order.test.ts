import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './quick-order.js';
import type { TcQuickOrder } from './quick-order.js';
import { parseLines } from './parse-lines.js';
import type { Product } from '../../../contract/catalogue.js';
import { inPortal, interceptFetch, newPortal, signedInPortal, text, until } from '../../../test/browser/helpers.js';
import { BUYERS, buyer, closePortals, json, products } from '../../../test/browser/ordering-helpers.js';

const { email: EMAIL, customerId: CUSTOMER } = BUYERS.quickOrder;
const rows = (el: TcQuickOrder) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=row]')];
const sku = (el: TcQuickOrder, index: number) => rows(el)[index]!.querySelector<HTMLInputElement>('[part=sku]')!;
const quantity = (el: TcQuickOrder, index: number) => rows(el)[index]!.querySelector<HTMLInputElement>('[part=quantity]')!;
const options = (el: TcQuickOrder) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=suggestion]')];
const rowErrors = (el: TcQuickOrder) => rows(el).map((row) => row.querySelector('[part=row-error]')?.textContent?.trim());

function fill(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Counts SKU lookups and whether each was cancelled. */
function lookups(hold?: (query: string) => Promise<void> | undefined) {
  const seen: { query: string; request: Request }[] = [];
  const fetcher: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname === '/v1/products/lookup') {
      const query = url.searchParams.get('q') ?? '';
      seen.push({ query, request });
      await hold?.(query);
    }
    return fetch(request);
  };
  return { seen, fetch: fetcher };
}

describe('tc-quick-order', () => {
  let simple: Product[];
  let packed: Product[];

  before(async () => {
    ({ simple, packed } = await products(await signedInPortal(EMAIL, CUSTOMER)));
  });
  afterEach(closePortals);

  it('asks a signed-out visitor to sign in', async () => {
    const el = await inPortal<TcQuickOrder>(newPortal(), html`<tc-quick-order></tc-quick-order>`);
    expect(text(el, '[part=status]')).to.equal('Sign in to order by SKU.');
    await expect(el).to.be.accessible();
  });

  it('says so when the contact may not order', async () => {
    const portal = await signedInPortal(EMAIL, CUSTOMER, {
      fetch: interceptFetch('/v1/cart', () => json({ error: { code: 'forbidden', message: 'You may not order.' } }, 403)),
    });
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    await until(() => text(el, '[part=status]') === 'Your account cannot place orders. Ask your supplier for access.');
    await portal.session.signOut();
  });

  it('suggests products as the buyer types, after a pause, and is chosen with the keyboard', async () => {
    const net = lookups();
    const portal = await buyer(EMAIL, { fetch: net.fetch }, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    const product = packed[0] ?? simple[0]!;
    const input = sku(el, 0);
    input.focus();
    await sendKeys({ type: product.sku });
    await until(() => options(el).length > 0);
    // Requests wait for a pause in typing: far fewer than one per key, the last for the whole SKU.
    expect(net.seen.length).to.be.below(product.sku.length / 2);
    expect(net.seen.at(-1)!.query).to.equal(product.sku);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el)[0]!.textContent).to.contain(product.sku);
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(el)[0]!.id);
    expect(text(el, '[aria-live=polite]')).to.match(/^\d+ products? found\. Use the arrow keys to choose\.$/);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal(product.sku);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(quantity(el, 0).value).to.equal(String(product.minQuantity));
    expect(el.shadowRoot!.activeElement === quantity(el, 0), 'where focus is').to.equal(true);
    expect(text(el, '.product')).to.equal(`${product.name} · min. ${product.minQuantity}, multiples of ${product.orderMultiple} ${product.unit}`);
  });

  it('closes the suggestions with Escape', async () => {
    const portal = await buyer(EMAIL, {}, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    sku(el, 0).focus();
    await sendKeys({ type: simple[0]!.sku.slice(0, 5) });
    await until(() => options(el).length > 0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(options(el)).to.have.length(0);
    expect(sku(el, 0).getAttribute('aria-expanded')).to.equal('false');
  });

  it('cancels the request of an older query so a slow answer never wins', async () => {
    let releaseFirst!: () => void;
    const first = new Promise<void>((resolve) => (releaseFirst = resolve));
    const product = simple[1]!;
    const older = product.sku.slice(0, 3);
    const net = lookups((query) => (query === older ? first : undefined));
    const portal = await buyer(EMAIL, { fetch: net.fetch }, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);

    fill(sku(el, 0), older);
    await until(() => net.seen.length === 1);
    fill(sku(el, 0), product.sku);
    await until(() => options(el).length > 0);
    expect(net.seen[0]!.request.signal.aborted).to.equal(true);
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(options(el).every((option) => option.textContent!.includes(product.sku.slice(0, 3)))).to.equal(true);
    expect(options(el)[0]!.textContent).to.contain(product.sku);
  });

  it('adds the valid rows to the cart and says beside each other row why it was not added', async () => {
    const portal = await buyer(EMAIL, {}, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    const box = packed[0]!;
    fill(sku(el, 0), simple[2]!.sku);
    fill(quantity(el, 0), '3');
    fill(sku(el, 1), 'NOPE-0000');
    fill(quantity(el, 1), '1');
    fill(sku(el, 2), box.sku);
    fill(quantity(el, 2), String(box.minQuantity + 1));

    const changed = oneEvent(el, 'tc-cart-change');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    const { added } = (await changed).detail;
    expect(added).to.deep.equal([{ index: 0, status: 'added', productId: simple[2]!.id, sku: simple[2]!.sku, quantity: 3 }]);
    await el.updateComplete;
    expect(text(el, '[part=summary]')).to.equal('1 line added to the cart. 2 lines could not be added: see the messages beside them.');
    expect(rows(el).map((row) => row.querySelector<HTMLInputElement>('[part=sku]')!.value)).to.deep.equal(['NOPE-0000', box.sku]);
    expect(rowErrors(el)[0]).to.equal('There is no product NOPE-0000 in your catalogue.');
    expect(rowErrors(el)[1]).to.match(new RegExp(`multiples of ${box.orderMultiple}\\b`));
    expect(sku(el, 0).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    const cart = await portal.client.cart.get();
    expect(cart.lines.map((line) => [line.product.sku, line.quantity])).to.deep.equal([[simple[2]!.sku, 3]]);
    expect(portal.cart.$cart.get()!.lines.map((line) => line.product.sku)).to.deep.equal([simple[2]!.sku]);
  });

  it('checks what it can before sending: a missing SKU or quantity, or nothing at all', async () => {
    const requests: string[] = [];
    const portal = await buyer(EMAIL, {
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST') requests.push(new URL(request.url).pathname);
        return fetch(request);
      },
    }, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    requests.length = 0;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    expect(rowErrors(el)[0]).to.equal('Enter at least one SKU and quantity.');

    fill(sku(el, 0), simple[3]!.sku);
    fill(quantity(el, 0), '0');
    fill(quantity(el, 1), '2');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    expect(rowErrors(el)).to.deep.equal(['Enter a whole number above 0.', 'Enter a SKU.']);
    expect(requests).to.deep.equal([]);
  });

  it('adds many pasted lines at once, from a spreadsheet or CSV, and reports the bad ones by line', async () => {
    const portal = await buyer(EMAIL, {}, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    el.shadowRoot!.querySelector('summary')!.click();
    await until(() => el.shadowRoot!.querySelector('[part=import-text]'));
    fill(sku(el, 0), simple[8]!.sku); // typed, not part of the paste: it stays for the buyer to send
    fill(quantity(el, 0), '1');
    const pasted = [
      'SKU\tQuantity',
      `${simple[4]!.sku}\t2`,
      `${simple[5]!.sku};5`,
      'GONE-9999,1',
      `${simple[6]!.sku},lots`,
      '',
      `"${simple[4]!.sku.toLowerCase()}","1"`,
    ].join('\n');
    fill(el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part=import-text]')!, pasted);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=import-submit]')!.click();
    await until(() => text(el, '[part=summary]'));

    expect(text(el, '[part=summary]')).to.equal('3 lines added to the cart. 2 lines could not be added: see the messages beside them.');
    expect(rowErrors(el)).to.deep.equal([undefined, 'Line 4: There is no product GONE-9999 in your catalogue.', 'Line 5: Enter a whole number above 0.']);
    expect(sku(el, 0).value).to.equal(simple[8]!.sku);
    // The bad quantity stays as pasted, so the buyer sees what to correct.
    expect(quantity(el, 2).value).to.equal('lots');
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part=import-text]')!.value).to.equal('');
    const cart = await portal.client.cart.get();
    expect(cart.lines.map((line) => [line.product.sku, line.quantity])).to.deep.equal([
      [simple[4]!.sku, 3],
      [simple[5]!.sku, 5],
    ]);
    await expect(el).to.be.accessible();
  });

  it('imports a CSV file', async () => {
    const portal = await buyer(EMAIL, {}, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    el.shadowRoot!.querySelector('summary')!.click();
    await until(() => el.shadowRoot!.querySelector('[part=import-text]'));
    const file = new File([`sku,quantity\r\n${simple[7]!.sku},4\r\n`], 'order.csv', { type: 'text/csv' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=import-file]')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => text(el, '[part=summary]'));
    expect(text(el, '[part=summary]')).to.equal('1 line added to the cart.');
    expect((await portal.client.cart.get()).lines.map((line) => [line.product.sku, line.quantity])).to.deep.equal([[simple[7]!.sku, 4]]);
  });

  it('keeps the rows when the request fails, and a retry sends them', async () => {
    let fail = true;
    const portal = await buyer(EMAIL, {
      fetch: interceptFetch('/v1/cart/lines', (request) =>
        fail && request.method === 'POST' ? json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500) : fetch(request),
      ),
    }, CUSTOMER);
    const el = await inPortal<TcQuickOrder>(portal, html`<tc-quick-order></tc-quick-order>`);
    fill(sku(el, 0), simple[8]!.sku);
    fill(quantity(el, 0), '2');
    const errored = oneEvent(el, 'tc-error');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await errored;
    await el.updateComplete;
    expect(text(el, '[part=error] span')).to.equal('Something went wrong on our side.');
    expect(sku(el, 0).value).to.equal(simple[8]!.sku);
    await expect(el).to.be.accessible();

    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await until(() => text(el, '[part=summary]') === '1 line added to the cart.');
    expect((await portal.client.cart.get()).lines[0]!.quantity).to.equal(2);
  });

  it('reads spreadsheet, CSV and semicolon lines', () => {
    expect(parseLines('SKU,Qty\nA-1,2\r\nB-2\t3\n\n"C-3";"4"\nD-4')).to.deep.equal([
      { line: 2, sku: 'A-1', quantity: '2' },
      { line: 3, sku: 'B-2', quantity: '3' },
      { line: 5, sku: 'C-3', quantity: '4' },
      { line: 6, sku: 'D-4', quantity: '' },
    ]);
  });
});
