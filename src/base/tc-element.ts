import { LitElement, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { portalContext } from '../portal/context.js';
import { $defaultPortal } from '../portal/default-portal.js';
import type { Portal } from '../portal/portal.js';
import { StoreController } from './store-controller.js';
import { TcError } from '../client/errors.js';
import type { FieldIssue } from '../../contract/errors.js';
import { errorMessages, errorText, fieldWording } from '../i18n/errors.js';
import { $locale, languageOf } from '../i18n/i18n.js';
import { errorNotice, type ErrorNoticeOptions } from './error-notice.js';
import { sessionGate, type GateMessages } from './session-gate.js';
import type { Permission } from '../../contract/session.js';
import type { SessionState } from '../stores/session.js';
import type {} from './events.js';

/**
 * What every Tradecounter element needs: its portal (from an enclosing `<tc-portal>`, else the
 * page's default) and `tc-` events to the host page.
 */
export class TcElement extends LitElement {
  private readonly portalFromContext = new ContextConsumer(this, { context: portalContext, subscribe: true });
  private readonly defaultPortal = new StoreController(this, () => $defaultPortal);
  // Subscribed so a change of language or wording re-renders; read with errorMessages.get().
  private readonly errorWording = new StoreController(this, () => errorMessages);
  // Present once an element that shows refused fields imported `../i18n/field-errors.js`.
  private readonly fieldWording = new StoreController(this, () => fieldWording?.store);

  /** The portal this element talks to, once one is configured. */
  get portal(): Portal | undefined {
    return this.portalFromContext.value ?? this.defaultPortal.value;
  }

  /** Dispatches a `tc-` event that bubbles out of shadow roots to the host page. */
  protected emit<T>(name: `tc-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, ...options }));
  }

  /** What to show for an error, in the current language (see `src/i18n/errors.ts`). */
  protected errorText(error: unknown, options?: { fieldsShownApart?: boolean }): string {
    return errorText(errorMessages.get(), error, $locale.get(), options);
  }

  /**
   * Why the error refused a field, in the current language; undefined when it names no such field.
   * The element must import `../i18n/field-errors.js`.
   */
  protected fieldErrorText(error: unknown, field: string): string | undefined {
    return fieldWording?.fieldText(fieldWording.store.get(), error, field, $locale.get());
  }

  /**
   * Why the server refused something, given as its English `sentence` and a field issue code: the
   * sentence in English, the code's wording in any other language (the sentence for a code it does not know).
   * The element must import `../i18n/field-errors.js`.
   */
  protected issueText(issue: FieldIssue | undefined, sentence: string): string {
    if (!issue || languageOf($locale.get()) === 'en') return sentence;
    return fieldWording?.issueText(fieldWording.store.get(), issue) ?? sentence;
  }

  /** The shared error notice: the localised message in an alert, and a retry button when `retry` is given. */
  protected errorNotice(error: unknown, retry?: () => void, options: Partial<ErrorNoticeOptions> = {}): TemplateResult {
    const retryLabel = (errorMessages.get()).retry;
    return errorNotice(this.errorText(error), { retry, retryLabel, ...options });
  }

  /**
   * What to render instead of the customer's data until it may show (not configured, checking,
   * signed out, unreachable with a retry, no `permission`), or undefined once it may: see
   * `./session-gate.ts`.
   */
  protected renderSessionGate(state: SessionState | undefined, t: GateMessages, permission?: Permission): TemplateResult | undefined {
    return sessionGate(this.portal?.session, state, t, (error, retry, options) => this.errorNotice(error, retry, options), permission);
  }

  /** Reports an error to the host page as a `tc-error` event. */
  protected reportError(error: unknown) {
    if (error instanceof TcError) this.emit('tc-error', { error });
  }
}
