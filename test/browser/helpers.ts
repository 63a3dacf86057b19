// Shared set-up for browser tests: the real back end started by web-test-runner, and demo sign-ins.
import { html, fixture } from '@open-wc/testing';
import { Portal, type PortalOptions } from '../../src/portal/portal.js';
import '../../src/elements/portal/portal.js';

declare global {
  interface Window {
    TC_TEST_API: string;
  }
}

export const api = () => window.TC_TEST_API;
export const DEMO_PASSWORD = 'tradecounter';

/** A portal of its own (memory token) so tests never share a session. */
export function newPortal(options: Partial<PortalOptions> = {}) {
  return new Portal({ api: api(), storage: 'memory', ...options });
}

/** A portal signed in as a demo contact. */
export async function signedInPortal(email: string, customerId?: number, options: Partial<PortalOptions> = {}) {
  const portal = newPortal(options);
  const { accounts } = await portal.client.session.listAccounts({ email, password: DEMO_PASSWORD });
  await portal.session.signIn(email, DEMO_PASSWORD, customerId ?? accounts[0]!.customerId);
  return portal;
}

/** Waits until `check` passes, for state that arrives over the network. */
export async function until<T>(check: () => T | undefined | null | false, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Renders `tag` inside a `<tc-portal>` holding `portal`, and returns the tag. */
export async function inPortal<T extends Element>(portal: Portal, tag: ReturnType<typeof html>): Promise<T> {
  const root = await fixture(html`<tc-portal .portal=${portal}>${tag}</tc-portal>`);
  const element = root.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** Text of the first match in an element's shadow root. */
export const text = (element: Element, selector: string) =>
  element.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** Intercepts requests whose path contains `part`; all others reach the real back end. */
export function interceptFetch(part: string, respond: (request: Request) => Response | Promise<Response>): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    return new URL(request.url).pathname.includes(part) ? Promise.resolve(respond(request)) : fetch(request);
  };
}

/** A `fetch` that answers every request with the given response: for fault cases. */
export function fakeFetch(respond: (request: Request) => Response | Promise<Response>): typeof fetch {
  return async (input, init) => respond(new Request(input, init));
}
