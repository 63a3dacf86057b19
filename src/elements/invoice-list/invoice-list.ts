import { html, nothing } from 'lit';
import { Task } from '@lit/task';
import { params } from '@nanostores/i18n';
import type { DocumentType, InvoicePage, InvoiceStatus, InvoiceSummary } from '../../../contract/invoices.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
import { noAccess } from '../../base/session-gate.js';
import { InvoiceDownload } from './invoice-download.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { ForbiddenError } from '../../client/errors.js';
import { formatDate } from '../../format/date.js';
import { formatMoney, formatNumber } from '../../format/money.js';
import { $locale, i18n } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { invoiceListStyles } from './invoice-list.styles.js';

const messages = i18n('invoiceList', {
  caption: 'Invoices and other documents',
  loading: 'Loading documents…',
  empty: 'No documents match.',
  signedOut: 'Sign in to see your invoices.',
  noAccess: 'Your account has no access to invoices. Ask your administrator if you need it.',
  retry: 'Try again',
  unexpected: 'The documents could not be loaded.',
  notConfigured: 'The invoice list is not set up: the back-end address is missing.',
  paid: 'Paid',
  unpaid: 'Still to pay',
  typeFilter: 'Type',
  statusFilter: 'Status',
  allTypes: 'All types',
  allStatuses: 'All statuses',
  type: 'Type',
  number: 'Number',
  issueDate: 'Issued',
  dueDate: 'Due',
  amount: 'Amount',
  amountPaid: 'Paid',
  status: 'Status',
  document: 'Document',
  invoice: 'Invoice',
  proforma: 'Proforma',
  receipt: 'Receipt',
  credit_note: 'Credit note',
  status_unpaid: 'Unpaid',
  status_partially_paid: 'Partly paid',
  status_paid: 'Paid',
  status_overdue: 'Overdue',
  status_credited: 'Credited',
  pdf: 'PDF',
  downloadPdf: params<{ number: string }>('Download {number} as PDF'),
  downloading: 'Downloading…',
  downloadFailed: params<{ number: string }>('{number} could not be downloaded.'),
  results: params<{ count: string }>('{count} documents'),
  previous: 'Previous page',
  next: 'Next page',
  page: params<{ page: number; pages: number }>('Page {page} of {pages}'),
});

const types: DocumentType[] = ['invoice', 'proforma', 'receipt', 'credit_note'];
const statuses: InvoiceStatus[] = ['unpaid', 'partially_paid', 'paid', 'overdue'];

/**
 * The customer's invoices, proformas, receipts and credit notes: a table with type, number, dates,
 * amount, amount paid and a status badge, the paid and unpaid totals over the filter at the top,
 * filters by type and status, and a PDF download per document.
 *
 * @fires tc-invoice-download - A PDF arrived; cancel the event to handle the file yourself. `detail: { invoice, blob }`
 * @fires tc-error - Loading or a download failed. `detail: { error }`
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @slot no-access - Shown instead of the default message when the contact may not see invoices.
 * @slot empty - Shown instead of the default message when no document matches.
 * @csspart totals - The paid and unpaid totals.
 * @csspart total-paid - The paid total.
 * @csspart total-unpaid - The unpaid total.
 * @csspart filters - The type and status filters.
 * @csspart table - The table of documents.
 * @csspart row - One document's row.
 * @csspart number - A document's number.
 * @csspart amount - A document's amount.
 * @csspart status-badge - A document's status badge.
 * @csspart pdf-button - The button that downloads a document's PDF.
 * @csspart pager - The page navigation.
 * @csspart status - Loading, empty, signed-out and no-access messages.
 * @csspart error - The error message.
 * @csspart retry - The button that tries again after an error.
 * @cssprop --tc-badge-radius - Corner radius of status badges (999px). Badges take their colours from
 *   `--tc-color-success` (paid), `--tc-color-warning` (partly paid) and `--tc-color-danger` (overdue).
 */
export class TcInvoiceList extends TcElement {
  static override styles = [tokens, controls, invoiceListStyles];

  static override properties = {
    type: { type: String, reflect: true },
    status: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { type: Number },
  };

  /** Only documents of this type (`invoice`, `proforma`, `receipt`, `credit_note`); all when empty. */
  declare type: DocumentType | '';
  /** Only documents in this status (`unpaid`, `partially_paid`, `paid`, `overdue`); all when empty. */
  declare status: InvoiceStatus | '';
  /** Documents per page (1–100). */
  declare pageSize: number;
  /** The page shown, from 1. */
  declare page: number;

  private readonly t = new StoreController(this, () => messages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);
  private readonly downloads = new InvoiceDownload(this, {
    portal: () => this.portal,
    messages: () => this.t.value!,
    emit: (detail) => this.emit('tc-invoice-download', detail, { cancelable: true }),
    reportError: (error) => this.reportError(error),
  });

  private readonly documents = new Task(this, {
    task: async ([portal, customerId, allowed, type, status, page, pageSize], { signal }) => {
      if (!portal || customerId === undefined || !allowed) return undefined;
      try {
        return await portal.client.invoices.listInvoices({ type: type || undefined, status: status || undefined, page, pageSize }, signal);
      } catch (error) {
        this.reportError(error);
        throw error;
      }
    },
    args: () => {
      const state = this.session.value;
      const session = state?.status === 'signed-in' ? state.session : undefined;
      return [this.portal, session?.customer.id, session?.permissions.includes('invoices'), this.type, this.status, this.page, this.pageSize] as const;
    },
  });

