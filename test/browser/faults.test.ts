// Faults on every element the SDK exports (found at run time, as elements.a11y.test.ts does): the
// back end answering 500, answering malformed JSON, the network offline, and a response slower than
// the client's timeout. Each element that loads data shows an accessible error with a retry, and
// the retry, once the back end is back, brings the content back.
import { expect } from '@open-wc/testing';
import * as sdk from '../../src/index.js';
import type { Portal } from '../../src/portal/portal.js';
import { faults, faultyFetch } from './faulty-fetch.js';
import { DEMO_PASSWORD, newPortal, until } from './helpers.js';

/**
 * Elements whose faults need a set-up this generic walk does not make. An empty cart hides the
 * delivery section whose address request fails here; action-faults.test.ts fails a cart with lines
 * instead (loading, changing a quantity, placing), and the buyer's actions in every element that
 * has them (quick-order bulk add, catalogue add to cart, sign-in), and the cart load under
 * tc-cart-button and tc-quick-order, which load nothing of their own here.
 */
const coveredElsewhere: Record<string, string> = { 'tc-cart': 'test/browser/action-faults.test.ts' };

const tags = Object.values(sdk)
  .flatMap((value) => (typeof value === 'function' ? [customElements.getName(value as CustomElementConstructor)] : []))
  .filter((tag): tag is string => !!tag?.startsWith('tc-') && tag !== 'tc-portal' && tag !== 'tc-login' && !(tag in coveredElsewhere))
  .sort();

const deep = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector) ?? null;

async function render(tag: string, portal: Portal) {
  const host = document.createElement('tc-portal') as HTMLElement & { portal: Portal };
  host.portal = portal;
  const element = document.createElement(tag);
  host.append(element);
  document.body.append(host);
  return { host, element };
}

describe('faults on every element', () => {
  const exercised = new Set<string>();

  after(() => {
    console.log(`faults: ${exercised.size} elements × ${faults.length} faults exercised (${[...exercised].join(', ')})`);
  });

  for (const tag of tags) {
    for (const fault of faults) {
      it(`${tag}: ${fault} shows an accessible error with a retry that recovers`, async () => {
        // The session calls always go through.
        const state = faultyFetch((_request, path) => !path.startsWith('/v1/auth'));
        const portal = newPortal({ fetch: state.fetch, timeout: 2500 });
        await portal.session.signIn('anna@nordwerk.example', DEMO_PASSWORD, 1);
        // The portal loads the cart on sign-in, whatever is on the page: let it finish, so only
        // requests the element itself makes meet the fault (the cart elements' own tests cover
        // a cart that fails to load).
        await until(() => portal.cart.$cart.get() !== undefined);
        state.fault = fault;
        const { host, element } = await render(tag, portal);
        try {
          // Elements that load nothing on their own (they wait for an attribute or an action) are not in scope.
          await new Promise((resolve) => setTimeout(resolve, 100));
          if (state.faulted === 0) return;
          exercised.add(tag);
          const error = await until(() => deep(element, '[part~=error]'), 6000);
          expect(!!(error.closest('[role=alert]') ?? error.querySelector('[role=alert]')), 'the error is announced').to.equal(true);
          expect((error.textContent ?? '').trim().length, 'the error says something').to.be.greaterThan(5);
          expect(error.textContent ?? '').not.to.match(/undefined|\[object|SyntaxError|TypeError/);
          const retry = await until(() => deep(element, '[part~=retry]') as HTMLButtonElement | null);
          await expect(element).to.be.accessible();

          state.fault = undefined;
          // An element with several regions (a summary and a ledger) has a retry in each.
          expect(retry.textContent?.trim()).to.not.equal('');
          for (const button of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=retry]')) button.click();
          await until(() => !deep(element, '[part~=error]'), 8000);
        } finally {
          host.remove();
        }
      });
    }
  }
});
