import { html, nothing } from 'lit';
import { Task } from '@lit/task';
import { params } from '@nanostores/i18n';
import type { InvitationPreview } from '../../../contract/invitations.js';
import type { Session } from '../../../contract/session.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { TcError, ValidationError } from '../../client/errors.js';
import { i18n } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { panelStyles } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';
import { acceptInvitationStyles } from './accept-invitation.styles.js';

/** The server's minimum (contract/invitations.ts); checked here only to answer before a round trip. */
const MIN_PASSWORD_LENGTH = 10;

const messages = i18n('acceptInvitation', {
  title: 'Set your password',
  greeting: params<{ name: string; customer: string }>('Welcome, {name}. Choose a password to sign in to the {customer} account.'),
  email: 'E-mail',
  password: 'New password',
  passwordHint: params<{ min: number }>('At least {min} characters.'),
  confirm: 'Repeat the password',
  submit: 'Set password and sign in',
  working: 'Setting your password…',
  retry: 'Try again',
  checking: 'Checking your invitation…',
  tooShort: params<{ min: number }>('Use at least {min} characters'),
  mismatch: 'The two passwords are not the same',
  invalidTitle: 'This invitation link does not work',
  invalid: 'It has expired, was already used, or was withdrawn. Ask your supplier for a new invitation.',
  incomplete: 'The invitation link is incomplete. Open the whole link from your invitation e-mail.',
  doneTitle: 'Your password is set',
  done: params<{ name: string; customer: string }>('You are signed in as {name} for {customer}.'),
  notConfigured: 'Invitations are not set up: the back-end address is missing.',
  unexpected: 'Something went wrong. Please try again.',
});

type Fields = Partial<Record<'password' | 'confirm', string>>;

/**
 * The page an invited contact opens from its invitation link: it checks the link, asks for a new
 * password twice, sets it and signs the contact in. The link's token comes from the `token`
 * attribute or, when that is empty, from the page address's query parameter named by `token-param`
 * (`token`, as in the links the reference back end builds). A used, expired or withdrawn link shows
 * a message and no form.
 *
 * @fires tc-invitation-accept - The password is set and the contact is signed in. `detail: { session }`
 * @fires tc-error - A request failed. `detail: { error }`
 * @slot invalid - Shown instead of the default message when the link does not work.
 * @slot done - Shown below the confirmation once the contact is signed in (e.g. a link to the catalogue).
 * @csspart form - The password form.
 * @csspart greeting - Who the invitation is for.
 * @csspart email - The contact's e-mail (read-only, for password managers).
 * @csspart password - The new password input.
 * @csspart confirm - The input that repeats the password.
 * @csspart submit - The form's button.
 * @csspart invalid - The message for a link that does not work.
 * @csspart status - The message while the link is checked.
 * @csspart error - The message shown when a request fails.
 * @csspart retry - The button that checks the link again after the back end could not be reached.
 * @csspart done - The confirmation shown once signed in.
 * @cssprop --tc-accept-invitation-width - Maximum width of the form (26rem).
 */
export class TcAcceptInvitation extends TcElement {
  static override styles = [tokens, controls, panelStyles, acceptInvitationStyles];

  static override properties = {
    token: { type: String },
    tokenParam: { type: String, attribute: 'token-param' },
    password: { state: true },
    confirm: { state: true },
    fields: { state: true },
    busy: { state: true },
    error: { state: true },
    linkInvalid: { state: true },
    session: { state: true },
  };

  /** The invitation link's token; read from the page address when empty. */
  declare token: string;
  /** The query parameter of the page address that holds the token when `token` is empty. */
  declare tokenParam: string;
  protected declare password: string;
  protected declare confirm: string;
  protected declare fields: Fields;
  protected declare busy: boolean;
  protected declare error: TcError | undefined;
  protected declare linkInvalid: boolean;
  protected declare session: Session | undefined;

  private readonly t = new StoreController(this, () => messages);

  private readonly check = new Task(this, {
    task: async ([portal, token], { signal }) => {
      if (!portal || !token) return undefined;
      try {
        return await portal.client.session.checkInvitation({ token }, signal);
      } catch (error) {
        if (!isInvalidLink(error)) this.reportError(error);
        throw error;
      }
    },
    args: () => [this.portal, this.invitationToken()] as const,
  });

  constructor() {
    super();
    this.token = '';
    this.tokenParam = 'token';
    this.password = '';
    this.confirm = '';
    this.fields = {};
    this.busy = false;
    this.linkInvalid = false;
  }

