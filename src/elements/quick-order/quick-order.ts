import { html, nothing } from 'lit';
import { count, params } from '@nanostores/i18n';
import type { AddLine, AddLineResult, ProductMatch } from '../../../contract/cart.js';
import { define } from '../../base/define.js';
import { errorNotice } from '../../base/error-notice.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { TcError } from '../../client/errors.js';
import { newIdempotencyKey } from '../../client/orders.js';
import { formatMoney } from '../../format/money.js';
import { $locale, i18n } from '../../i18n/i18n.js';
import { worthRetrying } from '../../stores/cart-sync.js';
import { controls } from '../../styles/controls.js';
import { panelStyles } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';
import { parseLines } from './parse-lines.js';
import { quickOrderStyles } from './quick-order.styles.js';
import { SkuLookup } from './sku-lookup.js';

const messages = i18n('quickOrder', {
  heading: 'Quick order',
  intro: 'Type SKUs and quantities, or paste many lines at once.',
  sku: 'SKU',
  quantity: 'Quantity',
  skuOfRow: params<{ row: number }>('SKU, row {row}'),
  quantityOfRow: params<{ row: number }>('Quantity, row {row}'),
  removeRow: params<{ row: number }>('Remove row {row}'),
  addRow: 'Add a row',
  submit: 'Add to cart',
  adding: 'Adding…',
  searching: 'Searching…',
  noMatch: 'No product matches.',
  suggestions: count({ one: '{count} product found. Use the arrow keys to choose.', other: '{count} products found. Use the arrow keys to choose.' }),
  rule: params<{ min: number; multiple: number; unit: string }>('min. {min}, multiples of {multiple} {unit}'),
  importHeading: 'Paste or import many lines',
  importLabel: 'One product per line: SKU and quantity, separated by a comma, semicolon or tab (as copied from a spreadsheet).',
  importFile: 'Or choose a CSV file',
  importSubmit: 'Add these lines to the cart',
  nothingToAdd: 'Enter at least one SKU and quantity.',
  enterSku: 'Enter a SKU.',
  enterQuantity: 'Enter a whole number above 0.',
  unknownSku: params<{ sku: string }>('There is no product {sku} in your catalogue.'),
  lineNumber: params<{ line: number }>('Line {line}:'),
  added: count({ one: '{count} line added to the cart.', other: '{count} lines added to the cart.' }),
  rejected: count({ one: '{count} line could not be added: see the message beside it.', other: '{count} lines could not be added: see the messages beside them.' }),
  signedOut: 'Sign in to order by SKU.',
  noAccess: 'Your account cannot place orders. Ask your supplier for access.',
  notConfigured: 'Quick order is not set up: the back-end address is missing.',
  unexpected: 'Something went wrong. Please try again.',
  cartFailed: 'Your cart could not be loaded.',
  retry: 'Try again',
});

/** One row of the form: what the buyer typed, and what the server or the form said about it. */
interface Row {
  key: number;
  sku: string;
  quantity: string;
  /** The product chosen from the suggestions, for its name and rules. */
  product?: ProductMatch;
  /** The line number when the row came from pasted text. */
  line?: number;
  error?: string;
}

let nextKey = 1;
const emptyRow = (): Row => ({ key: nextKey++, sku: '', quantity: '' });

/**
 * Ordering by SKU: rows of SKU and quantity with product suggestions as the buyer types (a
 * keyboard-accessible combobox), and many lines at once pasted from a spreadsheet or a CSV file.
 * The server judges every line: unknown SKUs and quantities that break a rule are reported beside
 * their row, and the valid lines go to the cart.
 *
 * @fires tc-cart-change - Lines were added to the cart. `detail: { cart, added }` (`added`: the server's results for the added lines)
 * @fires tc-error - A request failed. `detail: { error }`
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @csspart form - The form.
 * @csspart row - One row of SKU and quantity.
 * @csspart sku - A SKU input (combobox).
 * @csspart suggestions - The list of suggested products.
 * @csspart suggestion - One suggested product.
 * @csspart quantity - A quantity input.
 * @csspart row-error - Why a row could not be added.
 * @csspart remove-row - A row's remove button.
 * @csspart add-row - The button that adds a row.
 * @csspart submit - The button that adds the rows to the cart.
 * @csspart import - The paste/import section.
 * @csspart import-text - The text area for pasted lines.
 * @csspart import-file - The CSV file input.
 * @csspart import-submit - The button that adds the pasted lines.
 * @csspart summary - What the last submission did.
 * @csspart status - Signed-out and no-access messages.
 * @csspart error - A request error, or why the cart could not be loaded.
 * @csspart retry - The button that tries the last submission again.
 * @cssprop --tc-quick-order-width - Maximum width (48rem).
 */
