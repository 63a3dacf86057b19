import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admin, adminRequest } from '../test/admin.js';
import { startTestApp, type TestApp } from '../test/harness.js';

describe('the documents of one order', () => {
  let app: TestApp;
  let anna: string;
  let liis: string;
  let annaCustomer: number;
  let liisCustomer: number;
  let order: { id: number; number: string };
  let liisOrder: { id: number };

  const line = { description: 'Order goods', quantity: 1, unitPrice: 10_000, vatRate: 19 };
  const invoices = (token: string, query: string) => app.request('GET', `/v1/invoices?${query}`, { token });

  before(async () => {
    app = await startTestApp();
    anna = await app.signIn('anna@nordwerk.example');
    liis = await app.signIn('liis@balticbuild.example');
    annaCustomer = (await app.request('GET', '/v1/session', { token: anna })).body.customer.id;
    liisCustomer = (await app.request('GET', '/v1/session', { token: liis })).body.customer.id;
    order = (await app.request('GET', '/v1/orders?status=shipped&pageSize=1', { token: anna })).body.items[0];
    liisOrder = (await app.request('GET', '/v1/orders?pageSize=1', { token: liis })).body.items[0];
    assert.ok(order && liisOrder, 'the demo has orders for both');
  });
  after(() => app.close());

  it('lists only the order’s documents, with the order number filled in from the order', async () => {
    assert.equal((await invoices(anna, `orderId=${order.id}`)).body.total, 0, 'a shipped order the demo has not billed');
    const proforma = await admin(app, 'POST', '/v1/admin/invoices', { customerId: annaCustomer, type: 'proforma', orderId: order.id, lines: [line] });
    const invoice = await admin(app, 'POST', '/v1/admin/invoices', { customerId: annaCustomer, type: 'invoice', orderId: order.id, lines: [line] });
    await admin(app, 'POST', '/v1/admin/invoices', { customerId: annaCustomer, type: 'invoice', lines: [line] });
    assert.equal(invoice.orderNumber, order.number);

    const page = await invoices(anna, `orderId=${order.id}`);
    assert.equal(page.status, 200);
    assert.deepEqual(page.body.items.map((item: { id: number }) => item.id).sort(), [proforma.id, invoice.id].sort());
    assert.ok(page.body.items.every((item: { orderId: number; orderNumber: string }) => item.orderId === order.id && item.orderNumber === order.number));
    assert.equal(page.body.total, 2);
    assert.equal(page.body.totals.unpaid.amount, 2 * 11_900);
    // Other filters combine with it.
    const onlyInvoices = await invoices(anna, `orderId=${order.id}&type=invoice`);
    assert.deepEqual(onlyInvoices.body.items.map((item: { id: number }) => item.id), [invoice.id]);
  });

  it('answers 404 for another customer’s order, or none, and 400 for a malformed id', async () => {
    const foreign = await invoices(liis, `orderId=${order.id}`);
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error.code, 'not_found');
    assert.equal((await invoices(anna, `orderId=${liisOrder.id}`)).status, 404);
    assert.equal((await invoices(anna, 'orderId=99999999')).status, 404);
    assert.equal((await invoices(anna, 'orderId=first')).status, 400);
    // Liis's own order answers.
    const own = await invoices(liis, `orderId=${liisOrder.id}`);
    assert.equal(own.status, 200);
    assert.ok(own.body.items.every((item: { orderId: number }) => item.orderId === liisOrder.id));
  });

  it('needs the invoices permission like the rest of the list', async () => {
    const contact = await admin(app, 'POST', '/v1/admin/contacts/invitations', {
      email: 'orders.only@nordwerk.example', name: 'Orders Only', customerId: annaCustomer, permissions: ['orders'],
    });
    const accepted = await app.request('POST', '/v1/auth/invitations/accept', { body: { token: contact.token, password: 'orders only please' } });
    assert.equal((await invoices(accepted.body.token, `orderId=${order.id}`)).status, 403);
    assert.equal((await app.request('GET', `/v1/orders/${order.id}`, { token: accepted.body.token })).status, 200);
  });

  it('refuses to bill another customer’s order, and the database refuses it too', async () => {
    const refused = await adminRequest(app, 'POST', '/v1/admin/invoices', { customerId: liisCustomer, type: 'invoice', orderId: order.id, lines: [line] });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.fields.orderId, 'No such order of this customer');
    const missing = await adminRequest(app, 'POST', '/v1/admin/invoices', { customerId: annaCustomer, type: 'invoice', orderId: 99999999, lines: [line] });
    assert.equal(missing.status, 400);

    const [document] = await app.db.query<{ id: number }>('SELECT id FROM documents WHERE customer_id = $1 LIMIT 1', [liisCustomer]);
    await assert.rejects(
      app.db.query('UPDATE documents SET order_id = $1 WHERE id = $2', [order.id, document!.id]),
      /documents_order_same_customer/,
    );
    await assert.rejects(app.db.query('UPDATE documents SET order_id = 99999999 WHERE id = $1', [document!.id]), /documents_order_same_customer/);
  });
});
