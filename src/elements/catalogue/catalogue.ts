import { html, nothing } from 'lit';
import { Task } from '@lit/task';
import { params } from '@nanostores/i18n';
import type { Product, ProductPage } from '../../../contract/catalogue.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
import { TcError } from '../../client/errors.js';
import { formatMoney, formatNumber } from '../../format/money.js';
import { $locale, i18n } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { catalogueStyles } from './catalogue.styles.js';

const messages = i18n('catalogue', {
  loading: 'Loading products…',
  empty: 'No products match.',
  signedOut: 'Sign in to see the catalogue at your prices.',
  retry: 'Try again',
  sku: 'SKU',
  inStock: 'In stock',
  outOfStock: 'Out of stock',
  quantityInStock: params<{ quantity: string }>('{quantity} in stock'),
  listPrice: 'List price',
  perUnit: params<{ unit: string }>('per {unit}'),
  results: params<{ count: string }>('{count} products'),
  previous: 'Previous page',
  next: 'Next page',
  page: params<{ page: number; pages: number }>('Page {page} of {pages}'),
  notConfigured: 'The catalogue is not set up: the back-end address is missing.',
  unexpected: 'The products could not be loaded.',
});

/**
 * The supplier's catalogue at the signed-in customer's prices: a grid of product cards with
 * picture, name, SKU, price (and list price when it differs) and stock.
 *
 * @fires tc-error - Loading failed. `detail: { error }`
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @slot empty - Shown instead of the default message when no product matches.
 * @csspart toolbar - The bar above the grid with the result count.
 * @csspart count - The result count.
 * @csspart grid - The list of product cards.
 * @csspart card - One product card.
 * @csspart image - A product's picture.
 * @csspart name - A product's name.
 * @csspart sku - A product's SKU.
 * @csspart price - The customer's price.
 * @csspart list-price - The list price, shown when it differs from the customer's.
 * @csspart stock - The stock line.
 * @csspart pager - The page navigation.
 * @csspart status - Loading, empty and signed-out messages.
 * @csspart error - The error message.
 * @csspart retry - The button that tries again after an error.
 * @cssprop --tc-catalogue-gap - Space between cards (`--tc-space`).
 * @cssprop --tc-card-radius - Corner radius of cards (`--tc-radius`).
 */
export class TcCatalogue extends TcElement {
  static override styles = [tokens, controls, catalogueStyles];

  static override properties = {
    columns: { type: Number, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { type: Number },
  };

  /** Cards per row: 2, 3 or 4 (fewer on narrow screens). */
  declare columns: number;
  /** Products per page (1–100). */
  declare pageSize: number;
  /** The page shown, from 1. */
  declare page: number;

  private readonly t = new StoreController(this, () => messages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);

  private readonly products = new Task(this, {
    task: async ([portal, customerId, page, pageSize], { signal }) => {
      if (!portal || customerId === undefined) return undefined;
      try {
        return await portal.client.catalogue.listProducts({ page, pageSize }, signal);
      } catch (error) {
        this.reportError(error);
        throw error;
      }
    },
    args: () => {
      const state = this.session.value;
      return [this.portal, state?.status === 'signed-in' ? state.session.customer.id : undefined, this.page, this.pageSize] as const;
    },
  });

  constructor() {
    super();
    this.columns = 3;
    this.pageSize = 24;
    this.page = 1;
  }

  private goTo(page: number) {
    this.page = page;
    this.renderRoot.querySelector('[part="toolbar"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  private renderCard(product: Product) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    const image = product.images[0];
    const stock = product.stock;
    const available = stock.kind === 'quantity' ? stock.quantity > 0 : stock.available;
    return html`<li>
      <article part="card" aria-labelledby="name-${product.id}">
        ${image ? html`<img part="image" src=${image.url} alt=${image.alt} loading="lazy" width="250" height="200" />` : nothing}
        <h3 part="name" id="name-${product.id}">${product.name}</h3>
        <p class="sku" part="sku">${t.sku} ${product.sku}</p>
        <p class="stock ${available ? '' : 'out'}" part="stock">
          ${!available ? t.outOfStock : stock.kind === 'quantity' ? t.quantityInStock({ quantity: formatNumber(stock.quantity, locale) }) : t.inStock}
        </p>
        <div class="prices">
          <span class="price" part="price">${formatMoney(product.price, locale)}</span>
          ${product.listPrice
            ? html`<s class="list-price" part="list-price"><span class="visually-hidden">${t.listPrice} </span>${formatMoney(product.listPrice, locale)}</s>`
            : nothing}
          <span class="unit">${t.perUnit({ unit: product.unit })}</span>
        </div>
      </article>
    </li>`;
  }

  private renderPage(page: ProductPage | undefined) {
    const t = this.t.value!;
    if (!page) return nothing;
    if (page.items.length === 0) {
      return html`<div class="state" part="status" role="status"><slot name="empty">${t.empty}</slot></div>`;
    }
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    return html`
      <div class="toolbar" part="toolbar">
        <span part="count" role="status">${t.results({ count: formatNumber(page.total, this.locale.value!) })}</span>
      </div>
      <ul class="grid" part="grid" role="list" style="--_columns: ${this.columns}">
        ${page.items.map((product) => this.renderCard(product))}
      </ul>
      ${pages > 1
        ? html`<nav class="pager" part="pager" aria-label=${t.page({ page: page.page, pages })}>
            <button type="button" ?disabled=${page.page <= 1} @click=${() => this.goTo(page.page - 1)}>${t.previous}</button>
            <span>${t.page({ page: page.page, pages })}</span>
            <button type="button" ?disabled=${page.page >= pages} @click=${() => this.goTo(page.page + 1)}>${t.next}</button>
          </nav>`
        : nothing}
    `;
  }

  private renderError(error: unknown, retry: () => void) {
    const t = this.t.value!;
    const message = error instanceof TcError ? error.message : t.unexpected;
    return html`<div class="error" part="error" role="alert">
      <span>${message}</span>
      <button type="button" part="retry" @click=${retry}>${t.retry}</button>
    </div>`;
  }

  protected override render() {
    const t = this.t.value!;
    if (!this.portal) return html`<p class="error" part="error" role="alert">${t.notConfigured}</p>`;
    const state = this.session.value;
    if (state?.status === 'signed-out') {
      return html`<div class="state" part="status"><slot name="signed-out">${t.signedOut}</slot></div>`;
    }
    if (state?.status === 'unreachable') return this.renderError(state.error, () => this.portal?.session.restore());
    return this.products.render({
      initial: () => html`<div class="state" part="status" role="status">${t.loading}</div>`,
      pending: () => html`<div class="state" part="status" role="status" aria-busy="true">${t.loading}</div>`,
      complete: (page) => this.renderPage(page),
      error: (error) => this.renderError(error, () => this.products.run()),
    });
  }
}

define('tc-catalogue', TcCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'tc-catalogue': TcCatalogue;
  }
}