export class TcQuickOrder extends TcElement {
  static override styles = [tokens, controls, panelStyles, quickOrderStyles];

  static override properties = {
    rows: { state: true },
    pasted: { state: true },
    importOpen: { state: true },
    busy: { state: true },
    summary: { state: true },
    failure: { state: true },
  };

  declare rows: Row[];
  declare pasted: string;
  /** Whether the paste/import section is open (its controls exist only then, so Tab skips nothing hidden). */
  declare importOpen: boolean;
  declare busy: boolean;
  declare summary: { added: number; rejected: number } | undefined;
  /** A request that failed, kept so "Try again" can send the same lines. */
  declare failure: { error: TcError; retry: () => void } | undefined;

  private readonly t = new StoreController(this, () => messages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly status = new StoreController(this, () => this.portal?.cart.$status);
  private readonly lookup = new SkuLookup(this, () => this.portal?.client);

  constructor() {
    super();
    this.rows = [emptyRow(), emptyRow(), emptyRow()];
    this.pasted = '';
    this.importOpen = false;
    this.busy = false;
  }

  // ---- rows ----

  private edit(key: number, patch: Partial<Row>) {
    this.rows = this.rows.map((row) => (row.key === key ? { ...row, ...patch } : row));
  }

  private typeSku(row: Row, value: string) {
    this.edit(row.key, { sku: value, product: undefined, error: undefined });
    this.lookup.type(row.key, value);
  }

  private choose(row: Row, product: ProductMatch) {
    this.edit(row.key, { sku: product.sku, product, error: undefined, quantity: row.quantity || String(product.minQuantity) });
    this.lookup.close();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#qty-${row.key}`)?.focus());
  }

  private skuKeydown(row: Row, event: KeyboardEvent) {
    const state = this.lookup.state;
    const open = this.lookup.isOpen(row.key);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (open) this.lookup.move(event.key === 'ArrowDown' ? 1 : -1);
      else this.lookup.type(row.key, row.sku);
    } else if (event.key === 'Enter' && open && state && state.active >= 0) {
      event.preventDefault(); // choosing a suggestion, not submitting the form
      this.choose(row, state.items[state.active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.lookup.close();
    }
  }

  private removeRow(row: Row) {
    const index = this.rows.indexOf(row);
    this.rows = this.rows.length > 1 ? this.rows.filter((item) => item !== row) : [emptyRow()];
    const focus = this.rows[Math.min(index, this.rows.length - 1)]!;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#sku-${focus.key}`)?.focus());
  }

  private addRow() {
    const row = emptyRow();
    this.rows = [...this.rows, row];
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#sku-${row.key}`)?.focus());
  }

  // ---- adding ----

  private submitRows(event: SubmitEvent) {
    event.preventDefault();
    this.lookup.close();
    const t = this.t.value!;
    const filled = this.rows.filter((row) => row.sku.trim() || row.quantity.trim());
    // What the form can tell at once; the server judges SKUs and the product's rules.
    const checked = filled.map((row) =>
      !row.sku.trim() ? { ...row, error: t.enterSku } : !/^\s*\d+\s*$/.test(row.quantity) || Number(row.quantity) <= 0 ? { ...row, error: t.enterQuantity } : { ...row, error: undefined },
    );
    if (checked.length === 0) {
      this.summary = undefined;
      this.rows = this.rows.map((row, index) => (index === 0 ? { ...row, error: t.nothingToAdd } : row));
      return;
    }
    const keep = checked.filter((row) => row.error);
    const send = checked.filter((row) => !row.error);
    if (send.length === 0) {
      this.rows = keep;
      this.summary = { added: 0, rejected: keep.length };
      return;
    }
    void this.add(send, keep);
  }

  private importPasted() {
    const rows: Row[] = parseLines(this.pasted).map((line) => ({ key: nextKey++, sku: line.sku, quantity: line.quantity, line: line.line }));
    if (rows.length === 0) {
      this.summary = undefined;
      this.failure = { error: new TcError(this.t.value!.nothingToAdd), retry: () => undefined };
      return;
    }
    // The server judges every pasted line, including its quantity text; typed rows stay as they are.
    const typed = this.rows.filter((row) => row.sku.trim() || row.quantity.trim());
    void this.add(rows, typed, () => (this.pasted = ''));
  }

  private async importFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.pasted = await file.text();
    input.value = '';
    this.importPasted();
  }

  /**
   * Sends `rows` in one request; rows the server refused stay in the form with its reason, after
   * the `kept` rows (refused by the form already, or typed and not part of this request).
   */
  private async add(rows: Row[], kept: Row[], onSent?: () => void, idempotencyKey = newIdempotencyKey()) {
    const portal = this.portal;
    if (!portal || this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.summary = undefined;
    try {
      const lines: AddLine[] = rows.map((row) => ({ sku: row.sku.trim(), quantity: row.line ? row.quantity : Number(row.quantity) }));
      const results = await portal.cart.addMany(lines, idempotencyKey);
      onSent?.();
      const refused = results.flatMap((result) =>
        result.status === 'rejected' ? [{ ...rows[result.index]!, error: this.reason(result, rows[result.index]!) }] : [],
      );
      const added = results.filter((result): result is Extract<AddLineResult, { status: 'added' }> => result.status === 'added');
      const left = [...kept, ...refused];
      this.rows = left.length > 0 ? left : [emptyRow(), emptyRow(), emptyRow()];
      this.summary = { added: added.length, rejected: left.filter((row) => row.error).length };
      if (added.length > 0) this.emit('tc-cart-change', { cart: portal.cart.$cart.get(), added });
    } catch (error) {
      const typed = error instanceof TcError ? error : new TcError(this.t.value!.unexpected);
      // The retry re-sends the same lines under the same key: added once, even if the first got through.
      this.failure = { error: typed, retry: () => void this.add(rows, kept, onSent, idempotencyKey) };
      this.reportError(typed);
    } finally {
      this.busy = false;
    }
  }

  private reason(result: Extract<AddLineResult, { status: 'rejected' }>, row: Row): string {
    const t = this.t.value!;
    const english = this.locale.value!.toLowerCase().startsWith('en');
    const message = result.code === 'unknown_sku' && row.sku.trim() ? t.unknownSku({ sku: row.sku.trim() }) : result.issue || english ? this.issueText(result.issue, result.message) : t.enterQuantity;
    return row.line ? `${t.lineNumber({ line: row.line })} ${message}` : message;
  }

  // ---- rendering ----

  private renderSuggestions(row: Row) {
    const t = this.t.value!;
    const state = this.lookup.state;
    if (!state || !this.lookup.isOpen(row.key)) return nothing;
    return html`<ul part="suggestions" class="suggestions" role="listbox" id="list-${row.key}" aria-label=${t.sku}>
      ${state.items.map(
        (item, index) => html`<li part="suggestion" role="option" id="opt-${row.key}-${index}" aria-selected=${index === state.active ? 'true' : 'false'}
          @mousedown=${(event: MouseEvent) => event.preventDefault()} @click=${() => this.choose(row, item)}>
          <span class="sku">${item.sku}</span> <span class="name">${item.name}</span>
          <span class="price">${formatMoney(item.price, this.locale.value!)}</span>
        </li>`,
      )}
      ${state.items.length === 0
        ? html`<li class="hint" role="option" aria-disabled="true" aria-selected="false">${state.loading ? t.searching : (state.error ? this.errorText(state.error) : t.noMatch)}</li>`
        : nothing}
    </ul>`;
  }

  private renderRow(row: Row, index: number) {
    const t = this.t.value!;
    const open = this.lookup.isOpen(row.key);
    const state = this.lookup.state;
    const active = open && state && state.active >= 0 ? `opt-${row.key}-${state.active}` : undefined;
    const described = [row.product && `rule-${row.key}`, row.error && `err-${row.key}`].filter(Boolean).join(' ');
    return html`<li part="row" class="row">
      <div class="sku-field">
        <input id="sku-${row.key}" part="sku" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-label=${t.skuOfRow({ row: index + 1 })} aria-autocomplete="list" aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `list-${row.key}` : nothing} aria-activedescendant=${active ?? nothing}
          aria-invalid=${row.error ? 'true' : 'false'} aria-describedby=${described || nothing}
          .value=${row.sku} @input=${(event: Event) => this.typeSku(row, (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => this.skuKeydown(row, event)} @blur=${() => this.lookup.state?.row === row.key && this.lookup.close()} />
        ${this.renderSuggestions(row)}
      </div>
      <input id="qty-${row.key}" part="quantity" type="text" inputmode="numeric" autocomplete="off"
        aria-label=${t.quantityOfRow({ row: index + 1 })}
        aria-invalid=${row.error ? 'true' : 'false'} aria-describedby=${described || nothing}
        .value=${row.quantity} @input=${(event: Event) => this.edit(row.key, { quantity: (event.target as HTMLInputElement).value, error: undefined })} />
      <button part="remove-row" type="button" class="remove" aria-label=${t.removeRow({ row: index + 1 })} @click=${() => this.removeRow(row)}>×</button>
      ${row.product
        ? html`<p class="product" id="rule-${row.key}">${row.product.name} · ${t.rule({ min: row.product.minQuantity, multiple: row.product.orderMultiple, unit: row.product.unit })}</p>`
        : nothing}
      ${row.error ? html`<p part="row-error" class="field-error" id="err-${row.key}">${row.error}</p>` : nothing}
    </li>`;
  }

  private renderForm() {
    const t = this.t.value!;
    const state = this.lookup.state;
    return html`<form part="form" class="panel" @submit=${this.submitRows} aria-busy=${this.busy ? 'true' : 'false'} novalidate>
      <h2>${t.heading}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderCartFailure()}
      <div class="head" aria-hidden="true"><span>${t.sku}</span><span>${t.quantity}</span></div>
      <ol class="rows" role="list">${this.rows.map((row, index) => this.renderRow(row, index))}</ol>
      <span class="visually-hidden" role="status" aria-live="polite">
        ${state && !state.loading && state.items.length > 0 ? t.suggestions(state.items.length) : ''}
      </span>
      <div class="actions">
        <button part="add-row" type="button" @click=${this.addRow}>${t.addRow}</button>
        <button part="submit" class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.adding : t.submit}</button>
      </div>
      ${this.renderOutcome()}
      <details part="import" class="import" .open=${this.importOpen}
        @toggle=${(event: Event) => (this.importOpen = (event.target as HTMLDetailsElement).open)}>
        <summary>${t.importHeading}</summary>
        ${this.importOpen
          ? html`<label for="paste">${t.importLabel}</label>
              <textarea id="paste" part="import-text" rows="6" spellcheck="false" placeholder=${'ABC-1001,12\nXYZ-2002\t6'}
                .value=${this.pasted} @input=${(event: Event) => (this.pasted = (event.target as HTMLTextAreaElement).value)}></textarea>
              <div class="actions">
                <label class="file">${t.importFile}
                  <input part="import-file" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" @change=${this.importFile} />
                </label>
                <button part="import-submit" type="button" ?disabled=${this.busy} @click=${this.importPasted}>${t.importSubmit}</button>
              </div>`
          : nothing}
      </details>
    </form>`;
  }

  /** The cart could not be loaded: lines may still be added, but say so and offer to load it again. */
  private renderCartFailure() {
    const status = this.status.value;
    if (status?.state !== 'error') return nothing;
    const t = this.t.value!;
    return errorNotice(`${t.cartFailed} ${status.error ? this.errorText(status.error) : ''}`, { retry: () => void this.portal?.cart.refresh(), retryLabel: t.retry });
  }

  private renderOutcome() {
    const t = this.t.value!;
    const failure = this.failure;
    const summary = this.summary;
    return html`<div part="summary" role="status" class="summary">
        ${summary ? html`${summary.added > 0 ? t.added(summary.added) : ''} ${summary.rejected > 0 ? t.rejected(summary.rejected) : ''}` : ''}
      </div>
      ${failure
        ? this.errorNotice(failure.error, worthRetrying(failure.error) ? failure.retry : undefined, { retryLabel: t.retry })
        : nothing}`;
  }

  protected override render() {
    const t = this.t.value!;
    if (!this.portal) return html`<p class="error" part="error" role="alert">${t.notConfigured}</p>`;
    const state = this.status.value?.state;
    if (state === 'signed-out') return html`<div class="state" part="status"><slot name="signed-out">${t.signedOut}</slot></div>`;
    if (state === 'no-access') return html`<div class="state" part="status">${t.noAccess}</div>`;
    return this.renderForm();
  }
}

define('tc-quick-order', TcQuickOrder);

declare global {
  interface HTMLElementTagNameMap {
    'tc-quick-order': TcQuickOrder;
  }
}
