import { html, nothing, type PropertyValues } from 'lit';
import { Task } from '@lit/task';
import type { InvoiceSummary } from '../../../contract/invoices.js';
import type { Order, OrderPage, OrderStatus, OrderSummary, ReorderResponse } from '../../../contract/orders.js';
import { define } from '../../base/define.js';
import { errorNotice } from '../../base/error-notice.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
import { noAccess } from '../../base/session-gate.js';
import { InvoiceDownload } from '../invoice-list/invoice-download.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { ForbiddenError, NotFoundError, TcError } from '../../client/errors.js';
import { newIdempotencyKey } from '../../client/orders.js';
import { formatAddress } from '../../format/address.js';
import { formatDate, formatDateTime } from '../../format/date.js';
import { formatMoney } from '../../format/money.js';
import { $locale } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { orderListMessages as messages, orderStatuses, statusMessages, statusTone } from './order-list-messages.js';
import { orderListStyles } from './order-list.styles.js';

const SEARCH_DEBOUNCE_MS = 300;

interface Filters {
  q: string;
  status: OrderStatus | '';
  from: string;
  to: string;
}

const noFilters: Filters = { q: '', status: '', from: '', to: '' };

/**
 * The customer's orders, newest first: paged, filtered by status and date, searched by order or
 * PO number, each with a status badge and what the status means. Opening an order shows its lines,
 * totals, note, delivery, estimated shipping date, shipments with tracking, its invoices with a PDF
 * download (for contacts who may see invoices) and its history, with "Order again" and, while the
 * supplier has not picked it up, "Cancel order".
 *
 * @fires tc-order-select - The buyer opened an order (or went back to the list: `order` undefined). `detail: { orderId }`
 * @fires tc-cart-change - "Order again" put lines in the cart. `detail: { cart, unavailable }`
 * @fires tc-order-cancelled - The buyer cancelled an order. `detail: { order }`
 * @fires tc-invoice-download - An invoice's PDF arrived; cancel the event to handle the file yourself. `detail: { invoice, blob }`
 * @fires tc-error - A request failed. `detail: { error }`
 * @slot empty - Shown instead of the default message when the customer has no orders.
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @slot no-access - Shown instead of the default message when the contact may not see orders.
 * @csspart filters - The search and filter bar.
 * @csspart search - The order-number search input.
 * @csspart status-filter - The status select.
 * @csspart date-from - The "placed from" date input.
 * @csspart date-to - The "placed until" date input.
 * @csspart count - The number of orders found.
 * @csspart table - The list of orders.
 * @csspart order - One order row.
 * @csspart order-link - The button that opens an order.
 * @csspart badge - A status badge.
 * @csspart status-info - A status's explanation.
 * @csspart pager - The page navigation.
 * @csspart detail - The open order.
 * @csspart back - The button back to the list.
 * @csspart lines - The open order's lines.
 * @csspart totals - The open order's totals.
 * @csspart delivery - Where the order goes.
 * @csspart shipments - The shipments with tracking.
 * @csspart tracking-link - A carrier's tracking link.
 * @csspart invoices - The open order's invoices.
 * @csspart invoice - One invoice row.
 * @csspart invoice-status - An invoice's payment status.
 * @csspart pdf-button - The button that downloads an invoice's PDF.
 * @csspart history - The status history.
 * @csspart reorder - The "Order again" button.
 * @csspart reorder-result - What "Order again" added and what not.
 * @csspart cancel - The "Cancel order" button.
 * @csspart confirm - The cancel confirmation.
 * @csspart status - Loading, empty, signed-out and no-access messages.
 * @csspart error - An error message.
 * @csspart retry - A button that tries again.
 * @cssprop --tc-badge-radius - Corner radius of status badges (999px).
 */
export class TcOrderList extends TcElement {
  static override styles = [tokens, controls, orderListStyles];

