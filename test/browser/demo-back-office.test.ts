// The demo's back office (demo/admin.html) drives the buyer's side through demo/admin-api.ts: what
// it posts must show in the elements.
import { expect, html } from '@open-wc/testing';
import '../../src/elements/announcements/announcements.js';
import '../../src/elements/accept-invitation/accept-invitation.js';
import '../../src/elements/order-list/order-list.js';
import type { TcAcceptInvitation } from '../../src/elements/accept-invitation/accept-invitation.js';
import type { TcAnnouncements } from '../../src/elements/announcements/announcements.js';
import { AdminError, adminApi } from '../../demo/admin-api.js';
import { newBuyer } from './admin.js';
import { api, inPortal, newPortal, text, until } from './helpers.js';

describe('the demo back office', () => {
  const backOffice = () => adminApi(api(), window.TC_TEST_ADMIN_KEY);

  it('posts an announcement that the customer’s buyers see', async () => {
    const buyer = await newBuyer();
    const title = `Back office news ${Date.now()}`;
    // Only for this test's customer: other test files count the announcements they see.
    await backOffice().postAnnouncement({ kind: 'promotion', title, bodyHtml: '<p>Anchors <strong>10 % off</strong>.</p>', customerIds: [buyer.customerId] });
    const el = await inPortal<TcAnnouncements>(buyer.portal, html`<tc-announcements></tc-announcements>`);
    await until(() => [...el.shadowRoot!.querySelectorAll('[part=title]')].some((node) => node.textContent === title));
    await expect(el).to.be.accessible();
  });

  it('invites a contact whose link opens the welcome page, and withdraws the link', async () => {
    const { customerId } = await newBuyer();
    const email = `welcome-${Date.now()}@example.test`;
    const invitation = await backOffice().invite({ email, name: 'Back Office Invitee', customerId, permissions: ['catalogue', 'orders'] });
    const link = new URL(invitation.link);
    expect(link.pathname).to.equal('/welcome.html');
    const directory = await backOffice().directory();
    expect(directory.customers.find((customer) => customer.id === customerId)!.contacts.map((contact) => contact.email)).to.include(email);

    const portal = newPortal();
    const el = await inPortal<TcAcceptInvitation>(portal, html`<tc-accept-invitation token=${link.searchParams.get('token')!}></tc-accept-invitation>`);
    await until(() => el.shadowRoot!.querySelector('[part=form]'));
    expect(text(el, '[part=greeting]')).to.contain('Back Office Invitee');

    // Revoked from the back office before it was used: the page says the link no longer works.
    await backOffice().revoke(invitation.contactId);
    const again = await inPortal<TcAcceptInvitation>(newPortal(), html`<tc-accept-invitation token=${link.searchParams.get('token')!}></tc-accept-invitation>`);
    await until(() => again.shadowRoot!.querySelector('[part=invalid]'));
  });

  it('reports the API’s field messages', async () => {
    const error = await backOffice()
      .postAnnouncement({ kind: 'news', title: '', bodyHtml: 'x' })
      .catch((failure: unknown) => failure);
    expect(error).to.be.instanceOf(AdminError);
    expect((error as AdminError).fields.title).to.equal('Enter a title');
    const wrongKey = await adminApi(api(), 'not-the-key').directory().catch((failure: unknown) => failure);
    expect(wrongKey).to.be.instanceOf(AdminError);
  });
});
