import { html, nothing } from 'lit';
import { params } from '@nanostores/i18n';
import type { AccountChoice } from '../../../contract/session.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { TcError } from '../../client/errors.js';
import { i18n } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { panelStyles } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';
import { loginStyles } from './login.styles.js';

const messages = i18n('login', {
  title: 'Sign in',
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  chooseAccount: 'Choose an account',
  continue: 'Continue',
  back: 'Back',
  signedInAs: params<{ name: string }>('Signed in as {name}'),
  signOut: 'Sign out',
  working: 'Checking…',
  checkingSession: 'Checking your session…',
  notConfigured: 'Sign-in is not set up: the back-end address is missing.',
  unexpected: 'Something went wrong. Please try again.',
  retry: 'Try again',
});

/**
 * Sign-in in two steps: e-mail and password, then the account to use when the contact belongs to
 * several customers. Signed in, it shows who is signed in and a sign-out button.
 *
 * @fires tc-sign-in - A session was opened. `detail: { session }`
 * @fires tc-sign-out - The buyer signed out. `detail: {}`
 * @fires tc-error - A request failed. `detail: { error }`
 * @csspart form - The sign-in form.
 * @csspart email - The e-mail input.
 * @csspart password - The password input.
 * @csspart submit - The form's main button.
 * @csspart accounts - The list of accounts to choose from.
 * @csspart error - The message shown when sign-in fails.
 * @csspart signed-in - The block shown once signed in.
 * @csspart sign-out - The sign-out button.
 * @csspart retry - The button that tries again after the back end could not be reached (checking the session, or a sign-in step).
 * @cssprop --tc-login-width - Maximum width of the form (24rem).
 */
export class TcLogin extends TcElement {
  static override styles = [tokens, controls, panelStyles, loginStyles];

  static override properties = {
    email: { state: true },
    password: { state: true },
    accounts: { state: true },
    customerId: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  /** Draft values: view state kept while the buyer works through the steps. */
  declare email: string;
  declare password: string;
  declare accounts: AccountChoice[] | undefined;
  declare customerId: number | undefined;
  declare busy: boolean;
  declare error: TcError | undefined;

  private readonly t = new StoreController(this, () => messages);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);
  /** The step that failed, to try again as it was (the typed e-mail and password are still in the form). */
  private lastAttempt?: (portal: NonNullable<TcElement['portal']>) => Promise<void>;

  constructor() {
    super();
    this.email = '';
    this.password = '';
    this.busy = false;
  }

  private async submitCredentials(event: SubmitEvent) {
    event.preventDefault();
    await this.attempt(async (portal) => {
      const { accounts } = await portal.client.session.listAccounts({ email: this.email, password: this.password });
      if (accounts.length === 1) return this.signIn(accounts[0]!.customerId);
      this.accounts = accounts;
      this.customerId = accounts[0]?.customerId;
    });
  }

  private async submitAccount(event: SubmitEvent) {
    event.preventDefault();
    if (this.customerId !== undefined) await this.attempt(() => this.signIn(this.customerId!));
  }

  private async signIn(customerId: number) {
    const session = await this.portal!.session.signIn(this.email, this.password, customerId);
    this.password = '';
    this.accounts = undefined;
    this.emit('tc-sign-in', { session });
  }

  private async signOut() {
    await this.portal?.session.signOut();
    this.emit('tc-sign-out', {});
  }

