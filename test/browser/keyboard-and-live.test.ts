// Keyboard-only flows the element tests leave out, and the live regions that tell a screen reader
// what happened (added to the cart, order placed, errors).
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TcCatalogue, TcOrderList } from '../../src/index.js';
import { newBuyer } from './admin.js';
import { inPortal, signedInPortal, text, until } from './helpers.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

/** The element focused inside shadow roots, however deep. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (or Shift+Tab) until `match` has focus (at most `limit` times). */
async function tabTo(match: (element: Element) => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 40) {
  for (let step = 0; step < limit; step++) {
    const active = deepActive();
    if (active && match(active)) return active;
    if (key === 'Tab') await sendKeys({ press: 'Tab' });
    else {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
  }
  throw new Error('Tab never reached the element');
}

describe('keyboard and live regions', () => {
  it('catalogue: a keyboard user sets a quantity and adds to the cart; a status region that was there all along says so', async () => {
    const { portal } = await newBuyer();
    const { items } = await portal.client.catalogue.listProducts({ pageSize: 100 });
    const product = items.find((item) => item.minQuantity === 1 && item.orderMultiple === 1 && item.stock.kind === 'quantity' && item.stock.quantity > 20)!;
    const el = await inPortal<TcCatalogue>(portal, html`<tc-catalogue q=${product.sku}></tc-catalogue>`);
    await until(() => el.shadowRoot!.querySelectorAll('.feed [part=card]').length === 1);
    const live = el.shadowRoot!.querySelector('.live[role=status]');
    expect(live, 'the live region is in the DOM before anything happens').not.to.equal(null);
    expect(live!.textContent!.trim()).to.equal('');

    el.shadowRoot!.querySelector<HTMLInputElement>('.feed [part~=quantity-input]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await until(() => el.shadowRoot!.querySelector<HTMLInputElement>('.feed [part~=quantity-input]')!.value === '3');
    await tabTo((element) => element.getAttribute('part') === 'add-button');
    const added = oneEvent(el, 'tc-cart-add');
    await sendKeys({ press: 'Enter' });
    expect((await added).detail).to.deep.equal({ productId: product.id, quantity: 3 });
    await until(() => el.shadowRoot!.querySelector('.live[role=status]') === live && live!.textContent!.trim() === `${product.name} added to the cart.`);
    await expect(el).to.be.accessible();
    await portal.session.signOut();
  });

  it('order list: a keyboard user opens an order from the table and goes back to the same row', async () => {
    const portal = await signedInPortal('anna@nordwerk.example');
    const el = await inPortal<TcOrderList>(portal, html`<tc-order-list></tc-order-list>`);
    await until(() => el.shadowRoot!.querySelector('[part=order-link]'));
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=order-link]')!;
    const number = first.textContent!.trim();
    first.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('[part=back]'));
    // Focus moves to the order's heading, so a screen reader says which order opened.
    await until(() => deepActive()?.id === 'order-heading');
    expect(text(el, '#order-heading')).to.contain(number);
    const back = await tabTo((element) => element.getAttribute('part') === 'back', 'Shift+Tab');
    expect(back.textContent).to.contain('Back');
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('[part=order-link]'));
    await until(() => deepActive()?.textContent?.trim() === number);
    await expect(el).to.be.accessible();
  });
});
