import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { orderStatusDescriptions, OrderStatus } from '../../contract/orders.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { admin, call, fillCart, newBuyer, place, product, stockOf } from '../test/ordering-fixtures.js';

describe('order history and tracking', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  test('every canonical status has a buyer-facing explanation', () => {
    assert.deepEqual(Object.keys(orderStatusDescriptions).sort(), [...OrderStatus.options].sort());
    for (const text of Object.values(orderStatusDescriptions)) assert.ok(text.length > 5 && text.length < 100);
  });

  test('lists the customer’s orders newest first, paged, with filters by status, date and number', async () => {
    const anna = await app.signIn('anna@nordwerk.example');
    const all = await call(app, 'GET', '/v1/orders?pageSize=100', { token: anna });
    assert.equal(all.status, 200);
    assert.ok(all.body.total >= 7, 'the demo history');
    const times = all.body.items.map((o: { placedAt: string }) => Date.parse(o.placedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
    const statuses = new Set(all.body.items.map((o: { status: string }) => o.status));
    for (const status of ['placed', 'confirmed', 'shipped', 'delivered', 'cancelled']) assert.ok(statuses.has(status), status);

    const page2 = await call(app, 'GET', '/v1/orders?pageSize=3&page=2', { token: anna });
    assert.deepEqual(page2.body.items.map((o: { id: number }) => o.id), all.body.items.slice(3, 6).map((o: { id: number }) => o.id));
    assert.equal(page2.body.total, all.body.total);

    const delivered = await call(app, 'GET', '/v1/orders?status=delivered', { token: anna });
    assert.ok(delivered.body.items.length > 0);
    assert.ok(delivered.body.items.every((o: { status: string }) => o.status === 'delivered'));

    const oldest = all.body.items.at(-1);
    const day = oldest.placedAt.slice(0, 10);
    const onDay = await call(app, 'GET', `/v1/orders?from=${day}&to=${day}`, { token: anna });
    assert.ok(onDay.body.items.some((o: { id: number }) => o.id === oldest.id));
    assert.ok(onDay.body.items.every((o: { placedAt: string }) => o.placedAt.startsWith(day)));
    const future = await call(app, 'GET', '/v1/orders?from=2999-01-01', { token: anna });
    assert.equal(future.body.total, 0);

    const byNumber = await call(app, 'GET', `/v1/orders?q=${oldest.number.slice(-4)}`, { token: anna });
    assert.deepEqual(byNumber.body.items.map((o: { id: number }) => o.id), [oldest.id]);

    const badDate = await call(app, 'GET', '/v1/orders?from=yesterday&status=lost', { token: anna });
    assert.equal(badDate.status, 400);
    assert.ok(badDate.body.error.fields.from && badDate.body.error.fields.status);
  });

  test('the detail shows lines, totals, delivery, shipments with tracking and the status history', async () => {
    const anna = await app.signIn('anna@nordwerk.example');
    const shipped = await call(app, 'GET', '/v1/orders?status=shipped', { token: anna });
    const { status, body } = await call(app, 'GET', `/v1/orders/${shipped.body.items[0].id}`, { token: anna });
    assert.equal(status, 200);
    assert.ok(body.lines.length > 0);
    assert.equal(body.totals.net.amount, body.lines.reduce((sum: number, l: { lineTotal: { amount: number } }) => sum + l.lineTotal.amount, 0));
    assert.equal(body.shipments.length, 1);
    assert.match(body.shipments[0].trackingNumber, /^[A-Z]{2}\d+$/);
    assert.match(body.shipments[0].trackingUrl, /^https:\/\//);
    assert.equal(body.history.at(-1).status, 'shipped');
    assert.equal(body.history[0].status, 'placed');
    assert.equal(body.delivery.kind, 'address');
    assert.equal(body.canCancel, false);
    assert.equal(body.pickupDeadline, null);
  });

  test('another customer’s order is a 404 on every order endpoint', async () => {
    const anna = await app.signIn('anna@nordwerk.example');
    const liis = await app.signIn('liis@balticbuild.example');
    const annas = await call(app, 'GET', '/v1/orders?status=placed', { token: anna });
    const id = annas.body.items[0].id;
    for (const [method, path] of [['GET', `/v1/orders/${id}`], ['POST', `/v1/orders/${id}/cancel`], ['POST', `/v1/orders/${id}/reorder`]] as const) {
      const reply = await call(app, method, path, { token: liis });
      assert.equal(reply.status, 404, `${method} ${path}`);
      assert.equal(reply.body.error.code, 'not_found');
      const missing = await call(app, method, path.replace(String(id), '999999'), { token: liis });
      assert.equal(missing.status, 404, 'reads the same as an id that does not exist');
      assert.deepEqual(missing.body, reply.body);
    }
    const listed = await call(app, 'GET', '/v1/orders?pageSize=100', { token: liis });
    assert.ok(!listed.body.items.some((o: { id: number }) => o.id === id));
    const search = await call(app, 'GET', `/v1/orders?q=${annas.body.items[0].number}`, { token: liis });
    assert.equal(search.body.total, 0);
    const still = await call(app, 'GET', `/v1/orders/${id}`, { token: anna });
    assert.equal(still.body.status, 'placed', 'the refused cancel changed nothing');
  });

  test('a contact without the orders permission gets 403 from cart and orders, and keeps the catalogue lookup', async () => {
    const buyer = await newBuyer(app);
    await app.db.query(`UPDATE contact_customers SET permissions = '{catalogue}' WHERE contact_id = $1`, [buyer.contactId]);
    for (const [method, path] of [['GET', '/v1/cart'], ['GET', '/v1/orders'], ['GET', '/v1/addresses'], ['POST', '/v1/orders/1/reorder']] as const) {
      const reply = await call(app, method, path, { token: buyer.token });
      assert.equal(reply.status, 403, `${method} ${path}`);
      assert.equal(reply.body.error.code, 'forbidden');
    }
    const placing = await place(app, buyer.token, { expectedTotal: { amount: 0, currency: 'EUR' } });
    assert.equal(placing.status, 403);
    const lookup = await call(app, 'GET', '/v1/products/lookup?sku=FAS', { token: buyer.token });
    assert.equal(lookup.status, 200);
  });

  test('the buyer cancels an order not yet picked up; reserved stock returns; a picked-up order cannot be cancelled', async () => {
    const buyer = await newBuyer(app);
    await product(app, 40, { stock: 10, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    await fillCart(app, buyer.token, [{ productId: 40, quantity: 4 }]);
    const order = (await place(app, buyer.token)).body;
    assert.equal(await stockOf(app, 40), 6);
    const cancelled = await call(app, 'POST', `/v1/orders/${order.id}/cancel`, { token: buyer.token });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.canCancel, false);
    assert.deepEqual(cancelled.body.history.map((h: { status: string }) => h.status), ['placed', 'cancelled']);
    assert.equal(await stockOf(app, 40), 10);
    const again = await call(app, 'POST', `/v1/orders/${order.id}/cancel`, { token: buyer.token });
    assert.equal(again.status, 200);
    assert.equal(await stockOf(app, 40), 10, 'stock returned once');

    await fillCart(app, buyer.token, [{ productId: 40, quantity: 2 }]);
    const second = (await place(app, buyer.token)).body;
    const confirmed = await admin(app, 'PATCH', `/v1/admin/orders/${second.id}/status`, { status: 'confirmed' });
    assert.equal(confirmed.status, 200);
    const late = await call(app, 'POST', `/v1/orders/${second.id}/cancel`, { token: buyer.token });
    assert.equal(late.status, 409);
    assert.equal(await stockOf(app, 40), 8);
  });

  test('reorder puts the same lines in the cart at today’s prices and reports the unavailable ones', async () => {
    const buyer = await newBuyer(app);
    const a = await product(app, 41, { stock: 50, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const b = await product(app, 42, { stock: 50, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const c = await product(app, 43, { stock: 50, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    await fillCart(app, buyer.token, [{ productId: a.id, quantity: 2 }, { productId: b.id, quantity: 3 }, { productId: c.id, quantity: 1 }]);
    const order = (await place(app, buyer.token)).body;
    await app.db.query('UPDATE price_list_items SET price = price + 50 WHERE price_list_id = 1 AND product_id = $1', [a.id]);
    await product(app, b.id, { active: false });
    await product(app, c.id, { stock: 0 });
    try {
      const { status, body } = await call(app, 'POST', `/v1/orders/${order.id}/reorder`, { token: buyer.token });
      assert.equal(status, 200);
      assert.deepEqual(body.added, [{ productId: a.id, sku: a.sku, quantity: 2 }]);
      assert.deepEqual(body.unavailable.map((u: { sku: string; message: string }) => [u.sku, u.message]), [
        [b.sku, 'No longer available to your account.'],
        [c.sku, 'Out of stock.'],
      ]);
      assert.deepEqual(body.unavailable.map((u: { issue?: { code: string } }) => u.issue?.code), ['unavailable', 'out_of_stock'], 'codes clients word in any language');
      assert.equal(body.cart.lines.length, 1);
      assert.equal(body.cart.lines[0].unitPrice.amount, a.price + 50, 're-priced');
    } finally {
      await app.db.query('UPDATE price_list_items SET price = $2 WHERE price_list_id = 1 AND product_id = $1', [a.id, a.price]);
      await product(app, b.id, { active: true });
    }
  });

  test('"order again" with an Idempotency-Key adds the lines once, however often (or at once) it is retried', async () => {
    const buyer = await newBuyer(app);
    const a = await product(app, 44, { stock: 50, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    await fillCart(app, buyer.token, [{ productId: a.id, quantity: 3 }]);
    const order = (await place(app, buyer.token)).body;
    const again = (key: string) => call(app, 'POST', `/v1/orders/${order.id}/reorder`, { token: buyer.token, headers: { 'idempotency-key': key } });

    const first = await again('reorder-key-0001');
    assert.equal(first.status, 200);
    const replay = await again('reorder-key-0001');
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body.added, first.body.added, 'the first answer, again');
    const parallel = await Promise.all([1, 2, 3, 4].map(() => again('reorder-key-0002')));
    assert.deepEqual(parallel.map((reply) => reply.status), [200, 200, 200, 200]);
    const cart = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    assert.deepEqual(cart.body.lines.map((line: { quantity: number }) => line.quantity), [6], 'two keys, two adds of 3');

    const withoutKey = await call(app, 'POST', `/v1/orders/${order.id}/reorder`, { token: buyer.token });
    assert.equal(withoutKey.status, 200, 'the key stays optional');
    assert.equal(withoutKey.body.cart.lines[0].quantity, 9);
    const tooShort = await again('short');
    assert.equal(tooShort.status, 400);
  });
});

describe('the supplier’s side of orders', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  test('needs the admin key', async () => {
    for (const [method, path, body] of [
      ['GET', '/v1/admin/orders'], ['GET', '/v1/admin/orders/1'], ['PATCH', '/v1/admin/orders/1/status', { status: 'confirmed' }],
      ['POST', '/v1/admin/orders/1/shipments', { carrier: 'DHL', trackingNumber: '1' }], ['PATCH', '/v1/admin/customers/1', { orderLimit: 1 }],
    ] as const) {
      const reply = await call(app, method, path, { body, headers: { 'x-admin-key': 'wrong' } });
      assert.equal(reply.status, 401, `${method} ${path}`);
    }
    const token = await app.signIn('anna@nordwerk.example');
    assert.equal((await call(app, 'GET', '/v1/admin/orders', { token })).status, 401, 'a buyer session is not an admin key');
  });

  test('moves an order through allowed statuses only, with history and an estimated ship date', async () => {
    const buyer = await newBuyer(app);
    await product(app, 44, { stock: 20, minQuantity: 1, orderMultiple: 1 });
    await fillCart(app, buyer.token, [{ productId: 44, quantity: 1 }]);
    const order = (await place(app, buyer.token)).body;
    const jump = await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'delivered' });
    assert.equal(jump.status, 409);
    assert.match(jump.body.error.fields.status, /confirmed/);
    const confirmed = await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'confirmed', note: 'On the truck Friday', estimatedShipDate: '2026-12-04' });
    assert.equal(confirmed.status, 200);
    assert.equal(confirmed.body.customer.id, buyer.customerId);
    const seen = await call(app, 'GET', `/v1/orders/${order.id}`, { token: buyer.token });
    assert.equal(seen.body.status, 'confirmed');
    assert.equal(seen.body.estimatedShipDate, '2026-12-04');
    assert.deepEqual(seen.body.history.map((h: { status: string; note: string | null }) => [h.status, h.note]), [['placed', null], ['confirmed', 'On the truck Friday']]);
    assert.equal(seen.body.canCancel, false);
    const unknown = await admin(app, 'PATCH', '/v1/admin/orders/999999/status', { status: 'confirmed' });
    assert.equal(unknown.status, 404);
    const invalid = await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'teleported' });
    assert.equal(invalid.status, 400);
  });

  test('a supplier cancelling before shipment returns the stock; after shipment it cannot cancel', async () => {
    const buyer = await newBuyer(app);
    await product(app, 45, { stock: 20, minQuantity: 1, orderMultiple: 1 });
    await fillCart(app, buyer.token, [{ productId: 45, quantity: 5 }]);
    const order = (await place(app, buyer.token)).body;
    await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'confirmed' });
    await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'in_production' });
    assert.equal(await stockOf(app, 45), 15);
    const cancelled = await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'cancelled', note: 'Supplier cannot deliver' });
    assert.equal(cancelled.status, 200);
    assert.equal(await stockOf(app, 45), 20);

    await fillCart(app, buyer.token, [{ productId: 45, quantity: 2 }]);
    const shippedOrder = (await place(app, buyer.token)).body;
    await admin(app, 'PATCH', `/v1/admin/orders/${shippedOrder.id}/status`, { status: 'confirmed' });
    await admin(app, 'POST', `/v1/admin/orders/${shippedOrder.id}/shipments`, { carrier: 'DPD', trackingNumber: 'X1' });
    const tooLate = await admin(app, 'PATCH', `/v1/admin/orders/${shippedOrder.id}/status`, { status: 'cancelled' });
    assert.equal(tooLate.status, 409);
    assert.equal(await stockOf(app, 45), 18);
  });

  test('a shipment with tracking marks the order shipped and shows to the buyer', async () => {
    const buyer = await newBuyer(app);
    await product(app, 46, { stock: 20, minQuantity: 1, orderMultiple: 1 });
    await fillCart(app, buyer.token, [{ productId: 46, quantity: 1 }]);
    const order = (await place(app, buyer.token)).body;
    const early = await admin(app, 'POST', `/v1/admin/orders/${order.id}/shipments`, { carrier: 'DHL', trackingNumber: 'JD0001' });
    assert.equal(early.status, 409, 'not before the supplier confirmed it');
    await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'confirmed' });
    const bad = await admin(app, 'POST', `/v1/admin/orders/${order.id}/shipments`, { carrier: '', trackingNumber: 'x', trackingUrl: 'not a url' });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.error.fields.carrier && bad.body.error.fields.trackingUrl);
    const shipment = await admin(app, 'POST', `/v1/admin/orders/${order.id}/shipments`, {
      carrier: 'DHL', trackingNumber: 'JD0001', trackingUrl: 'https://tracking.example/dhl/JD0001', shippedAt: '2026-11-20T10:00:00Z',
    });
    assert.equal(shipment.status, 201);
    assert.equal(shipment.body.shippedAt, '2026-11-20T10:00:00.000Z');
    const second = await admin(app, 'POST', `/v1/admin/orders/${order.id}/shipments`, { carrier: 'DHL', trackingNumber: 'JD0002' });
    assert.equal(second.status, 201, 'a second parcel');
    const seen = await call(app, 'GET', `/v1/orders/${order.id}`, { token: buyer.token });
    assert.equal(seen.body.status, 'shipped');
    assert.deepEqual(seen.body.shipments.map((s: { trackingNumber: string }) => s.trackingNumber), ['JD0001', 'JD0002']);
    assert.equal(seen.body.shipments[0].trackingUrl, 'https://tracking.example/dhl/JD0001');
    assert.equal(seen.body.history.filter((h: { status: string }) => h.status === 'shipped').length, 1);
    const delivered = await admin(app, 'PATCH', `/v1/admin/orders/${order.id}/status`, { status: 'delivered' });
    assert.equal(delivered.body.status, 'delivered');
  });

  test('lists all customers’ orders, or one customer’s', async () => {
    const all = await admin(app, 'GET', '/v1/admin/orders?pageSize=100');
    assert.equal(all.status, 200);
    assert.ok(new Set(all.body.items.map((o: { customer: { id: number } }) => o.customer.id)).size >= 4);
    const one = await admin(app, 'GET', '/v1/admin/orders?customerId=2');
    assert.ok(one.body.items.length > 0);
    assert.ok(one.body.items.every((o: { customer: { id: number }; totals: { gross: { currency: string } } }) => o.customer.id === 2 && o.totals.gross.currency === 'RON'));
    const detail = await admin(app, 'GET', `/v1/admin/orders/${one.body.items[0].id}`);
    assert.equal(detail.body.customer.name, 'Constructim SRL');
  });
});
