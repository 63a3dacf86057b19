import { html, nothing } from 'lit';
import { Task } from '@lit/task';
import { params } from '@nanostores/i18n';
import type { Statement, StatementEntry, StatementSummary } from '../../../contract/statement.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
import { noAccess } from '../../base/session-gate.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { ForbiddenError, ValidationError } from '../../client/errors.js';
import { formatDate } from '../../format/date.js';
import { formatMoney } from '../../format/money.js';
import { $locale, i18n } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { statementStyles } from './statement.styles.js';

const messages = i18n('statement', {
  summaryHeading: 'Your account',
  loading: 'Loading your account…',
  loadingLedger: 'Loading the statement…',
  signedOut: 'Sign in to see your account statement.',
  noAccess: 'Your account has no access to the statement. Ask your administrator if you need it.',
  retry: 'Try again',
  unexpected: 'The statement could not be loaded.',
  notConfigured: 'The statement is not set up: the back-end address is missing.',
  openBalance: 'Open balance',
  overdue: 'Overdue',
  creditLimit: 'Credit limit',
  creditRemaining: 'Credit remaining',
  noCreditLimit: 'No limit',
  unallocatedCredit: 'Payments and credits not yet allocated',
  asOf: params<{ date: string }>('As of {date}'),
  ageingCaption: 'What is due, by days past the due date',
  bucket_current: 'Not yet due',
  'bucket_1-30': '1–30 days',
  'bucket_31-60': '31–60 days',
  'bucket_61-90': '61–90 days',
  'bucket_90+': 'Over 90 days',
  ledgerCaption: params<{ from: string; to: string }>('Statement from {from} to {to}'),
  from: 'From',
  to: 'To',
  show: 'Show',
  date: 'Date',
  entry: 'Entry',
  debit: 'Debit',
  credit: 'Credit',
  balance: 'Balance',
  openingBalance: 'Opening balance',
  closingBalance: 'Closing balance',
  noEntries: 'No invoices, credit notes or payments in this period.',
  invoice: params<{ reference: string }>('Invoice {reference}'),
  credit_note: params<{ reference: string }>('Credit note {reference}'),
  payment: 'Payment',
  paymentReference: params<{ reference: string }>('Payment {reference}'),
  appliesTo: params<{ number: string }>('for {number}'),
});

/**
 * The customer's account: open balance, overdue amount, credit limit and what remains of it,
 * what is due by age (not yet due, 1–30, 31–60, 61–90, over 90 days), and a statement for a date
 * range with opening balance, invoices, credit notes and payments, running and closing balance.
 *
 * @fires tc-statement-range - The buyer chose another date range. `detail: { from, to }`
 * @fires tc-error - Loading failed. `detail: { error }`
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @slot no-access - Shown instead of the default message when the contact may not see the statement.
 * @csspart summary - The balance figures.
 * @csspart open-balance - The open balance.
 * @csspart overdue - The overdue amount.
 * @csspart credit-limit - The credit limit.
 * @csspart credit-remaining - What remains of the credit limit.
 * @csspart ageing - The table of amounts due by age.
 * @csspart range - The date range form.
 * @csspart ledger - The statement table.
 * @csspart entry - One statement line.
 * @csspart opening-balance - The opening balance line.
 * @csspart closing-balance - The closing balance line.
 * @csspart status - Loading, empty, signed-out and no-access messages.
 * @csspart error - An error message.
 * @csspart retry - The button that tries again after an error.
 * @cssprop --tc-statement-alert-color - Colour of an overdue amount above zero (`--tc-color-danger`).
 */
export class TcStatement extends TcElement {
  static override styles = [tokens, controls, statementStyles];

  static override properties = {
    from: { type: String, reflect: true },
    to: { type: String, reflect: true },
  };

  /** First day of the statement (`YYYY-MM-DD`); 90 days before `to` when empty. */
  declare from: string;
  /** Last day of the statement (`YYYY-MM-DD`); today when empty. */
  declare to: string;

  private readonly t = new StoreController(this, () => messages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);

  private readonly summary = new Task(this, {
    task: async ([portal, customerId, allowed], { signal }) => {
      if (!portal || customerId === undefined || !allowed) return undefined;
      return this.reporting(portal.client.statement.getSummary(signal));
    },
    args: () => [this.portal, ...this.access()] as const,
  });

  private readonly ledger = new Task(this, {
    task: async ([portal, customerId, allowed, from, to], { signal }) => {
      if (!portal || customerId === undefined || !allowed) return undefined;
      return this.reporting(portal.client.statement.getStatement({ from: from || undefined, to: to || undefined }, signal));
    },
    args: () => [this.portal, ...this.access(), this.from, this.to] as const,
  });

  constructor() {
    super();
    this.from = '';
    this.to = '';
  }

  private access() {
    const state = this.session.value;
    const session = state?.status === 'signed-in' ? state.session : undefined;
    return [session?.customer.id, session?.permissions.includes('statement')] as const;
  }

  private async reporting<T>(request: Promise<T>): Promise<T> {
    try {
      return await request;
    } catch (error) {
      this.reportError(error);
      throw error;
    }
  }

  private chooseRange(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.from = String(data.get('from') ?? '');
    this.to = String(data.get('to') ?? '');
    this.emit('tc-statement-range', { from: this.from, to: this.to });
  }