  private invitationToken(): string {
    return this.token || new URL(location.href).searchParams.get(this.tokenParam) || '';
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const portal = this.portal;
    if (!portal || this.busy) return;
    const t = this.t.value!;
    // Answer at once what the server would refuse anyway; the server stays the authority.
    const fields: Fields = {};
    if (this.password.length < MIN_PASSWORD_LENGTH) fields.password = t.tooShort({ min: MIN_PASSWORD_LENGTH });
    if (this.confirm !== this.password) fields.confirm = t.mismatch;
    this.fields = fields;
    this.error = undefined;
    if (fields.password || fields.confirm) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(fields.password ? '#password' : '#confirm')?.focus();
      return;
    }
    this.busy = true;
    try {
      const session = await portal.session.acceptInvitation(this.invitationToken(), this.password);
      this.password = '';
      this.confirm = '';
      this.session = session;
      this.emit('tc-invitation-accept', { session });
    } catch (error) {
      if (isInvalidLink(error)) this.linkInvalid = true;
      else if (error instanceof ValidationError && error.fields.password) this.fields = { password: this.fieldErrorText(error, 'password') ?? error.fields.password };
      else this.error = error instanceof TcError ? error : new TcError(t.unexpected);
      this.reportError(error);
    } finally {
      this.busy = false;
    }
  }

  private renderInvalid(message: string) {
    const t = this.t.value!;
    return html`<div part="invalid" class="panel" role="alert">
      <slot name="invalid"><h2>${t.invalidTitle}</h2><p>${message}</p></slot>
    </div>`;
  }

  /** `aria-describedby` of a password input: its hint and its error, when shown. */
  private describedBy(id: 'password' | 'confirm', hint: boolean) {
    const ids = [hint ? `${id}-hint` : '', this.fields[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private fieldError(id: 'password' | 'confirm') {
    const error = this.fields[id];
    return error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing;
  }

  private renderForm(preview: InvitationPreview) {
    const t = this.t.value!;
    const retryable = this.error?.retryable;
    return html`<form part="form" class="panel" @submit=${this.submit} novalidate aria-busy=${this.busy}>
      <h2>${t.title}</h2>
      <p part="greeting" class="greeting">${t.greeting({ name: preview.name, customer: preview.customerName })}</p>
      <div>
        <label for="email">${t.email}</label>
        <input id="email" part="email" type="email" name="email" autocomplete="username" readonly .value=${preview.email} />
      </div>
      <div>
        <label for="password">${t.password}</label>
        <input id="password" part="password" type="password" name="password" autocomplete="new-password" required
          .value=${this.password} @input=${(e: InputEvent) => (this.password = (e.target as HTMLInputElement).value)}
          aria-invalid=${this.fields.password ? 'true' : 'false'} aria-describedby=${this.describedBy('password', true)} />
        <p id="password-hint" class="hint">${t.passwordHint({ min: MIN_PASSWORD_LENGTH })}</p>
        ${this.fieldError('password')}
      </div>
      <div>
        <label for="confirm">${t.confirm}</label>
        <input id="confirm" part="confirm" type="password" name="confirm" autocomplete="new-password" required
          .value=${this.confirm} @input=${(e: InputEvent) => (this.confirm = (e.target as HTMLInputElement).value)}
          aria-invalid=${this.fields.confirm ? 'true' : 'false'} aria-describedby=${this.describedBy('confirm', false)} />
        ${this.fieldError('confirm')}
      </div>
      <div role="alert">${this.error ? html`<p class="error" part="error">${this.errorText(this.error, { fieldsShownApart: true })}</p>` : nothing}</div>
      <div class="actions">
        <button class="primary" part="submit" type="submit" ?disabled=${this.busy}>
          ${this.busy ? t.working : retryable ? t.retry : t.submit}
        </button>
      </div>
    </form>`;
  }

  protected override render() {
    const t = this.t.value!;
    if (this.session) {
      const { contact, customer } = this.session;
      return html`<div part="done" class="panel" role="status">
        <h2>${t.doneTitle}</h2>
        <p>${t.done({ name: contact.name, customer: customer.name })}</p>
        <slot name="done"></slot>
      </div>`;
    }
    if (!this.portal) return html`<p class="error" role="alert" part="error">${t.notConfigured}</p>`;
    if (!this.invitationToken()) return this.renderInvalid(t.incomplete);
    if (this.linkInvalid) return this.renderInvalid(t.invalid);
    return this.check.render({
      pending: () => html`<p part="status" role="status">${t.checking}</p>`,
      error: (error) =>
        isInvalidLink(error)
          ? this.renderInvalid(t.invalid)
          : html`<div role="alert"><p class="error" part="error">${this.errorText(error)}</p></div>
              <button part="retry" type="button" @click=${() => this.check.run()}>${t.retry}</button>`,
      complete: (preview) => (preview ? this.renderForm(preview) : nothing),
    });
  }
}

/** The back end's answer for a used, expired or withdrawn link. */
function isInvalidLink(error: unknown) {
  return error instanceof ValidationError && !!error.fields.token;
}

define('tc-accept-invitation', TcAcceptInvitation);

declare global {
  interface HTMLElementTagNameMap {
    'tc-accept-invitation': TcAcceptInvitation;
  }
  interface HTMLElementEventMap {
    /** An invited contact set its password and is signed in. */
    'tc-invitation-accept': CustomEvent<{ session: Session }>;
  }
}
