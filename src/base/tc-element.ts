import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { portalContext } from '../portal/context.js';
import { $defaultPortal } from '../portal/default-portal.js';
import type { Portal } from '../portal/portal.js';
import { StoreController } from './store-controller.js';
import { TcError } from '../client/errors.js';
import type {} from './events.js';

/**
 * What every Tradecounter element needs: its portal (from an enclosing `<tc-portal>`, else the
 * page's default) and `tc-` events to the host page.
 */
export class TcElement extends LitElement {
  private readonly portalFromContext = new ContextConsumer(this, { context: portalContext, subscribe: true });
  private readonly defaultPortal = new StoreController(this, () => $defaultPortal);

  /** The portal this element talks to, once one is configured. */
  get portal(): Portal | undefined {
    return this.portalFromContext.value ?? this.defaultPortal.value;
  }

  /** Dispatches a `tc-` event that bubbles out of shadow roots to the host page. */
  protected emit<T>(name: `tc-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, ...options }));
  }

  /** Reports an error to the host page as a `tc-error` event. */
  protected reportError(error: unknown) {
    if (error instanceof TcError) this.emit('tc-error', { error });
  }
}
