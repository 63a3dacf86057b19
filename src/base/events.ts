import type { Session } from '../../contract/session.js';
import type { TcError } from '../client/errors.js';

/**
 * The `tc-` events the SDK dispatches, added to the DOM's event map so `addEventListener` in the
 * host page (and the React and Vue typings in src/types/) know each event's `detail`. An element
 * that adds an event adds it here, or in its own file's `declare global`.
 */
declare global {
  interface HTMLElementEventMap {
    /** An element failed to load or save. Also shown in the element, with a retry when it helps. */
    'tc-error': CustomEvent<{ error: TcError }>;
    /** A buyer signed in. */
    'tc-sign-in': CustomEvent<{ session: Session }>;
    /** The buyer signed out. */
    'tc-sign-out': CustomEvent<Record<string, never>>;
  }
}

export {};