  private async attempt(work: (portal: NonNullable<TcElement['portal']>) => Promise<void>) {
    const portal = this.portal;
    if (!portal || this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.lastAttempt = work;
    try {
      await work(portal);
    } catch (error) {
      this.error = error instanceof TcError ? error : new TcError(this.t.value!.unexpected);
      this.reportError(error);
    } finally {
      this.busy = false;
    }
  }

  private back() {
    this.accounts = undefined;
    this.error = undefined;
  }

  private fieldError(field: string) {
    return this.fieldErrorText(this.error, field);
  }

  private renderError() {
    // Always in the DOM, so screen readers announce the message when it appears.
    // No answer or a fault on the server's side: offer to try the same step again.
    const retry = this.error?.retryable && this.lastAttempt;
    return html`<div role="alert">
      ${this.error ? html`<p class="error" part="error">${this.errorText(this.error, { fieldsShownApart: true })}</p>` : nothing}
      ${retry ? html`<button part="retry" type="button" @click=${() => void this.attempt(retry)}>${this.t.value!.retry}</button>` : nothing}
    </div>`;
  }

  private renderCredentials() {
    const t = this.t.value!;
    const emailError = this.fieldError('email');
    const passwordError = this.fieldError('password');
    return html`<form part="form" class="panel" @submit=${this.submitCredentials} novalidate aria-busy=${this.busy}>
      <h2>${t.title}</h2>
      <div>
        <label for="email">${t.email}</label>
        <input id="email" part="email" type="email" name="email" autocomplete="username" required
          .value=${this.email} @input=${(e: InputEvent) => (this.email = (e.target as HTMLInputElement).value)}
          aria-invalid=${emailError ? 'true' : 'false'} aria-describedby=${emailError ? 'email-error' : nothing} />
        ${emailError ? html`<p id="email-error" class="field-error">${emailError}</p>` : nothing}
      </div>
      <div>
        <label for="password">${t.password}</label>
        <input id="password" part="password" type="password" name="password" autocomplete="current-password" required
          .value=${this.password} @input=${(e: InputEvent) => (this.password = (e.target as HTMLInputElement).value)}
          aria-invalid=${passwordError ? 'true' : 'false'} aria-describedby=${passwordError ? 'password-error' : nothing} />
        ${passwordError ? html`<p id="password-error" class="field-error">${passwordError}</p>` : nothing}
      </div>
      ${this.renderError()}
      <div class="actions">
        <button class="primary" part="submit" type="submit" ?disabled=${this.busy}>${this.busy ? t.working : t.submit}</button>
      </div>
    </form>`;
  }

  private renderAccounts(accounts: AccountChoice[]) {
    const t = this.t.value!;
    return html`<form part="form" class="panel" @submit=${this.submitAccount} aria-busy=${this.busy}>
      <fieldset part="accounts">
        <legend>${t.chooseAccount}</legend>
        ${accounts.map(
          (account) => html`<label class="account">
            <input type="radio" name="account" .value=${String(account.customerId)}
              .checked=${account.customerId === this.customerId}
              @change=${() => (this.customerId = account.customerId)} />
            ${account.name}
          </label>`,
        )}
      </fieldset>
      ${this.renderError()}
      <div class="actions">
        <button class="primary" part="submit" type="submit" ?disabled=${this.busy}>${this.busy ? t.working : t.continue}</button>
        <button type="button" @click=${this.back}>${t.back}</button>
      </div>
    </form>`;
  }

  protected override render() {
    const t = this.t.value!;
    if (!this.portal) return html`<p class="error" role="alert" part="error">${t.notConfigured}</p>`;
    const state = this.session.value;
    if (state?.status === 'signed-in') {
      const { contact, customer } = state.session;
      return html`<div class="panel signed-in" part="signed-in">
        <p class="who">${t.signedInAs({ name: contact.name })}<br /><span class="customer">${customer.name}</span></p>
        <div class="actions"><button part="sign-out" type="button" @click=${this.signOut}>${t.signOut}</button></div>
      </div>`;
    }
    if (state?.status === 'unknown') return html`<p role="status">${t.checkingSession}</p>`;
    if (state?.status === 'unreachable') {
      return html`<div role="alert"><p class="error" part="error">${this.errorText(state.error)}</p></div>
        <button part="retry" type="button" @click=${() => this.portal?.session.restore()}>${t.retry}</button>`;
    }
    return this.accounts ? this.renderAccounts(this.accounts) : this.renderCredentials();
  }
}

define('tc-login', TcLogin);

declare global {
  interface HTMLElementTagNameMap {
    'tc-login': TcLogin;
  }
}
