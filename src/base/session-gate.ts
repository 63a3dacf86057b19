import { html, type TemplateResult } from 'lit';
import type { Permission } from '../../contract/session.js';
import type { SessionState } from '../stores/session.js';

/** The wording of the states an element shows before the customer's data. */
export interface GateMessages {
  notConfigured: string;
  loading: string;
  signedOut: string;
  noAccess: string;
  retry: string;
}

/** How the gate shows an error with a retry: the element's shared error notice. */
export type ErrorNotice = (error: unknown, retry: () => void, options: { retryLabel: string }) => TemplateResult;

/**
 * What an element that shows the signed-in customer's data renders until it may show it, or
 * undefined once it may. The same states, parts and slots in every such element: no back end
 * configured (`error` part), the stored sign-in being checked, nobody signed in (`signed-out`
 * slot), the check unable to reach the back end (the error with a retry of the check), and a
 * contact without `permission` (`no-access` slot).
 */
export function sessionGate(
  configured: { restore(): unknown } | undefined,
  state: SessionState | undefined,
  t: GateMessages,
  errorNotice: ErrorNotice,
  permission?: Permission,
): TemplateResult | undefined {
  if (!configured) return html`<p class="error" part="error" role="alert">${t.notConfigured}</p>`;
  if (!state || state.status === 'unknown') return html`<div class="state" part="status" role="status" aria-busy="true">${t.loading}</div>`;
  if (state.status === 'signed-out') return html`<div class="state" part="status"><slot name="signed-out">${t.signedOut}</slot></div>`;
  if (state.status === 'unreachable') return errorNotice(state.error, () => configured.restore(), { retryLabel: t.retry });
  if (permission && !state.session.permissions.includes(permission)) return noAccess(t);
  return undefined;
}

/** The no-access state, also for a 403 the back end gave on a request the session seemed to allow. */
export const noAccess = (t: Pick<GateMessages, 'noAccess'>) =>
  html`<div class="state" part="status" role="status"><slot name="no-access">${t.noAccess}</slot></div>`;
