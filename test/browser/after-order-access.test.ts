// Access rules of the after-order elements against the real back end: a contact without the orders
// permission sees "no access", and a revoked contact's open page loses its session at the next request.
import { expect, html } from '@open-wc/testing';
import '../../src/elements/order-list/order-list.js';
import '../../src/elements/invoice-list/invoice-list.js';
import type { TcOrderList } from '../../src/elements/order-list/order-list.js';
import type { TcInvoiceList } from '../../src/elements/invoice-list/invoice-list.js';
import { adminApi, line, newBuyer } from './admin.js';
import { inPortal, text, until } from './helpers.js';

describe('after-order access', () => {
  it('shows “no access” in the order list to a contact without the orders permission', async () => {
    const { portal } = await newBuyer({ permissions: ['catalogue', 'invoices'] });
    const el = await inPortal<TcOrderList>(portal, html`<tc-order-list></tc-order-list>`);
    await until(() => text(el, '[part=status]') === 'Your account cannot see orders. Ask your supplier for access.');
    expect(el.shadowRoot!.querySelector('[part=table]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('signs a revoked contact out at its next request, in every element on the page', async () => {
    const buyer = await newBuyer();
    const document = await adminApi('POST', '/v1/admin/invoices', { customerId: buyer.customerId, type: 'invoice', lines: [line('Goods', 1_000)] });
    const invoices = await inPortal<TcInvoiceList>(buyer.portal, html`<tc-invoice-list></tc-invoice-list>`);
    await until(() => invoices.shadowRoot!.textContent!.includes(document.number));
    const orders = await inPortal<TcOrderList>(buyer.portal, html`<tc-order-list></tc-order-list>`);
    await until(() => text(orders, '[part=status]') === 'You have no orders yet.');

    await adminApi('POST', `/v1/admin/contacts/${buyer.contactId}/revoke`);
    // The page still shows what it had; the next request is refused and the session ends.
    const status = orders.shadowRoot!.querySelector<HTMLSelectElement>('[part=status-filter]')!;
    status.value = 'shipped';
    status.dispatchEvent(new Event('change'));
    await until(() => buyer.portal.session.$state.get().status === 'signed-out');
    await until(() => text(orders, '[part=status]') === 'Sign in to see your orders.');
    await until(() => text(invoices, '[part=status]') === 'Sign in to see your invoices.');
    expect(invoices.shadowRoot!.textContent).not.to.contain(document.number);
    await expect(orders).to.be.accessible();
  });
});