  constructor() {
    super();
    this.type = '';
    this.status = '';
    this.pageSize = 20;
    this.page = 1;
  }

  private filter(event: Event, which: 'type' | 'status') {
    const value = (event.target as HTMLSelectElement).value;
    if (which === 'type') this.type = value as DocumentType | '';
    else this.status = value as InvoiceStatus | '';
    this.page = 1;
  }

  private statusLabel(invoice: InvoiceSummary) {
    const t = this.t.value!;
    if (invoice.type === 'credit_note') return t.status_credited;
    return t[`status_${invoice.status}`];
  }

  private renderFilters() {
    const t = this.t.value!;
    return html`<div class="filters" part="filters">
      <label>
        <span>${t.typeFilter}</span>
        <select @change=${(event: Event) => this.filter(event, 'type')} .value=${this.type}>
          <option value="" ?selected=${!this.type}>${t.allTypes}</option>
          ${types.map((type) => html`<option value=${type} ?selected=${this.type === type}>${t[type]}</option>`)}
        </select>
      </label>
      <label>
        <span>${t.statusFilter}</span>
        <select @change=${(event: Event) => this.filter(event, 'status')} .value=${this.status}>
          <option value="" ?selected=${!this.status}>${t.allStatuses}</option>
          ${statuses.map((status) => html`<option value=${status} ?selected=${this.status === status}>${t[`status_${status}`]}</option>`)}
        </select>
      </label>
    </div>`;
  }

  private renderRow(invoice: InvoiceSummary) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    return html`<tr part="row">
      <td data-label=${t.type}>${t[invoice.type]}</td>
      <th scope="row" part="number">${invoice.number}</th>
      <td class="date" data-label=${t.issueDate}>${formatDate(invoice.issueDate, locale)}</td>
      <td class="date" data-label=${t.dueDate}>${invoice.type === 'invoice' || invoice.type === 'proforma' ? formatDate(invoice.dueDate, locale) : '—'}</td>
      <td class="money" part="amount" data-label=${t.amount}>${formatMoney(invoice.amount, locale)}</td>
      <td class="money" data-label=${t.amountPaid}>${formatMoney(invoice.amountPaid, locale)}</td>
      <td><span class="badge ${invoice.type === 'credit_note' ? 'credited' : invoice.status}" part="status-badge">${this.statusLabel(invoice)}</span></td>
      <td>${this.downloads.renderButton(invoice, 'pdf')}</td>
    </tr>`;
  }

  private renderPage(page: InvoicePage | undefined) {
    const t = this.t.value!;
    const locale = this.locale.value!;
    if (!page) return nothing;
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    return html`
      <dl class="totals" part="totals">
        <div part="total-paid"><dt>${t.paid}</dt><dd>${formatMoney(page.totals.paid, locale)}</dd></div>
        <div part="total-unpaid"><dt>${t.unpaid}</dt><dd>${formatMoney(page.totals.unpaid, locale)}</dd></div>
      </dl>
      ${this.renderFilters()}
      ${this.downloads.renderError()}
      ${page.items.length === 0
        ? html`<div class="state" part="status" role="status"><slot name="empty">${t.empty}</slot></div>`
        : html`<div class="scroll">
            <table part="table">
              <caption>${t.caption} <span class="count" role="status">(${t.results({ count: formatNumber(page.total, locale) })})</span></caption>
              <thead>
                <tr>
                  <th scope="col">${t.type}</th>
                  <th scope="col">${t.number}</th>
                  <th scope="col">${t.issueDate}</th>
                  <th scope="col">${t.dueDate}</th>
                  <th scope="col" class="money">${t.amount}</th>
                  <th scope="col" class="money">${t.amountPaid}</th>
                  <th scope="col">${t.status}</th>
                  <th scope="col"><span class="visually-hidden">${t.document}</span></th>
                </tr>
              </thead>
              <tbody>${page.items.map((invoice) => this.renderRow(invoice))}</tbody>
            </table>
          </div>`}
      ${pages > 1
        ? html`<nav class="pager" part="pager" aria-label=${t.page({ page: page.page, pages })}>
            <button type="button" ?disabled=${page.page <= 1} @click=${() => (this.page = page.page - 1)}>${t.previous}</button>
            <span>${t.page({ page: page.page, pages })}</span>
            <button type="button" ?disabled=${page.page >= pages} @click=${() => (this.page = page.page + 1)}>${t.next}</button>
          </nav>`
        : nothing}
    `;
  }

  private renderError(error: unknown, retry: () => void) {
    const t = this.t.value!;
    if (error instanceof ForbiddenError) return noAccess(t);
    return this.errorNotice(error, retry, { retryLabel: t.retry });
  }

  protected override render() {
    const t = this.t.value!;
    const gate = this.renderSessionGate(this.session.value, t, 'invoices');
    if (gate) return gate;
    return this.documents.render({
      initial: () => html`<div class="state" part="status" role="status">${t.loading}</div>`,
      pending: () => html`<div class="state" part="status" role="status" aria-busy="true">${t.loading}</div>`,
      complete: (page) => this.renderPage(page),
      error: (error) => this.renderError(error, () => this.documents.run()),
    });
  }
}

define('tc-invoice-list', TcInvoiceList);

declare global {
  interface HTMLElementTagNameMap {
    'tc-invoice-list': TcInvoiceList;
  }
  interface HTMLElementEventMap {
    /** A document's PDF arrived; cancel the event to handle the file yourself. */
    'tc-invoice-download': CustomEvent<{ invoice: InvoiceSummary; blob: Blob }>;
  }
}
