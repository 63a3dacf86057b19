// The states every element that shows the customer's data goes through before it (src/base/
// session-gate.ts): not configured, signed out, the session check unreachable with a retry, and no
// access. Each element must show them alike: same parts, same slots, same retry.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Permission } from '../../contract/session.js';
import '../../src/elements/catalogue/catalogue.js';
import '../../src/elements/saved-items/saved-items.js';
import '../../src/elements/order-list/order-list.js';
import '../../src/elements/invoice-list/invoice-list.js';
import '../../src/elements/statement/statement.js';
import { Portal } from '../../src/portal/portal.js';
import { $defaultPortal } from '../../src/portal/default-portal.js';
import { api, inPortal, newPortal, signedInPortal, text, until } from './helpers.js';
import { newBuyer } from './admin.js';
import { outage } from './ordering-helpers.js';

/** Each element, the permission its data needs, and where that data is asked for. */
const gated: [tag: string, permission: Permission, dataPath: string][] = [
  ['tc-catalogue', 'catalogue', '/v1/products'],
  ['tc-saved-items', 'catalogue', '/v1/favourites'],
  ['tc-order-list', 'orders', '/v1/orders'],
  ['tc-invoice-list', 'invoices', '/v1/invoices'],
  ['tc-statement', 'statement', '/v1/statement'],
];
const allPermissions: Permission[] = ['catalogue', 'orders', 'invoices', 'statement'];

/** The element `tag` with the host's own wording in its signed-out and no-access slots. */
const tagWithSlots = (tag: string) => {
  const name = unsafeStatic(tag);
  return staticHtml`<${name}><span slot="signed-out">Host: please sign in</span><span slot="no-access">Host: ask Anna for access</span></${name}>`;
};

/** The text shown through the slot of the element's status part (assigned content included). */
function statusText(element: Element): string | undefined {
  const status = element.shadowRoot?.querySelector('[part~="status"]');
  const slot = status?.querySelector('slot');
  if (!status) return undefined;
  return slot ? slot.assignedNodes().map((node) => node.textContent).join('').trim() : status.textContent?.trim();
}

for (const [tag, permission, dataPath] of gated) {
  describe(`${tag} before the customer's data`, () => {
    it('says it is not set up when no back end is configured', async () => {
      // A <tc-portal> of an earlier test became the page's default: this page has none.
      $defaultPortal.set(undefined);
      const element = await fixture(tagWithSlots(tag));
      await until(() => text(element, '[part="error"][role="alert"]'));
      expect(text(element, '[part="error"]')).to.match(/not set up/);
      await expect(element).to.be.accessible();
    });

    it("shows the host's signed-out slot when nobody is signed in", async () => {
      const element = await inPortal(newPortal(), tagWithSlots(tag));
      await until(() => statusText(element) === 'Host: please sign in');
      await expect(element).to.be.accessible();
    });

    it(`shows the host's no-access slot to a contact without the ${permission} permission, without asking for the data`, async () => {
      const asked: string[] = [];
      const spy: typeof fetch = (input, init) => {
        const request = new Request(input, init);
        asked.push(new URL(request.url).pathname);
        return fetch(request);
      };
      const { portal } = await newBuyer({ permissions: allPermissions.filter((each) => each !== permission), portal: { fetch: spy } });
      const element = await inPortal(portal, tagWithSlots(tag));
      await until(() => statusText(element) === 'Host: ask Anna for access');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(asked.filter((path) => path.startsWith(dataPath))).to.deep.equal([]);
      expect(asked.length, 'the spy saw the session requests').to.be.greaterThan(0);
      expect(element.shadowRoot!.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
    });

    it('offers a retry when the stored sign-in cannot be checked, and shows the data once it can', async () => {
      // A token kept by an earlier visit (session storage), checked while the back end is unreachable.
      const earlier = await signedInPortal('anna@nordwerk.example', 1, { storage: 'session' });
      const network = outage((request) => new URL(request.url).pathname.startsWith('/v1/session'));
      network.down = true;
      const portal = new Portal({ api: api(), storage: 'session', fetch: network.fetch });
      try {
        const element = await inPortal(portal, tagWithSlots(tag));
        const retry = await until(() => element.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button[part="retry"]'));
        expect(text(element, '[role="alert"] span')).to.match(/reach|connect|network|offline/i);
        await expect(element).to.be.accessible();
        network.down = false;
        retry.click();
        await until(() => portal.session.$state.get().status === 'signed-in');
        await until(() => !element.shadowRoot!.querySelector('[role="alert"]'));
        expect(statusText(element) ?? '').not.to.equal('Host: please sign in');
      } finally {
        await earlier.session.signOut();
      }
    });
  });
}

describe('the session gate without slotted content', () => {
  it("shows the element's own wording", async () => {
    const element = await inPortal(newPortal(), html`<tc-order-list></tc-order-list>`);
    await until(() => statusText(element) === '');
    expect(element.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Sign in to see your orders.');
  });
});
