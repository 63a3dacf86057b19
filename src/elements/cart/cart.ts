import { html, nothing } from 'lit';
import { Task } from '@lit/task';
import type { AddressList, Delivery } from '../../../contract/addresses.js';
import type { AddLineResult, Cart } from '../../../contract/cart.js';
import type { Order, OrderConflictDetails, ReorderResponse } from '../../../contract/orders.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { errorNotice } from '../../base/error-notice.js';
import { ApiError, TcError, ValidationError } from '../../client/errors.js';
import { orderConflictOf, orderLimitOf } from '../../client/orders.js';
import { formatAddress } from '../../format/address.js';
import { formatMoney } from '../../format/money.js';
import { $locale } from '../../i18n/i18n.js';
import type { CartLineView, CartView } from '../../stores/cart.js';
import { worthRetrying } from '../../stores/cart-sync.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { cartStyles } from './cart.styles.js';
import { cartMessages as messages, problemText, quantityProblem } from './cart-messages.js';

/** What went wrong with the last placement, as the buyer should see it. */
interface PlaceFailure {
  error: TcError;
}

/**
 * The buyer's current order: lines with quantities, the note for the supplier, delivery to one of
 * the customer's addresses or pickup at the supplier, the server's totals, and placing the order.
 * Quantities keep the product's minimum and order multiple; lines that break a rule show the
 * server's reason. Placing survives a lost answer: trying again re-sends the same placement, so
 * one order results.
 *
 * @fires tc-cart-change - The buyer changed a line, the note or the delivery and the server took it. `detail: { cart }`
 * @fires tc-order-placed - The order was placed. `detail: { order }` with its id, number and totals.
 * @fires tc-error - A request failed. `detail: { error }`
 * @slot empty - Shown when the cart has no lines.
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @slot confirmation - Extra content in the confirmation shown after placing (e.g. a link to the orders page).
 * @csspart heading - The cart's heading.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart image - A product's picture.
 * @csspart name - A product's name.
 * @csspart sku - A product's SKU.
 * @csspart unit-price - A line's unit price.
 * @csspart quantity - A line's quantity input.
 * @csspart quantity-hint - The minimum and multiple under a quantity input.
 * @csspart line-total - A line's total.
 * @csspart problem - A rule a line breaks, as the server says.
 * @csspart line-error - Why the server refused the buyer's last change of a line.
 * @csspart remove - A line's remove button.
 * @csspart note - The note for the supplier.
 * @csspart delivery - The delivery choice.
 * @csspart po-number - The buyer's purchase-order number input.
 * @csspart totals - The totals block.
 * @csspart place-button - The button that places the order.
 * @csspart place-error - Why placing failed (conflict, limit, no answer).
 * @csspart confirmation - The confirmation shown after placing.
 * @csspart order-number - The placed order's number.
 * @csspart status - Loading, empty, signed-out and no-access messages.
 * @csspart error - An error message.
 * @csspart retry - A button that tries again.
 * @cssprop --tc-cart-gap - Space between lines (`--tc-space`).
 */
export class TcCart extends TcElement {
  static override styles = [tokens, controls, cartStyles];

  static override properties = {
    quantityErrors: { state: true },
    poNumber: { state: true },
    failure: { state: true },
    deliveryMissing: { state: true },
    confirmation: { state: true },
  };

  /** Quantity typed but not sent because it breaks a rule, by product id. */
  declare quantityErrors: Record<number, string>;
  declare poNumber: string;
  declare failure: PlaceFailure | undefined;
  declare deliveryMissing: boolean;
  declare confirmation: Order | undefined;

