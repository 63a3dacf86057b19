import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Favourite } from '../../../contract/catalogue.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { TcError } from '../../client/errors.js';
import { $locale, i18n } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { catalogueMessages } from '../catalogue/messages.js';
import { OrderController } from '../catalogue/order-controller.js';
import { renderNotice, renderOrderControls, renderPrices, renderStock, type CardContext } from '../catalogue/product-parts.js';
import { productPartStyles } from '../catalogue/product-parts.styles.js';
import { savedItemsStyles } from './saved-items.styles.js';

const messages = i18n('savedItems', {
  title: 'Saved items',
  loading: 'Loading your saved items…',
  empty: 'Nothing saved yet. Mark products with the star in the catalogue to order them again in one click.',
  signedOut: 'Sign in to see your saved items.',
  noAccess: 'Your account has no access to the catalogue.',
  notConfigured: 'Saved items are not set up: the back-end address is missing.',
  unexpected: 'Your saved items could not be loaded.',
  retry: 'Try again',
});

/**
 * The buyer's saved items (favourites): the products it orders often, at today's prices, each
 * ready to go to the cart in one click with its usual quantity (the last one it chose). The same
 * favourites the catalogue's star marks, kept on the server per contact and customer.
 *
 * @fires tc-cart-add - A product went to the cart. `detail: { productId, quantity }`
 * @fires tc-favourite-change - The buyer removed a saved item. `detail: { productId, favourite }`
 * @fires tc-error - Loading or saving failed. `detail: { error }`
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @slot no-access - Shown instead of the default message when the contact may not see the catalogue.
 * @slot empty - Shown instead of the default message when nothing is saved.
 * @csspart title - The heading.
 * @csspart list - The list of saved items.
 * @csspart item - One saved item.
 * @csspart image - A product's picture.
 * @csspart name - A product's name.
 * @csspart sku - A product's SKU.
 * @csspart stock - The stock line.
 * @csspart prices - The price block; `price`, `list-price` and `vat` are its pieces.
 * @csspart price - The customer's price.
 * @csspart list-price - The list price, when it differs.
 * @csspart vat - Whether prices include VAT.
 * @csspart order - Quantity, add to cart and the favourite star.
 * @csspart quantity - The quantity stepper; `quantity-input`, `decrease` and `increase` are its pieces.
 * @csspart quantity-input - The quantity field, filled with the usual quantity.
 * @csspart decrease - The stepper's minus button.
 * @csspart increase - The stepper's plus button.
 * @csspart quantity-message - The minimum/multiple hint, or what is wrong with the quantity.
 * @csspart add-button - Add to cart (or pre-order).
 * @csspart favourite - The star; pressing it removes the item from the saved items.
 * @csspart notice - Confirmations (added to the cart) and save errors.
 * @csspart status - Loading, empty, signed-out and no-access messages.
 * @csspart error - The error message.
 * @csspart retry - The button that tries again after an error.
 * @cssprop --tc-card-radius - Corner radius of the items (`--tc-radius`).
 */
export class TcSavedItems extends TcElement {
  static override styles = [tokens, controls, productPartStyles, savedItemsStyles];

  private readonly t = new StoreController(this, () => messages);
  private readonly shared = new StoreController(this, () => catalogueMessages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);
  private readonly favourites = new StoreController(this, () => this.portal?.favourites.$state);
  // Subscribed so prices follow the supplier's VAT setting.
  protected readonly settings = new StoreController(this, () => this.portal?.settings);

  private readonly orders = new OrderController(this, {
    portal: () => this.portal,
    messages: () => this.shared.value!,
    locale: () => this.locale.value!,
    usualQuantity: (product) => this.usual.get(product.id),
    emit: (name, detail) => this.emit(name, detail),
    reportError: (error) => this.reportError(error),
    errorText: (error) => this.errorText(error),
  });

  private usual = new Map<number, number>();
  private reported?: TcError;

  protected override updated() {
    const state = this.favourites.value;
    if (state?.status === 'error' && state.error !== this.reported) {
      this.reported = state.error;
      this.reportError(state.error);
    }
  }

  private renderItem(favourite: Favourite, context: CardContext) {
    const { product } = favourite;
    const image = product.images[0];
    return html`<li class="item" part="item">
      ${image ? html`<img part="image" src=${image.url} alt="" width="64" height="51" loading="lazy" />` : html`<span class="placeholder-image"></span>`}
      <h3 part="name" id="s-name-${product.id}">${product.name}</h3>
      <p class="sku" part="sku">${context.t.sku} ${product.sku}</p>
      ${renderStock(product, context, `s-stock-${product.id}`)}
      ${renderPrices(product, context)}
      ${renderOrderControls(product, context, 's')}
    </li>`;
  }

  private renderError(error: unknown, retry: () => void) {
    const t = this.t.value!;
    return this.errorNotice(error, retry, { retryLabel: t.retry });
  }

  private renderContent() {
    const t = this.t.value!;
    const portal = this.portal!;
    const gate = this.renderSessionGate(this.session.value, t, 'catalogue');
    if (gate) return gate;
    const state = this.favourites.value;
    if (state?.status === 'error') return this.renderError(state.error, () => portal.favourites.load());
    if (state?.status !== 'ready') return html`<p class="state" part="status" role="status">${t.loading}</p>`;
    if (state.items.length === 0) return html`<p class="state" part="status"><slot name="empty">${t.empty}</slot></p>`;
    // The server's usual quantity is where each stepper starts until the buyer changes it.
    this.usual = new Map(state.items.map((item) => [item.product.id, item.quantity]));
    const context = this.orders.context();
    return html`${renderNotice(this.orders.notice)}
      <ul part="list" role="list">
        ${repeat(state.items, (item) => item.product.id, (item) => this.renderItem(item, context))}
      </ul>`;
  }

  protected override render() {
    const t = this.t.value!;
    if (!this.portal) return html`<p class="error" part="error" role="alert">${t.notConfigured}</p>`;
    return html`<h2 part="title">${t.title}</h2>${this.shared.value ? this.renderContent() : nothing}`;
  }
}

define('tc-saved-items', TcSavedItems);

declare global {
  interface HTMLElementTagNameMap {
    'tc-saved-items': TcSavedItems;
  }
}