  static override properties = {
    orderId: { type: Number, attribute: 'order-id', reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { type: Number },
    filters: { state: true },
    confirming: { state: true },
    working: { state: true },
    actionError: { state: true },
    reorderResult: { state: true },
    notice: { state: true },
  };

  /** The open order; none shows the list. */
  declare orderId: number | undefined;
  /** Orders per page (1–100). */
  declare pageSize: number;
  /** The page of the list shown, from 1. */
  declare page: number;
  declare filters: Filters;
  declare confirming: boolean;
  declare working: 'reorder' | 'cancel' | undefined;
  declare actionError: TcError | undefined;
  declare reorderResult: ReorderResponse | undefined;
  declare notice: string | undefined;
  /** Tries the failed reorder or cancel again (the buyer already confirmed a cancel). */
  private retryAction?: () => void;

  private readonly t = new StoreController(this, () => messages);
  private readonly statusT = new StoreController(this, () => statusMessages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);
  private readonly downloads = new InvoiceDownload(this, {
    portal: () => this.portal,
    messages: () => this.t.value!,
    emit: (detail) => this.emit('tc-invoice-download', detail, { cancelable: true }),
    reportError: (error) => this.reportError(error),
  });
  /** What the search box holds while the buyer types; `filters.q` follows after a pause. */
  private searchDraft = '';
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The order whose button had focus, to return to it from the detail. */
  private returnFocusTo?: number;
  /** Move focus to the order's heading once it has loaded. */
  private focusDetail = false;

  private readonly list = new Task(this, {
    task: async ([portal, customerId, page, pageSize, filters], { signal }) => {
      if (!portal || customerId === undefined) return undefined;
      return this.reported(portal.client.orders.list({
        page,
        pageSize,
        ...(filters.q && { q: filters.q }),
        ...(filters.status && { status: filters.status }),
        ...(filters.from && { from: filters.from }),
        ...(filters.to && { to: filters.to }),
      }, signal));
    },
    args: () => [this.portal, this.customerId, this.page, this.pageSize, this.filters] as const,
  });

  private readonly detail = new Task(this, {
    task: async ([portal, customerId, orderId], { signal }) => {
      if (!portal || customerId === undefined || orderId === undefined) return undefined;
      return this.reported(portal.client.orders.get(orderId, signal));
    },
    args: () => [this.portal, this.customerId, this.orderId] as const,
  });

  /** The open order's documents, for a contact who may see invoices. */
  private readonly invoices = new Task(this, {
    task: async ([portal, customerId, orderId, allowed], { signal }) => {
      if (!portal || customerId === undefined || orderId === undefined || !allowed) return undefined;
      return this.reported(portal.client.invoices.listInvoices({ orderId, pageSize: 100 }, signal));
    },
    args: () => [this.portal, this.customerId, this.orderId, this.maySeeInvoices] as const,
  });

  constructor() {
    super();
    this.pageSize = 20;
    this.page = 1;
    this.filters = noFilters;
    this.confirming = false;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('orderId')) {
      this.confirming = false;
      this.actionError = undefined;
      this.reorderResult = undefined;
      this.notice = undefined;
      this.downloads.reset();
    }
  }

  private get maySeeInvoices() {
    const state = this.session.value;
    return state?.status === 'signed-in' && state.session.permissions.includes('invoices');
  }

  /** The customer whose orders the contact may see: none without the orders permission. */
  private get customerId() {
    const state = this.session.value;
    return state?.status === 'signed-in' && state.session.permissions.includes('orders') ? state.session.customer.id : undefined;
  }

  private async reported<T>(request: Promise<T>): Promise<T> {
    try {
      return await request;
    } catch (error) {
      this.reportError(error);
      throw error;
    }
  }

  // ---- list ----

  private filter(patch: Partial<Filters>) {
    this.filters = { ...this.filters, ...patch };
    this.page = 1;
  }