  private readonly t = new StoreController(this, () => messages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly cart = new StoreController(this, () => this.portal?.cart.$cart);
  private readonly status = new StoreController(this, () => this.portal?.cart.$status);
  private readonly placement = new StoreController(this, () => this.portal?.cart.$placement);

  private readonly addresses = new Task(this, {
    task: async ([portal, ready], { signal }) => {
      if (!portal || !ready) return undefined;
      try {
        return await portal.client.addresses.list(signal);
      } catch (error) {
        this.reportError(error);
        throw error;
      }
    },
    args: () => [this.portal, this.status.value?.state === 'ready'] as const,
  });

  constructor() {
    super();
    this.quantityErrors = {};
    this.poNumber = '';
    this.deliveryMissing = false;
  }

  // ---- changes ----

  private async apply(result: ReturnType<NonNullable<TcElement['portal']>['cart']['setQuantity']>) {
    const outcome = await result;
    if (outcome.ok) this.emit('tc-cart-change', { cart: this.portal?.cart.$cart.get() });
    else this.reportError(outcome.error);
  }

  private commitQuantity(line: CartLineView, input: HTMLInputElement) {
    const raw = input.value.trim();
    const problem = quantityProblem(this.t.value!, line.product, raw);
    const errors = { ...this.quantityErrors };
    delete errors[line.product.id];
    if (problem) errors[line.product.id] = problem;
    this.quantityErrors = errors;
    if (problem) return;
    const quantity = Number(raw);
    if (quantity === line.quantity) return;
    const cart = this.portal!.cart;
    void this.apply(quantity === 0 ? cart.remove(line.product.id) : cart.setQuantity(line.product.id, quantity));
  }

  private removeLine(line: CartLineView) {
    const errors = { ...this.quantityErrors };
    delete errors[line.product.id];
    this.quantityErrors = errors;
    void this.apply(this.portal!.cart.remove(line.product.id));
    // Focus would be lost with the line: move it to the list, which names what is left.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=heading]')?.focus());
  }

  private changeNote(event: Event) {
    const note = (event.target as HTMLTextAreaElement).value;
    if (note !== this.cart.value?.note) void this.apply(this.portal!.cart.update({ note }));
  }

  private chooseDelivery(delivery: Delivery) {
    this.deliveryMissing = false;
    void this.apply(this.portal!.cart.update({ delivery }));
  }

  // ---- placing ----

  private async place() {
    const portal = this.portal;
    const cart = this.cart.value;
    if (!portal || !cart || this.status.value?.placing) return;
    if (!cart.delivery && !this.placement.value) {
      this.deliveryMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[part=delivery] input')?.focus();
      return;
    }
    this.failure = undefined;
    try {
      const order = await portal.cart.place({ poNumber: this.poNumber });
      this.confirmation = order;
      this.poNumber = '';
      this.emit('tc-order-placed', { order });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=confirmation]')?.focus();
    } catch (error) {
      const typed = error instanceof TcError ? error : new TcError(this.t.value!.unexpected);
      if (typed instanceof ValidationError && typed.fields.delivery) this.deliveryMissing = true;
      this.failure = { error: typed };
      this.reportError(typed);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=place-error]')?.focus();
    }
  }

  private review() {
    this.failure = undefined;
    this.renderRoot.querySelector<HTMLElement>('[part=heading]')?.focus();
  }

  // ---- rendering ----

  private money(money: { amount: number; currency: string }) {
    return formatMoney(money, this.locale.value!);
  }

  private renderLine(line: CartLineView) {
    const t = this.t.value!;
    const { product } = line;
    const id = product.id;
    const quantityError = this.quantityErrors[id];
    const hint = t.rule({ min: String(product.minQuantity), multiple: String(product.orderMultiple), unit: product.unit });
    const showHint = product.minQuantity > 1 || product.orderMultiple > 1;
    const described = [showHint && `hint-${id}`, quantityError && `qerr-${id}`, line.error && `lerr-${id}`].filter(Boolean).join(' ');
    return html`<li part="line" class=${line.pending ? 'pending' : ''} aria-labelledby="name-${id}">
      ${product.image ? html`<img part="image" src=${product.image.url} alt="" width="64" height="64" loading="lazy" />` : html`<span class="no-image"></span>`}
      <div class="what">
        <span part="name" id="name-${id}">${product.name}</span>
        <span part="sku" class="muted">${t.sku} ${product.sku}</span>
        ${line.problems.map((problem) => html`<span part="problem" class="problem">${problemText(t, problem, product, this.locale.value!)}</span>`)}
        ${line.preorder ? html`<span class="muted">${t.preorder}</span>` : nothing}
      </div>
      <span part="unit-price" class="price">
        ${line.unitPrice ? html`${this.money(line.unitPrice)} <span class="muted">/ ${product.unit}</span>` : nothing}
      </span>
      <div class="quantity">
        <label class="visually-hidden" for="qty-${id}">${t.quantityOf({ name: product.name })}</label>
        <input id="qty-${id}" part="quantity" type="number" inputmode="numeric" min="0" step=${product.orderMultiple}
          .value=${String(line.quantity)} aria-invalid=${quantityError ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @change=${(event: Event) => this.commitQuantity(line, event.target as HTMLInputElement)}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.commitQuantity(line, event.target as HTMLInputElement)} />
        ${showHint ? html`<span part="quantity-hint" id="hint-${id}" class="muted">${hint}</span>` : nothing}
        ${quantityError ? html`<span id="qerr-${id}" class="field-error" role="alert">${quantityError}</span>` : nothing}
      </div>
      <span part="line-total" class="price total">
        ${line.pending ? html`<span class="muted">${t.updating}</span>` : line.lineTotal ? this.money(line.lineTotal) : html`<span class="muted">${t.unavailable}</span>`}
      </span>
      <button part="remove" type="button" class="remove" @click=${() => this.removeLine(line)} aria-label=${t.removeItem({ name: product.name })}>${t.remove}</button>
      ${line.error ? html`<p part="line-error" id="lerr-${id}" class="line-error field-error" role="alert">${this.refusalText(line.refusal, ['quantity']) ?? line.error}</p>` : nothing}
    </li>`;
  }

  private renderDelivery(cart: CartView) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    const chosen = cart.delivery;
    const isChosen = (delivery: Delivery) =>
      chosen?.kind === delivery.kind && (delivery.kind === 'pickup' || (chosen.kind === 'address' && chosen.addressId === delivery.addressId));
    const option = (delivery: Delivery, label: string, detail: string) => html`<label class="choice">
      <input type="radio" name="delivery" .checked=${isChosen(delivery)} @change=${() => this.chooseDelivery(delivery)}
        aria-describedby=${this.deliveryMissing ? 'delivery-error' : nothing} />
      <span><strong>${label}</strong> <span class="muted detail">${detail}</span></span>
    </label>`;
    const list = (addresses: AddressList) => html`
      ${addresses.items.map((address) => option({ kind: 'address', addressId: address.id }, address.label, formatAddress(address, locale)))}
      ${addresses.pickup
        ? option({ kind: 'pickup' }, t.pickup, [formatAddress(addresses.pickup, locale), addresses.pickup.openingHours].filter(Boolean).join(' · '))
        : nothing}
      ${addresses.items.length === 0 && !addresses.pickup ? html`<p class="muted">${t.noAddresses}</p>` : nothing}
    `;
    return html`<fieldset part="delivery" aria-invalid=${this.deliveryMissing ? 'true' : 'false'}>
      <legend>${t.delivery}</legend>
      ${this.addresses.render({
        pending: () => html`<p class="muted" role="status">${t.loadingAddresses}</p>`,
        complete: (addresses) => (addresses ? list(addresses) : nothing),
        error: (error) => this.errorNotice(error, () => void this.addresses.run(), { retryLabel: t.retry }),
      })}
      ${this.deliveryMissing || cart.detailsError
        ? html`<p id="delivery-error" class="field-error" role="alert">${this.deliveryMissing ? t.chooseDelivery : (this.refusalText(cart.detailsRefusal, ['delivery', 'note']) ?? cart.detailsError)}</p>`
        : nothing}
    </fieldset>`;
  }

  private renderTotals(cart: CartView) {
    const t = this.t.value!;
    return html`<div part="totals" class=${cart.updating ? 'totals updating' : 'totals'} aria-busy=${cart.updating ? 'true' : 'false'}>
      <dl>
        <dt>${t.net}</dt><dd>${this.money(cart.totals.net)}</dd>
        <dt>${t.vat}</dt><dd>${this.money(cart.totals.vat)}</dd>
        <dt class="gross">${t.gross}</dt><dd class="gross">${this.money(cart.totals.gross)}</dd>
      </dl>
      <p class="muted" role="status">${cart.updating ? t.updatingTotals : ''}</p>
    </div>`;
  }

  /** Why a line changed since the buyer looked, in the buyer's language (the server's sentence is English). */
  private changeText(change: OrderConflictDetails['changes'][number]): string {
    const product = this.cart.value?.lines.find((line) => line.product.id === change.productId)?.product;
    if (!product || change.reason === 'price_changed') return change.message;
    return problemText(this.t.value!, { code: change.reason, message: change.message }, product, this.locale.value!);
  }

  /** A refused change in the buyer's language: the field's reason, else the error's. */
  private refusalText(error: TcError | undefined, fields: string[]): string | undefined {
    if (!error) return undefined;
    for (const field of fields) {
      const text = this.fieldErrorText(error, field);
      if (text) return text;
    }
    return this.errorText(error);
  }

  private renderFailure() {
    const t = this.t.value!;
    const failure = this.failure;
    const unanswered = this.placement.value && !this.status.value?.placing;
    if (!failure && !unanswered) return html`<div part="place-error" tabindex="-1" hidden></div>`;
    const error = failure?.error;
    const conflict = orderConflictOf(error);
    const limit = orderLimitOf(error);
    let body;
    if (conflict) {
      body = html`<p>${t.conflict}</p>
        ${conflict.changes.length > 0
          ? html`<ul class="changes">
              ${conflict.changes.map(
                (change) => html`<li>
                  <strong>${change.name}</strong> (${change.sku}):
                  ${change.reason === 'price_changed' && change.previousPrice && change.currentPrice
                    ? t.priceChanged({ was: this.money(change.previousPrice), now: this.money(change.currentPrice) })
                    : this.changeText(change)}
                </li>`,
              )}
            </ul>`
          : nothing}
        ${conflict.expectedTotal.amount !== conflict.currentTotal.amount
          ? html`<p>${t.totalChanged({ was: this.money(conflict.expectedTotal), now: this.money(conflict.currentTotal) })}</p>`
          : nothing}
        ${conflict.cartChanged ? html`<p>${t.cartChanged}</p>` : nothing}
        <div class="actions">
          <button type="button" @click=${this.review}>${t.review}</button>
          <button type="button" class="primary" @click=${this.place}>${t.placeUpdated}</button>
        </div>`;
    } else if (limit) {
      body = html`<p>${t.limit({ remaining: this.money(limit.remaining), limit: this.money(limit.limit), total: this.money(limit.orderTotal) })}</p>
        <div class="actions"><button type="button" @click=${this.review}>${t.review}</button></div>`;
    } else if (!error || worthRetrying(error)) {
      body = html`<p>${error ? `${this.errorText(error)} ` : ''}${t.unanswered}</p>
        <div class="actions"><button type="button" part="retry" class="primary" @click=${this.place}>${t.retryPlace}</button></div>`;
    } else if (error instanceof ApiError && error.status === 409) {
      body = html`<p>${this.errorText(error)}</p><div class="actions"><button type="button" @click=${this.review}>${t.review}</button></div>`;
    } else {
      body = html`<p>${this.errorText(error)}</p>`;
    }
    return html`<div part="place-error" class="error place-error" role="alert" tabindex="-1">${body}</div>`;
  }

  private renderConfirmation(order: Order) {
    const t = this.t.value!;
    return html`<section part="confirmation" class="confirmation" role="status" tabindex="-1" aria-labelledby="placed-heading">
      <h2 id="placed-heading">${t.placed}</h2>
      <p>${t.orderNumber} <strong part="order-number">${order.number}</strong></p>
      <dl>
        <dt>${t.net}</dt><dd>${this.money(order.totals.net)}</dd>
        <dt>${t.vat}</dt><dd>${this.money(order.totals.vat)}</dd>
        <dt class="gross">${t.gross}</dt><dd class="gross">${this.money(order.totals.gross)}</dd>
      </dl>
      <slot name="confirmation"></slot>
      <button type="button" @click=${() => (this.confirmation = undefined)}>${t.continue}</button>
    </section>`;
  }

  private renderCart(cart: CartView) {
    const t = this.t.value!;
    const placing = Boolean(this.status.value?.placing);
    const unanswered = Boolean(this.placement.value);
    return html`
      <h2 part="heading" tabindex="-1">${t.heading} <span class="muted count">${t.lines(cart.lines.length)}</span></h2>
      ${this.renderStatusBanner()}
      <ul part="lines" class="lines" role="list">${cart.lines.map((line) => this.renderLine(line))}</ul>
      <div class="bottom">
        <div class="details">
          <div class="field">
            <label for="note">${t.note}</label>
            <textarea id="note" part="note" rows="3" maxlength="2000" .value=${cart.note} @change=${this.changeNote}></textarea>
          </div>
          ${this.renderDelivery(cart)}
          <div class="field">
            <label for="po">${t.poNumber}</label>
            <input id="po" part="po-number" maxlength="50" autocomplete="off" .value=${this.poNumber} ?readonly=${unanswered}
              @input=${(event: Event) => (this.poNumber = (event.target as HTMLInputElement).value)} />
          </div>
        </div>
        <div class="summary">
          ${this.renderTotals(cart)}
          ${this.renderFailure()}
          <button part="place-button" class="primary place" type="button" ?disabled=${placing || cart.lines.length === 0}
            aria-busy=${placing ? 'true' : 'false'} @click=${this.place}>
            ${placing ? t.placing : t.place}
          </button>
        </div>
      </div>
    `;
  }

  /** Changes waiting for a connection, or refused without a line to show it on. */
  private renderStatusBanner() {
    const t = this.t.value!;
    const status = this.status.value;
    if (status?.offline) {
      return errorNotice(t.offline, { retry: () => this.portal?.cart.retry(), retryLabel: t.retry });
    }
    return nothing;
  }

  private renderState(content: unknown) {
    return html`<div class="state" part="status" role="status">${content}</div>`;
  }

  protected override render() {
    const t = this.t.value!;
    if (!this.portal) return html`<p class="error" part="error" role="alert">${t.notConfigured}</p>`;
    if (this.confirmation) return this.renderConfirmation(this.confirmation);
    const status = this.status.value;
    const cart = this.cart.value;
    switch (status?.state) {
      case 'signed-out':
        return this.renderState(html`<slot name="signed-out">${t.signedOut}</slot>`);
      case 'no-access':
        return this.renderState(t.noAccess);
      case 'error':
        return this.errorNotice(status.error, () => void this.portal?.cart.refresh(), { retryLabel: t.retry });
    }
    if (!cart) return html`<div class="state" part="status" role="status" aria-busy="true">${t.loading}</div>`;
    if (cart.lines.length === 0 && !this.placement.value) {
      return html`${this.renderStatusBanner()}${this.renderState(html`<slot name="empty">${t.empty}</slot>`)}`;
    }
    return this.renderCart(cart);
  }
}

define('tc-cart', TcCart);

declare global {
  interface HTMLElementEventMap {
    /** The buyer changed the cart (a line, the note, the delivery; lines from quick order; an order again). */
    'tc-cart-change': CustomEvent<{
      cart: CartView | Cart | undefined;
      /** Quick order: the lines the server added. */
      added?: Extract<AddLineResult, { status: 'added' }>[];
      /** Order again: the lines that could not go into the cart. */
      unavailable?: ReorderResponse['unavailable'];
    }>;
    /** The order was placed. */
    'tc-order-placed': CustomEvent<{ order: Order }>;
  }
  interface HTMLElementTagNameMap {
    'tc-cart': TcCart;
  }
}
