import { expect, html, oneEvent } from '@open-wc/testing';
import './order-list.js';
import type { TcOrderList } from './order-list.js';
import type { Order } from '../../../contract/orders.js';
import { newIdempotencyKey } from '../../client/orders.js';
import type { Portal } from '../../portal/portal.js';
import { formatDate } from '../../format/date.js';
import { adminApi, day, line, newBuyer } from '../../../test/browser/admin.js';
import { inPortal, text, until } from '../../../test/browser/helpers.js';

/** Places a one-line pickup order for the portal's own customer. */
async function placeOrder(portal: Portal): Promise<Order> {
  const { items } = await portal.client.catalogue.listProducts({ pageSize: 50 });
  const product = items.find((item) => item.stock.kind === 'quantity' && item.stock.quantity >= 10 && item.minQuantity === 1 && item.orderMultiple === 1)!;
  await portal.client.cart.setQuantity(product.id, 1);
  const cart = await portal.client.cart.update({ delivery: { kind: 'pickup' } });
  return portal.client.orders.place({ expectedTotal: cart.totals.gross, cartVersion: cart.version }, newIdempotencyKey());
}

const invoiceRows = (el: TcOrderList) =>
  [...el.shadowRoot!.querySelectorAll('[part=invoice]')].map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('tc-order-list: the invoices of an order', () => {
  let buyer: Awaited<ReturnType<typeof newBuyer>>;
  let order: Order;
  let invoice: { id: number; number: string };
  let proforma: { id: number; number: string };

  before(async () => {
    buyer = await newBuyer();
    order = await placeOrder(buyer.portal);
    const customerId = buyer.customerId;
    proforma = await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'proforma', orderId: order.id, issueDate: day(-3), lines: [line('Advance', 5_000)] });
    await adminApi('POST', '/v1/admin/payments', { customerId, amount: 5_000, invoiceId: proforma.id });
    invoice = await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'invoice', orderId: order.id, issueDate: day(-1), lines: [line('Goods', 12_000, 1, 19)] });
    // Another document of the customer, not of this order.
    await adminApi('POST', '/v1/admin/invoices', { customerId, type: 'invoice', lines: [line('Other', 1_000)] });
  });

  it('lists the order’s documents with type, date, amount and payment status', async () => {
    const el = await inPortal<TcOrderList>(buyer.portal, html`<tc-order-list order-id=${order.id}></tc-order-list>`);
    await until(() => invoiceRows(el).length);
    expect(text(el, '#invoices-heading')).to.equal('Invoices');
    expect(invoiceRows(el)).to.deep.equal([
      [invoice.number, 'Invoice', formatDate(day(-1), 'en'), '€142.80', 'Unpaid', 'PDF'],
      [proforma.number, 'Proforma', formatDate(day(-3), 'en'), '€50.00', 'Paid', 'PDF'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('downloads an invoice’s PDF through the client, with the session token', async () => {
    const seen: Request[] = [];
    const portal = await newBuyer({
      portal: {
        fetch: (input, init) => {
          const request = new Request(input, init);
          seen.push(request.clone());
          return fetch(request);
        },
      },
    });
    const own = await placeOrder(portal.portal);
    const document = await adminApi('POST', '/v1/admin/invoices', { customerId: portal.customerId, type: 'invoice', orderId: own.id, lines: [line('Goods', 2_000)] });
    const el = await inPortal<TcOrderList>(portal.portal, html`<tc-order-list order-id=${own.id}></tc-order-list>`);
    const button = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=pdf-button]'));
    expect(button.getAttribute('aria-label')).to.equal(`Download ${document.number} as PDF`);
    // The host page takes the file instead of the browser's download.
    el.addEventListener('tc-invoice-download', (event) => event.preventDefault());
    const downloaded = oneEvent(el, 'tc-invoice-download');
    button.click();
    const { detail } = await downloaded;
    expect(detail.invoice.number).to.equal(document.number);
    expect(detail.blob.type).to.equal('application/pdf');
    expect(new TextDecoder().decode(await detail.blob.slice(0, 5).arrayBuffer())).to.equal('%PDF-');
    const pdfRequest = seen.find((request) => request.url.endsWith(`/v1/invoices/${document.id}/pdf`))!;
    expect(pdfRequest.headers.get('authorization')).to.match(/^Bearer \S+$/);
  });

  it('says so when the invoices cannot be loaded, and tries again', async () => {
    let failing = true;
    const { portal } = await newBuyer({
      portal: {
        fetch: (input, init) =>
          failing && new URL(input instanceof Request ? input.url : String(input)).pathname === '/v1/invoices'
            ? Promise.resolve(new Response(JSON.stringify({ error: { code: 'internal', message: 'Boom' } }), { status: 500, headers: { 'content-type': 'application/json' } }))
            : fetch(input, init),
      },
    });
    const own = await placeOrder(portal);
    const el = await inPortal<TcOrderList>(portal, html`<tc-order-list order-id=${own.id}></tc-order-list>`);
    const retry = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=invoices] [part=retry]'));
    expect(text(el, '[part=invoices] [role=alert] span')).to.equal('The invoices could not be loaded.');
    expect(text(el, '[part=lines] tbody th')).to.be.a('string', 'the order itself is still shown');
    await expect(el).to.be.accessible();
    failing = false;
    retry.click();
    await until(() => text(el, '[part=invoices] p') === 'No invoices for this order yet.');
  });

  it('shows no invoices, and asks for none, to a contact without the invoices permission', async () => {
    const paths: string[] = [];
    const { portal } = await newBuyer({
      permissions: ['catalogue', 'orders'],
      portal: {
        fetch: (input, init) => {
          paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
          return fetch(input, init);
        },
      },
    });
    const own = await placeOrder(portal);
    const el = await inPortal<TcOrderList>(portal, html`<tc-order-list order-id=${own.id}></tc-order-list>`);
    await until(() => el.shadowRoot!.querySelector('[part=detail]'));
    expect(text(el, '[part=detail] h2')).to.equal(`Order ${own.number}`);
    expect(el.shadowRoot!.querySelector('[part=invoices]')).to.equal(null);
    expect(paths.filter((path) => path.startsWith('/v1/invoices'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