  private renderSummary(summary: StatementSummary | undefined) {
    if (!summary) return nothing;
    const t = this.t.value!;
    const locale = this.locale.value!;
    const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, locale);
    return html`
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" class="heading">${t.summaryHeading} <small>${t.asOf({ date: formatDate(summary.asOf, locale) })}</small></h2>
        <dl class="totals" part="summary">
          <div part="open-balance"><dt>${t.openBalance}</dt><dd>${money(summary.openBalance)}</dd></div>
          <div part="overdue" class=${summary.overdue.amount > 0 ? 'alert' : ''}><dt>${t.overdue}</dt><dd>${money(summary.overdue)}</dd></div>
          <div part="credit-limit"><dt>${t.creditLimit}</dt><dd>${summary.creditLimit ? money(summary.creditLimit) : t.noCreditLimit}</dd></div>
          ${summary.creditRemaining
            ? html`<div part="credit-remaining"><dt>${t.creditRemaining}</dt><dd>${money(summary.creditRemaining)}</dd></div>`
            : nothing}
        </dl>
        ${summary.unallocatedCredit.amount > 0
          ? html`<p class="note">${t.unallocatedCredit}: ${money(summary.unallocatedCredit)}</p>`
          : nothing}
        <div class="scroll">
          <table part="ageing" class="ageing">
            <caption>${t.ageingCaption}</caption>
            <thead>
              <tr>${summary.ageing.map(({ bucket }) => html`<th scope="col" class="money">${t[`bucket_${bucket}`]}</th>`)}</tr>
            </thead>
            <tbody>
              <tr>${summary.ageing.map(({ bucket, amount }) => html`<td class="money" data-label=${t[`bucket_${bucket}`]}>${money(amount)}</td>`)}</tr>
            </tbody>
          </table>
        </div>
      </section>
    `;
  }

  private describe(entry: StatementEntry) {
    const t = this.t.value!;
    const what =
      entry.kind === 'payment'
        ? entry.reference ? t.paymentReference({ reference: entry.reference }) : t.payment
        : t[entry.kind]({ reference: entry.reference });
    return entry.appliesTo ? `${what} ${t.appliesTo({ number: entry.appliesTo })}` : what;
  }

  private renderLedger(statement: Statement | undefined) {
    if (!statement) return nothing;
    const t = this.t.value!;
    const locale = this.locale.value!;
    const money = (value: Parameters<typeof formatMoney>[0] | null) => (value ? formatMoney(value, locale) : nothing);
    return html`
      <div class="scroll">
        <table part="ledger">
          <caption>${t.ledgerCaption({ from: formatDate(statement.from, locale), to: formatDate(statement.to, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">${t.date}</th>
              <th scope="col">${t.entry}</th>
              <th scope="col" class="money">${t.debit}</th>
              <th scope="col" class="money">${t.credit}</th>
              <th scope="col" class="money">${t.balance}</th>
            </tr>
          </thead>
          <tbody>
            <tr part="opening-balance" class="edge">
              <td class="date">${formatDate(statement.from, locale)}</td>
              <th scope="row">${t.openingBalance}</th>
              <td></td><td></td>
              <td class="money" data-label=${t.balance}>${money(statement.openingBalance)}</td>
            </tr>
            ${statement.entries.length === 0
              ? html`<tr><td colspan="5" class="state" part="status">${t.noEntries}</td></tr>`
              : statement.entries.map(
                  (entry) => html`<tr part="entry">
                    <td class="date">${formatDate(entry.date, locale)}</td>
                    <th scope="row">${this.describe(entry)}</th>
                    <td class="money" data-label=${t.debit}>${money(entry.debit)}</td>
                    <td class="money" data-label=${t.credit}>${money(entry.credit)}</td>
                    <td class="money" data-label=${t.balance}>${money(entry.balance)}</td>
                  </tr>`,
                )}
            <tr part="closing-balance" class="edge">
              <td class="date">${formatDate(statement.to, locale)}</td>
              <th scope="row">${t.closingBalance}</th>
              <td></td><td></td>
              <td class="money" data-label=${t.balance}>${money(statement.closingBalance)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    `;
  }

  private renderRange(statement: Statement | undefined) {
    const t = this.t.value!;
    return html`<form class="range" part="range" @submit=${this.chooseRange}>
      <label><span>${t.from}</span><input type="date" name="from" .value=${this.from || statement?.from || ''} required /></label>
      <label><span>${t.to}</span><input type="date" name="to" .value=${this.to || statement?.to || ''} required /></label>
      <button type="submit">${t.show}</button>
    </form>`;
  }

  private renderError(error: unknown, retry: () => void) {
    const t = this.t.value!;
    if (error instanceof ForbiddenError) return noAccess(t);
    return this.errorNotice(error, error instanceof ValidationError ? undefined : retry, { retryLabel: t.retry });
  }

  protected override render() {
    const t = this.t.value!;
    const gate = this.renderSessionGate(this.session.value, t, 'statement');
    if (gate) return gate;
    // A 403 from either request means the same thing: say it once.
    if (this.summary.error instanceof ForbiddenError || this.ledger.error instanceof ForbiddenError) return noAccess(t);
    const loading = (message: string) => html`<div class="state" part="status" role="status" aria-busy="true">${message}</div>`;
    return html`
      ${this.summary.render({
        initial: () => loading(t.loading),
        pending: () => loading(t.loading),
        complete: (summary) => this.renderSummary(summary),
        error: (error) => this.renderError(error, () => this.summary.run()),
      })}
      <section class="ledger">
        ${this.renderRange(this.ledger.value)}
        ${this.ledger.render({
          initial: () => loading(t.loadingLedger),
          pending: () => loading(t.loadingLedger),
          complete: (statement) => this.renderLedger(statement),
          error: (error) => this.renderError(error, () => this.ledger.run()),
        })}
      </section>
    `;
  }
}

define('tc-statement', TcStatement);

declare global {
  interface HTMLElementTagNameMap {
    'tc-statement': TcStatement;
  }
  interface HTMLElementEventMap {
    /** The buyer chose another date range for the statement. */
    'tc-statement-range': CustomEvent<{ from: string; to: string }>;
  }
}
