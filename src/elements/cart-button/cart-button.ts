import { html, nothing, type PropertyValues } from 'lit';
import { count, params } from '@nanostores/i18n';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { formatMoney } from '../../format/money.js';
import { $locale, i18n } from '../../i18n/i18n.js';
import type { CartView } from '../../stores/cart.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { cartButtonStyles } from './cart-button.styles.js';

const messages = i18n('cartButton', {
  label: 'Cart',
  lines: count({ one: '{count} line', other: '{count} lines' }),
  withoutVat: 'without VAT',
  withVat: 'with VAT',
  loading: 'loading',
  updating: 'updating',
  announce: params<{ lines: string; total: string }>('Cart updated: {lines}, {total}.'),
  failed: 'The cart could not be loaded.',
  retry: 'Try again',
});

/**
 * The cart in the page header: its line count and total, as a link to the cart page (`href`) or
 * a button that asks the page to open the cart (`tc-cart-open`). Changes are announced politely to
 * screen readers. Hidden for contacts without the ordering permission.
 *
 * @fires tc-cart-open - The buyer pressed the button (no `href`). `detail: { cart }`
 * @slot icon - Replaces the cart icon.
 * @csspart button - The link or button.
 * @csspart icon - The icon.
 * @csspart label - The word "Cart".
 * @csspart count - The number of lines.
 * @csspart total - The cart total.
 * @csspart error - Why the cart could not be loaded (read out by screen readers; the retry button shows it).
 * @csspart retry - The button that loads the cart again after a failure.
 * @cssprop --tc-cart-button-count-color - Background of the line count (`--tc-color-primary`).
 */
export class TcCartButton extends TcElement {
  static override styles = [tokens, controls, cartButtonStyles];

  static override properties = {
    href: { type: String },
    total: { type: String },
  };

  /** Where the cart page is; without it the element is a button that fires `tc-cart-open`. */
  declare href: string | undefined;
  /** Which total to show: `net` (without VAT, the default) or `gross` (with VAT). */
  declare total: 'net' | 'gross';

  private readonly t = new StoreController(this, () => messages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly cart = new StoreController(this, () => this.portal?.cart.$cart);
  private readonly status = new StoreController(this, () => this.portal?.cart.$status);
  /** What was last announced, so only real changes are read out (not the first load). */
  private announced?: string;
  private announcement = '';

  constructor() {
    super();
    this.total = 'net';
  }

  // In update(), not willUpdate(): the store controllers have found the portal's stores by then.
  protected override update(changed: PropertyValues<this>) {
    const cart = this.cart.value;
    if (cart && !cart.updating) {
      const summary = this.summary(cart);
      const key = `${summary.lines}|${summary.total}`;
      if (this.announced !== undefined && key !== this.announced) this.announcement = this.t.value!.announce(summary);
      this.announced = key;
    }
    super.update(changed);
  }

  private summary(cart: CartView) {
    const t = this.t.value!;
    return { lines: t.lines(cart.lines.length), total: `${formatMoney(cart.totals[this.total], this.locale.value!)} ${this.total === 'net' ? t.withoutVat : t.withVat}` };
  }

  private open(event: Event) {
    if (this.href) return;
    event.preventDefault();
    this.emit('tc-cart-open', { cart: this.cart.value });
  }

  protected override render() {
    const t = this.t.value!;
    const status = this.status.value;
    if (!this.portal || status?.state === 'no-access') return nothing;
    const cart = this.cart.value;
    const busy = status?.state === 'loading' || Boolean(cart?.updating);
    const summary = cart && this.summary(cart);
    const content = html`
      <span part="icon" aria-hidden="true"><slot name="icon">${cartIcon}</slot></span>
      <span part="label">${t.label}</span>
      ${cart
        ? html`<span part="count" aria-hidden="true">${cart.lines.length}</span>
            <span class="visually-hidden">, ${summary!.lines},</span>
            <span part="total" class=${cart.updating ? 'updating' : ''}
              >${formatMoney(cart.totals[this.total], this.locale.value!)}<span class="visually-hidden">
                ${this.total === 'net' ? t.withoutVat : t.withVat}${cart.updating ? `, ${t.updating}` : ''}</span
              ></span
            >`
        : status?.state === 'loading'
          ? html`<span class="visually-hidden">, ${t.loading}</span>`
          : nothing}
    `;
    return html`
      ${this.href
        ? html`<a part="button" class="button" href=${this.href} aria-busy=${busy ? 'true' : 'false'}>${content}</a>`
        : html`<button part="button" class="button" type="button" aria-busy=${busy ? 'true' : 'false'} @click=${this.open}>${content}</button>`}
      ${status?.state === 'error'
        ? html`<span part="error" class="visually-hidden" role="alert">${status.error ? this.errorText(status.error) : t.failed}</span>
            <button part="retry" type="button" class="retry" title=${t.failed} @click=${() => this.portal?.cart.refresh()}>
              <span class="visually-hidden">${t.failed} </span>${t.retry}
            </button>`
        : nothing}
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>
    `;
  }
}

const cartIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2"
  stroke-linecap="round" stroke-linejoin="round" focusable="false">
  <circle cx="9" cy="20" r="1.5" /><circle cx="18" cy="20" r="1.5" />
  <path d="M2 3h3l2.6 12.4a1.5 1.5 0 0 0 1.5 1.1h8.8a1.5 1.5 0 0 0 1.5-1.2L21 8H6.2" />
</svg>`;

define('tc-cart-button', TcCartButton);

declare global {
  interface HTMLElementEventMap {
    /** The buyer pressed the cart button (no `href`): the page opens the cart. */
    'tc-cart-open': CustomEvent<{ cart: CartView | undefined }>;
  }
  interface HTMLElementTagNameMap {
    'tc-cart-button': TcCartButton;
  }
}
