import { html, nothing, type TemplateResult } from 'lit';
import type { Product } from '../../../contract/catalogue.js';
import { formatMoney, formatNumber } from '../../format/money.js';
import type { CatalogueMessages } from './messages.js';
import type { QuantityProblem } from './quantity.js';

/** What a card needs from the element that shows it: text, settings, view state and handlers. */
export interface CardContext {
  t: CatalogueMessages;
  locale: string;
  /** Show prices with VAT (the supplier's choice). */
  includeVat: boolean;
  favourites: ReadonlySet<number>;
  draft(product: Product): string;
  problem(product: Product): QuantityProblem | undefined;
  /** A request for this product (add to cart, favourite) is under way. */
  busy(product: Product): boolean;
  open(product: Product, opener: HTMLElement): void;
  typed(product: Product, value: string): void;
  /** The buyer left the quantity field: say what is wrong with it, if anything. */
  validate(product: Product): void;
  step(product: Product, direction: 1 | -1): void;
  addToCart(product: Product, input: HTMLInputElement | null): void;
  toggleFavourite(product: Product): void;
}

export const isInStock = (product: Product) =>
  product.stock.kind === 'quantity' ? product.stock.quantity > 0 : product.stock.available;

function stockText(product: Product, { t, locale }: CardContext) {
  if (!isInStock(product)) return product.allowPreorder ? t.preorderable : t.notOrderable;
  return product.stock.kind === 'quantity' ? t.quantityInStock({ quantity: formatNumber(product.stock.quantity, locale) }) : t.inStock;
}

/** The stock line; `id` lets the add button point to it as the reason it is disabled. */
export function renderStock(product: Product, context: CardContext, id: string) {
  const inStock = isInStock(product);
  return html`<p class="stock ${inStock ? '' : product.allowPreorder ? 'preorder' : 'out'}" part="stock" id=${id}>${stockText(product, context)}</p>`;
}

/** The customer's price (and the list price when it differs), with or without VAT as the supplier shows them. */
export function renderPrices(product: Product, { t, locale, includeVat }: CardContext) {
  const price = includeVat ? product.priceGross : product.price;
  const listPrice = includeVat ? product.listPriceGross : product.listPrice;
  return html`<div class="prices" part="prices">
    <span class="price" part="price">${formatMoney(price, locale)}</span>
    ${listPrice
      ? html`<s class="list-price" part="list-price"><span class="visually-hidden">${t.listPrice} </span>${formatMoney(listPrice, locale)}</s>`
      : nothing}
    <span class="vat" part="vat">${includeVat ? t.inclVat : t.exclVat}</span>
    <span class="unit">${t.perUnit({ unit: product.unit })}</span>
  </div>`;
}

function quantityMessage(product: Product, problem: QuantityProblem | undefined, { t, locale }: CardContext) {
  const minimum = () => formatNumber(product.minQuantity, locale);
  const multiple = () => formatNumber(product.orderMultiple, locale);
  if (problem === 'not-whole') return t.notWhole;
  if (problem === 'below-minimum') return t.belowMinimum({ minimum: minimum() });
  if (problem === 'not-multiple') return t.notMultiple({ multiple: multiple() });
  if (product.minQuantity === 1 && product.orderMultiple === 1) return '';
  const rules = [
    product.minQuantity > 1 ? t.minimumRule({ minimum: minimum() }) : '',
    product.orderMultiple > 1 ? t.multipleRule({ multiple: multiple() }) : '',
  ].filter(Boolean);
  return rules.join(', ');
}

/**
 * Quantity stepper, its rule or error line, "add to cart" (or "pre-order", or disabled with the
 * stock line as its reason) and the favourite toggle. `prefix` keeps ids unique when one product
 * shows in several places (strip, list, dialog).
 */
export function renderOrderControls(product: Product, context: CardContext, prefix: string): TemplateResult {
  const { t } = context;
  const problem = context.problem(product);
  const draft = context.draft(product);
  const orderable = isInStock(product) || product.allowPreorder;
  const message = quantityMessage(product, problem, context);
  const messageId = `${prefix}-qm-${product.id}`;
  const stockId = `${prefix}-stock-${product.id}`;
  const favourite = context.favourites.has(product.id);
  return html`<div class="order" part="order">
    <div class="stepper" part="quantity">
      <button type="button" class="step" part="decrease" aria-label=${t.decrease} ?disabled=${!orderable}
        @click=${() => context.step(product, -1)}>−</button>
      <input type="number" part="quantity-input" inputmode="numeric" .value=${draft}
        min=${Math.ceil(product.minQuantity / product.orderMultiple) * product.orderMultiple} step=${product.orderMultiple}
        aria-label=${t.quantity({ name: product.name })} aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${message ? messageId : nothing} ?disabled=${!orderable}
        @input=${(event: Event) => context.typed(product, (event.target as HTMLInputElement).value)}
        @change=${() => context.validate(product)}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && context.addToCart(product, event.target as HTMLInputElement)} />
      <button type="button" class="step" part="increase" aria-label=${t.increase} ?disabled=${!orderable}
        @click=${() => context.step(product, 1)}>+</button>
    </div>
    ${message
      ? html`<p class=${problem ? 'field-error' : 'hint'} part="quantity-message" id=${messageId}>${message}</p>`
      : nothing}
    <div class="actions">
      <button type="button" class="primary add" part="add-button" ?disabled=${!orderable || context.busy(product)}
        aria-describedby=${orderable ? nothing : stockId}
        @click=${(event: Event) => context.addToCart(product, (event.target as HTMLElement).closest('.order')?.querySelector('input') ?? null)}>
        ${isInStock(product) || !orderable ? t.addToCart : t.preorder}
      </button>
      <button type="button" class="favourite" part="favourite" aria-pressed=${favourite ? 'true' : 'false'}
        aria-label=${t.favourite({ name: product.name })} @click=${() => context.toggleFavourite(product)}>
        <span aria-hidden="true">${favourite ? '★' : '☆'}</span>
      </button>
    </div>
  </div>`;
}

/**
 * A confirmation (polite) or a failure (assertive) after adding to the cart or saving a favourite.
 * Screen readers announce a polite live region only when its content changes, not when it appears
 * already filled: the status region stays in the DOM, empty until there is something to say.
 */
export function renderNotice(notice: Notice | undefined) {
  const said = notice && !notice.error ? notice.text : '';
  return html`<p class="visually-hidden live" role="status">${said}</p>
    ${notice
      ? html`<p class=${notice.error ? 'notice error' : 'notice'} part="notice" role=${notice.error ? 'alert' : nothing}>${notice.text}${notice.retry
          ? html` <button type="button" part="retry" @click=${notice.retry.run}>${notice.retry.label}</button>`
          : nothing}</p>`
      : nothing}`;
}

/** What the status line says; a change the cart keeps for later (no answer) can be sent again from it. */
export interface Notice {
  text: string;
  error: boolean;
  retry?: { label: string; run: () => void };
}