  private typeSearch(value: string) {
    this.searchDraft = value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.filter({ q: value.trim() }), SEARCH_DEBOUNCE_MS);
  }

  private clearFilters() {
    clearTimeout(this.searchTimer);
    this.searchDraft = '';
    this.filters = noFilters;
    this.page = 1;
  }

  private openOrder(summary: OrderSummary) {
    this.returnFocusTo = summary.id;
    this.orderId = summary.id;
    this.focusDetail = true;
    this.emit('tc-order-select', { orderId: summary.id });
  }

  protected override updated() {
    const heading = this.focusDetail && this.renderRoot.querySelector<HTMLElement>('[part=detail] h2');
    if (heading) {
      this.focusDetail = false;
      heading.focus();
    }
  }

  private backToList() {
    const id = this.returnFocusTo;
    this.orderId = undefined;
    this.emit('tc-order-select', { orderId: undefined });
    this.updateComplete.then(() => {
      const target = id && this.renderRoot.querySelector<HTMLElement>(`[data-order="${id}"]`);
      (target || this.renderRoot.querySelector<HTMLElement>('[part=search]'))?.focus();
    });
  }

  // ---- actions on an order ----

  /** `key` is the first attempt's, when retrying: a lost answer must not add the lines twice. */
  private async reorder(order: Order, key = newIdempotencyKey()) {
    const portal = this.portal;
    if (!portal || this.working) return;
    this.working = 'reorder';
    this.actionError = undefined;
    this.reorderResult = undefined;
    try {
      const result = await portal.client.orders.reorder(order.id, key);
      this.reorderResult = result;
      // The cart on show everywhere on the page follows.
      void portal.cart.refresh();
      this.emit('tc-cart-change', { cart: result.cart, unavailable: result.unavailable });
    } catch (error) {
      this.retryAction = () => void this.reorder(order, key);
      this.actionError = error instanceof TcError ? error : new TcError(this.t.value!.unexpected);
      this.reportError(error);
    } finally {
      this.working = undefined;
    }
  }

  private async askCancel() {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=confirm] button')?.focus();
  }

  private async cancel(order: Order) {
    const portal = this.portal;
    if (!portal || this.working) return;
    this.working = 'cancel';
    this.actionError = undefined;
    try {
      const cancelled = await portal.client.orders.cancel(order.id);
      this.confirming = false;
      this.notice = this.t.value!.cancelled({ number: cancelled.number });
      this.detail.run();
      this.list.run();
      this.emit('tc-order-cancelled', { order: cancelled });
    } catch (error) {
      this.confirming = false;
      // Cancelling twice is harmless on the server (a cancelled order answers as it is).
      this.retryAction = () => void this.cancel(order);
      this.actionError = error instanceof TcError ? error : new TcError(this.t.value!.unexpected);
      this.reportError(error);
      // Too late (picked up meanwhile): show the order as it is now.
      this.detail.run();
    } finally {
      this.working = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=detail] [role=alert], [part=detail] h2')?.focus();
    }
  }

  // ---- rendering ----

  private money(value: { amount: number; currency: string }) {
    return formatMoney(value, this.locale.value!);
  }

  private badge(status: OrderStatus, describedBy?: string) {
    const s = this.statusT.value!;
    return html`<span part="badge" class="badge ${statusTone(status)}" aria-describedby=${describedBy ?? nothing}>${s[status]}</span>`;
  }

  private statusInfo(status: OrderStatus, id?: string) {
    return html`<span part="status-info" class="info" id=${id ?? nothing}>${this.statusT.value![`${status}Info`]}</span>`;
  }

  private renderFilters() {
    const t = this.t.value!;
    const s = this.statusT.value!;
    const { filters } = this;
    const filtered = filters.q || filters.status || filters.from || filters.to;
    return html`<form part="filters" class="filters" role="search" @submit=${(event: Event) => event.preventDefault()}>
      <div class="field">
        <label for="search">${t.search}</label>
        <input id="search" part="search" type="search" autocomplete="off" .value=${this.searchDraft}
          @input=${(event: Event) => this.typeSearch((event.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="status">${t.status}</label>
        <select id="status" part="status-filter" @change=${(event: Event) => this.filter({ status: (event.target as HTMLSelectElement).value as OrderStatus | '' })}>
          <option value="" ?selected=${!filters.status}>${t.anyStatus}</option>
          ${orderStatuses.map((status) => html`<option value=${status} ?selected=${filters.status === status}>${s[status]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="from">${t.from}</label>
        <input id="from" part="date-from" type="date" .value=${filters.from} max=${filters.to || nothing}
          @change=${(event: Event) => this.filter({ from: (event.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="to">${t.to}</label>
        <input id="to" part="date-to" type="date" .value=${filters.to} min=${filters.from || nothing}
          @change=${(event: Event) => this.filter({ to: (event.target as HTMLInputElement).value })} />
      </div>
      ${filtered ? html`<button type="button" class="clear" @click=${this.clearFilters}>${t.clearFilters}</button>` : nothing}
    </form>`;
  }

  private renderPage(page: OrderPage) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    const filtered = Boolean(this.filters.q || this.filters.status || this.filters.from || this.filters.to);
    if (page.items.length === 0) {
      return filtered
        ? html`<div class="state" part="status" role="status">${t.noMatch}</div>`
        : html`<div class="state" part="status" role="status"><slot name="empty">${t.empty}</slot></div>`;
    }
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    return html`
      <p part="count" class="count" role="status">${t.results(page.total)}</p>
      <table part="table">
        <thead>
          <tr><th scope="col">${t.order}</th><th scope="col">${t.placed}</th><th scope="col">${t.status}</th>
            <th scope="col">${t.poNumber}</th><th scope="col" class="number">${t.lines}</th><th scope="col" class="number">${t.total}</th></tr>
        </thead>
        <tbody>
          ${page.items.map(
            (order) => html`<tr part="order">
              <th scope="row"><button type="button" part="order-link" class="link" data-order=${order.id}
                aria-label=${t.open({ number: order.number })} @click=${() => this.openOrder(order)}>${order.number}</button></th>
              <td>${formatDate(order.placedAt, locale)}</td>
              <td>${this.badge(order.status, `info-${order.id}`)} ${this.statusInfo(order.status, `info-${order.id}`)}</td>
              <td>${order.poNumber ?? ''}</td>
              <td class="number">${order.lineCount}</td>
              <td class="number">${this.money(order.totals.gross)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${pages > 1
        ? html`<nav part="pager" class="pager" aria-label=${t.page({ page: page.page, pages })}>
            <button type="button" ?disabled=${page.page <= 1} @click=${() => (this.page = page.page - 1)}>${t.previous}</button>
            <span>${t.page({ page: page.page, pages })}</span>
            <button type="button" ?disabled=${page.page >= pages} @click=${() => (this.page = page.page + 1)}>${t.next}</button>
          </nav>`
        : nothing}
    `;
  }

  private renderDelivery(order: Order) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    const delivery = order.delivery;
    return html`<section part="delivery" aria-labelledby="delivery-heading">
      <h3 id="delivery-heading">${t.delivery}</h3>
      ${delivery.kind === 'address'
        ? html`<p>${formatAddress(delivery.address, locale)}${delivery.address.phone ? html`<br />${delivery.address.phone}` : nothing}</p>`
        : html`<p>${t.pickupAt({ place: formatAddress(delivery.location, locale) })}</p>
            ${delivery.location.openingHours ? html`<p class="muted">${t.openingHours}: ${delivery.location.openingHours}</p>` : nothing}`}
    </section>`;
  }

  private renderShipments(order: Order) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    return html`<section part="shipments" aria-labelledby="shipments-heading">
      <h3 id="shipments-heading">${t.shipments}</h3>
      ${order.shipments.length === 0
        ? html`<p class="muted">${t.noShipments}</p>`
        : html`<ul class="plain">
            ${order.shipments.map(
              (shipment) => html`<li>
                <strong>${shipment.carrier}</strong> · ${t.trackingNumber}: <span class="tracking">${shipment.trackingNumber}</span>
                · ${t.shippedAt} ${formatDate(shipment.shippedAt, locale)}
                ${shipment.trackingUrl
                  ? html` · <a part="tracking-link" href=${shipment.trackingUrl} target="_blank" rel="noopener noreferrer"
                      aria-label=${t.track({ number: shipment.trackingNumber })}>${t.trackLink}</a>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  private renderInvoiceRows(invoices: InvoiceSummary[]) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    if (invoices.length === 0) return html`<p class="muted">${t.noInvoices}</p>`;
    return html`<table>
        <thead><tr><th scope="col">${t.documentNumber}</th><th scope="col">${t.documentType}</th><th scope="col">${t.issued}</th>
          <th scope="col" class="number">${t.amount}</th><th scope="col">${t.paymentStatus}</th><th scope="col"><span class="visually-hidden">${t.pdf}</span></th></tr></thead>
        <tbody>
          ${invoices.map((invoice) => {
            const status = invoice.type === 'credit_note' ? 'credited' : invoice.status;
            const tone = status === 'paid' || status === 'credited' ? 'done' : status === 'overdue' ? 'problem' : 'progress';
            return html`<tr part="invoice">
              <th scope="row">${invoice.number}</th>
              <td>${t[`document_${invoice.type}`]}</td>
              <td>${formatDate(invoice.issueDate, locale)}</td>
              <td class="number">${this.money(invoice.amount)}</td>
              <td><span part="invoice-status" class="badge ${tone}">${t[`payment_${status}`]}</span></td>
              <td>${this.downloads.renderButton(invoice)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${this.downloads.renderError()}`;
  }

  private renderInvoices() {
    if (!this.maySeeInvoices) return nothing;
    const t = this.t.value!;
    const loading = html`<p class="muted" role="status">${t.loadingInvoices}</p>`;
    return html`<section part="invoices" aria-labelledby="invoices-heading">
      <h3 id="invoices-heading">${t.invoices}</h3>
      ${this.invoices.render({
        initial: () => loading,
        pending: () => loading,
        complete: (page) => (page ? this.renderInvoiceRows(page.items) : nothing),
        error: () => html`<div class="error" part="error" role="alert"><span>${t.invoicesFailed}</span>
          <button type="button" part="retry" @click=${() => this.invoices.run()}>${t.retry}</button></div>`,
      })}
    </section>`;
  }

  private renderActions(order: Order) {
    const t = this.t.value!;
    const result = this.reorderResult;
    return html`<div class="actions">
        <button type="button" part="reorder" class="primary" ?disabled=${Boolean(this.working)} @click=${() => this.reorder(order)}>
          ${this.working === 'reorder' ? t.reordering : t.orderAgain}
        </button>
        ${order.canCancel && !this.confirming
          ? html`<button type="button" part="cancel" ?disabled=${Boolean(this.working)} @click=${this.askCancel}>${t.cancel}</button>`
          : nothing}
      </div>
      ${this.confirming
        ? html`<div part="confirm" class="confirm" role="alertdialog" aria-labelledby="confirm-text">
            <p id="confirm-text">${t.confirmCancel({ number: order.number })}</p>
            <div class="actions">
              <button type="button" class="danger" ?disabled=${Boolean(this.working)} @click=${() => this.cancel(order)}>
                ${this.working === 'cancel' ? t.cancelling : t.confirmYes}
              </button>
              <button type="button" @click=${() => (this.confirming = false)}>${t.confirmNo}</button>
            </div>
          </div>`
        : nothing}
      <div role="status" class="notices">
        ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
        ${result
          ? html`<div part="reorder-result" class="notice">
              <p>${t.reordered(result.added.length)}</p>
              ${result.unavailable.length > 0
                ? html`<p>${t.unavailable}</p>
                    <ul>${result.unavailable.map((line) => html`<li>${line.name} (${line.sku}): ${this.issueText(line.issue, line.message)}</li>`)}</ul>`
                : nothing}
            </div>`
          : nothing}
      </div>
      ${this.actionError
        ? html`<div class="error error-notice" part="error" role="alert" tabindex="-1"><span>${this.errorText(this.actionError)}</span>
            ${this.retryAction ? html`<button type="button" part="retry" ?disabled=${Boolean(this.working)} @click=${this.retryAction}>${t.retry}</button>` : nothing}</div>`
        : nothing}`;
  }

  private renderDetail(order: Order) {
    const t = this.t.value!;
    const s = this.statusT.value!;
    const locale = this.locale.value!;
    return html`<article part="detail" class="detail" aria-labelledby="order-heading">
      <button type="button" part="back" class="link back" @click=${this.backToList}>← ${t.back}</button>
      <header>
        <h2 id="order-heading" tabindex="-1">${t.orderHeading({ number: order.number })}</h2>
        <p>${this.badge(order.status, 'order-status-info')} ${this.statusInfo(order.status, 'order-status-info')}</p>
        <dl class="facts">
          <dt>${t.placed}</dt><dd>${formatDateTime(order.placedAt, locale)}</dd>
          ${order.poNumber ? html`<dt>${t.poNumber}</dt><dd>${order.poNumber}</dd>` : nothing}
          ${order.estimatedShipDate ? html`<dt>${t.estimatedShip}</dt><dd>${formatDate(order.estimatedShipDate, locale)}</dd>` : nothing}
        </dl>
        ${order.pickupDeadline ? html`<p class="muted">${t.pickupDeadline({ date: formatDateTime(order.pickupDeadline, locale) })}</p>` : nothing}
      </header>
      ${this.renderActions(order)}
      <table part="lines">
        <thead><tr><th scope="col">${t.product}</th><th scope="col">${t.sku}</th><th scope="col" class="number">${t.quantity}</th>
          <th scope="col" class="number">${t.unitPrice}</th><th scope="col" class="number">${t.lineTotal}</th></tr></thead>
        <tbody>
          ${order.lines.map(
            (line) => html`<tr>
              <th scope="row">${line.name}</th><td>${line.sku}</td>
              <td class="number">${line.quantity} ${line.unit}${line.preorderQuantity > 0 ? html`<br /><span class="muted">${t.preorder({ quantity: line.preorderQuantity })}</span>` : nothing}</td>
              <td class="number">${this.money(line.unitPrice)}</td><td class="number">${this.money(line.lineTotal)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <dl part="totals" class="totals">
        <dt>${t.net}</dt><dd>${this.money(order.totals.net)}</dd>
        <dt>${t.vat}</dt><dd>${this.money(order.totals.vat)}</dd>
        <dt class="gross">${t.gross}</dt><dd class="gross">${this.money(order.totals.gross)}</dd>
      </dl>
      <div class="columns">
        ${this.renderDelivery(order)}
        ${order.note ? html`<section aria-labelledby="note-heading"><h3 id="note-heading">${t.note}</h3><p class="note">${order.note}</p></section>` : nothing}
      </div>
      ${this.renderShipments(order)}
      ${this.renderInvoices()}
      <section part="history" aria-labelledby="history-heading">
        <h3 id="history-heading">${t.history}</h3>
        <ol class="plain history">
          ${order.history.map(
            (change) => html`<li><time datetime=${change.at}>${formatDateTime(change.at, locale)}</time> · ${s[change.status]}${change.note ? html` · ${change.note}` : nothing}</li>`,
          )}
        </ol>
      </section>
    </article>`;
  }

  private renderError(error: unknown, retry: () => void) {
    const t = this.t.value!;
    if (error instanceof ForbiddenError) return noAccess(t);
    if (error instanceof NotFoundError) {
      return errorNotice(t.notFound, { retryLabel: t.retry, action: html`<button type="button" part="back" @click=${this.backToList}>${t.back}</button>` });
    }
    return this.errorNotice(error, retry, { retryLabel: t.retry });
  }

  protected override render() {
    const t = this.t.value!;
    const gate = this.renderSessionGate(this.session.value, t, 'orders');
    if (gate) return gate;
    if (this.orderId !== undefined) {
      return this.detail.render({
        initial: () => html`<div class="state" part="status" role="status" aria-busy="true">${t.loadingOrder}</div>`,
        // While reloading (after a cancel), the order stays on show.
        pending: () =>
          this.detail.value?.id === this.orderId
            ? this.renderDetail(this.detail.value!)
            : html`<div class="state" part="status" role="status" aria-busy="true">${t.loadingOrder}</div>`,
        complete: (order) => (order ? this.renderDetail(order) : nothing),
        error: (error) => this.renderError(error, () => this.detail.run()),
      });
    }
    return html`
      <h2 class="heading">${t.heading}</h2>
      ${this.renderFilters()}
      ${this.list.render({
        initial: () => html`<div class="state" part="status" role="status" aria-busy="true">${t.loading}</div>`,
        // While the next page or filter loads, the current one stays, marked busy.
        pending: () =>
          this.list.value
            ? html`<div class="busy" aria-busy="true">${this.renderPage(this.list.value)}</div>`
            : html`<div class="state" part="status" role="status" aria-busy="true">${t.loading}</div>`,
        complete: (page) => (page ? this.renderPage(page) : nothing),
        error: (error) => this.renderError(error, () => this.list.run()),
      })}
    `;
  }
}

define('tc-order-list', TcOrderList);

declare global {
  interface HTMLElementEventMap {
    /** The buyer opened an order, or went back to the list (`orderId` undefined). */
    'tc-order-select': CustomEvent<{ orderId: number | undefined }>;
    /** The buyer cancelled an order. */
    'tc-order-cancelled': CustomEvent<{ order: Order }>;
  }
  interface HTMLElementTagNameMap {
    'tc-order-list': TcOrderList;
  }
}
