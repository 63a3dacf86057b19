import type { SessionState } from './session.js';

/**
 * Who the data of a signed-in session belongs to (contact and customer), or undefined when nobody
 * is signed in: stores that hold per-customer data drop it when this changes.
 */
export function sessionOwner(state: SessionState): string | undefined {
  return state.status === 'signed-in' ? `${state.session.contact.id}:${state.session.customer.id}` : undefined;
}
