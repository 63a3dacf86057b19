import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../test/harness.js';
import { admin, call, fillCart, newBuyer, place, product, stockOf } from '../test/ordering-fixtures.js';

describe('placing an order', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const ordersOf = async (customerId: number) =>
    (await app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders WHERE customer_id = $1', [customerId]))[0]!.n;

  test('creates the order from the cart at server prices, reserves stock and empties the cart', async () => {
    const buyer = await newBuyer(app);
    const a = await product(app, 20, { stock: 40, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const b = await product(app, 21, { stock: 40, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const cart = await fillCart(app, buyer.token, [{ productId: a.id, quantity: 3 }, { productId: b.id, quantity: 2 }], { kind: 'address', addressId: buyer.addressId });
    await call(app, 'PATCH', '/v1/cart', { token: buyer.token, body: { note: 'Back door' } });
    const { status, body: order } = await place(app, buyer.token, { poNumber: 'PO-77' });
    assert.equal(status, 201);
    assert.match(order.number, /^SO-\d+$/);
    assert.equal(order.status, 'placed');
    assert.equal(order.canCancel, true);
    assert.equal(order.poNumber, 'PO-77');
    assert.equal(order.note, 'Back door');
    assert.deepEqual(order.totals, cart.totals);
    assert.deepEqual(order.lines.map((l: { sku: string; quantity: number; unitPrice: { amount: number } }) => [l.sku, l.quantity, l.unitPrice.amount]), [[a.sku, 3, a.price], [b.sku, 2, b.price]]);
    const net = order.lines.reduce((sum: number, l: { lineTotal: { amount: number } }) => sum + l.lineTotal.amount, 0);
    assert.equal(order.totals.net.amount, net, 'totals equal the sum of the lines');
    assert.equal(order.totals.gross.amount, order.totals.net.amount + order.totals.vat.amount);
    assert.equal(order.delivery.kind, 'address');
    assert.equal(order.delivery.address.city, 'Berlin');
    assert.deepEqual(order.history.map((h: { status: string }) => h.status), ['placed']);
    assert.ok(order.pickupDeadline, 'a deadline for the supplier to pick it up');
    assert.equal(await stockOf(app, a.id), 37);
    assert.equal(await stockOf(app, b.id), 38);
    const after = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    assert.deepEqual(after.body.lines, []);
    assert.equal(after.body.note, '');
    assert.deepEqual(after.body.delivery, { kind: 'address', addressId: buyer.addressId }, 'the delivery choice stays for next time');
    const listed = await call(app, 'GET', '/v1/orders', { token: buyer.token });
    assert.deepEqual(listed.body.items.map((o: { id: number }) => o.id), [order.id]);
  });

  test('requires an Idempotency-Key header', async () => {
    const buyer = await newBuyer(app);
    await product(app, 22, { stock: 10, minQuantity: 1, orderMultiple: 1 });
    const cart = await fillCart(app, buyer.token, [{ productId: 22, quantity: 1 }]);
    const missing = await call(app, 'POST', '/v1/orders', { token: buyer.token, body: { expectedTotal: cart.totals.gross } });
    assert.equal(missing.status, 400);
    assert.ok(missing.body.error.fields['idempotency-key']);
    assert.equal(await ordersOf(buyer.customerId), 0);
  });

  test('an empty cart, a missing delivery and a bad body are refused without an order', async () => {
    const buyer = await newBuyer(app);
    const empty = await place(app, buyer.token, { expectedTotal: { amount: 0, currency: 'EUR' } });
    assert.equal(empty.status, 409);
    assert.equal(empty.body.error.details.kind, 'cart_empty');
    await product(app, 23, { stock: 10, minQuantity: 1, orderMultiple: 1 });
    await call(app, 'PUT', '/v1/cart/lines/23', { token: buyer.token, body: { quantity: 1 } });
    const noDelivery = await place(app, buyer.token);
    assert.equal(noDelivery.status, 400);
    assert.equal(noDelivery.body.error.fields.delivery, 'Choose a delivery address or pickup.');
    const bad = await place(app, buyer.token, { expectedTotal: { amount: 'lots', currency: 'EUR' }, poNumber: 'x'.repeat(51) });
    assert.equal(bad.status, 400);
    assert.ok(bad.body.error.fields['expectedTotal.amount']);
    assert.ok(bad.body.error.fields.poNumber);
    assert.equal(await ordersOf(buyer.customerId), 0);
  });

  test('a price changed since the buyer saw it → 409 naming the line, its old and new price; nothing is ordered', async () => {
    const buyer = await newBuyer(app);
    const item = await product(app, 24, { stock: 10, minQuantity: 1, orderMultiple: 1 });
    const cart = await fillCart(app, buyer.token, [{ productId: item.id, quantity: 2 }]);
    await app.db.query('UPDATE price_list_items SET price = price + 100 WHERE price_list_id = 1 AND product_id = $1', [item.id]);
    try {
      const { status, body } = await place(app, buyer.token, { expectedTotal: cart.totals.gross });
      assert.equal(status, 409);
      assert.equal(body.error.code, 'conflict');
      const details = body.error.details;
      assert.equal(details.kind, 'order_conflict');
      assert.deepEqual(details.expectedTotal, cart.totals.gross);
      assert.ok(details.currentTotal.amount > cart.totals.gross.amount);
      assert.deepEqual(details.changes, [{
        productId: item.id, sku: item.sku, name: details.changes[0].name, reason: 'price_changed', message: 'The price changed since you saw it.',
        previousPrice: { amount: item.price, currency: 'EUR' }, currentPrice: { amount: item.price + 100, currency: 'EUR' },
      }]);
      assert.equal(await ordersOf(buyer.customerId), 0);
      assert.equal(await stockOf(app, item.id), 10);
      // Seeing the cart again (new prices) and placing with its total succeeds.
      const fresh = await call(app, 'GET', '/v1/cart', { token: buyer.token });
      assert.equal(fresh.body.lines[0].unitPrice.amount, item.price + 100);
      const retry = await place(app, buyer.token, { expectedTotal: fresh.body.totals.gross });
      assert.equal(retry.status, 201);
      assert.equal(retry.body.lines[0].unitPrice.amount, item.price + 100, 'charged at the price re-read on the server');
    } finally {
      await app.db.query('UPDATE price_list_items SET price = $2 WHERE price_list_id = 1 AND product_id = $1', [item.id, item.price]);
    }
  });

  test('a total that differs from the cart, or a cart changed in another tab → 409', async () => {
    const buyer = await newBuyer(app);
    await product(app, 25, { stock: 10, minQuantity: 1, orderMultiple: 1 });
    const cart = await fillCart(app, buyer.token, [{ productId: 25, quantity: 2 }]);
    const wrong = await place(app, buyer.token, { expectedTotal: { amount: cart.totals.gross.amount - 1, currency: 'EUR' } });
    assert.equal(wrong.status, 409);
    assert.deepEqual(wrong.body.error.details.changes, []);
    assert.equal(wrong.body.error.details.currentTotal.amount, cart.totals.gross.amount);
    const wrongCurrency = await place(app, buyer.token, { expectedTotal: { amount: cart.totals.gross.amount, currency: 'RON' } });
    assert.equal(wrongCurrency.status, 409);
    const stale = await place(app, buyer.token, { expectedTotal: cart.totals.gross, cartVersion: cart.version - 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.details.cartChanged, true);
    const fine = await place(app, buyer.token, { expectedTotal: cart.totals.gross, cartVersion: cart.version });
    assert.equal(fine.status, 201);
  });

  test('stock that no longer covers a line → 409 with what is available; rule breaks are listed too', async () => {
    const buyer = await newBuyer(app);
    await product(app, 26, { stock: 10, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    await product(app, 27, { stock: 10, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const cart = await fillCart(app, buyer.token, [{ productId: 26, quantity: 8 }, { productId: 27, quantity: 3 }]);
    await product(app, 26, { stock: 5 });
    await product(app, 27, { minQuantity: 6, orderMultiple: 6 });
    const { status, body } = await place(app, buyer.token, { expectedTotal: cart.totals.gross });
    assert.equal(status, 409);
    const reasons = body.error.details.changes.map((c: { productId: number; reason: string; requested?: number; available?: number }) => [c.productId, c.reason, c.requested, c.available]);
    assert.deepEqual(reasons, [[26, 'insufficient_stock', 8, 5], [27, 'below_minimum', 3, undefined]]);
    assert.equal(await stockOf(app, 26), 5);
    await product(app, 27, { minQuantity: 1, orderMultiple: 1 });
  });

  test('a product out of stock that allows pre-orders is ordered as a pre-order line without over-reserving', async () => {
    const buyer = await newBuyer(app);
    await product(app, 28, { stock: 2, minQuantity: 1, orderMultiple: 1, allowPreorder: true });
    const cart = await fillCart(app, buyer.token, [{ productId: 28, quantity: 5 }]);
    assert.equal(cart.lines[0].preorder, true);
    const { status, body } = await place(app, buyer.token);
    assert.equal(status, 201);
    assert.equal(body.lines[0].quantity, 5);
    assert.equal(body.lines[0].preorderQuantity, 3);
    assert.equal(await stockOf(app, 28), 0);
    const [reserved] = await app.db.query<{ sum: number }>('SELECT sum(quantity)::int AS sum FROM stock_reservations WHERE order_id = $1', [body.id]);
    assert.equal(reserved!.sum, 2);
  });

  test('the order limit: above it → 422 with what remains; within it → placed; cancelling frees it', async () => {
    const buyer = await newBuyer(app);
    const item = await product(app, 29, { stock: 1000, minQuantity: 1, orderMultiple: 1 });
    const gross = (quantity: number) => {
      const net = item.price * quantity;
      return net + Math.round((net * item.vat_rate) / 100);
    };
    const limit = gross(3) + gross(1) - 1;
    const set = await admin(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { orderLimit: limit });
    assert.equal(set.status, 200);
    assert.deepEqual(set.body.orderLimit, { amount: limit, currency: 'EUR' });
    await fillCart(app, buyer.token, [{ productId: item.id, quantity: 3 }]);
    const first = await place(app, buyer.token);
    assert.equal(first.status, 201);
    await fillCart(app, buyer.token, [{ productId: item.id, quantity: 1 }]);
    const refused = await place(app, buyer.token);
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'limit_exceeded');
    assert.deepEqual(refused.body.error.details, {
      kind: 'order_limit',
      limit: { amount: limit, currency: 'EUR' },
      open: { amount: gross(3), currency: 'EUR' },
      remaining: { amount: limit - gross(3), currency: 'EUR' },
      orderTotal: { amount: gross(1), currency: 'EUR' },
    });
    assert.equal((await call(app, 'GET', '/v1/cart', { token: buyer.token })).body.lines.length, 1, 'the cart is kept');
    const cancelled = await call(app, 'POST', `/v1/orders/${first.body.id}/cancel`, { token: buyer.token });
    assert.equal(cancelled.status, 200);
    const placed = await place(app, buyer.token);
    assert.equal(placed.status, 201, 'a cancelled order no longer counts');
    const cleared = await admin(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { orderLimit: null });
    assert.equal(cleared.body.orderLimit, null);
    const unknown = await admin(app, 'PATCH', '/v1/admin/customers/999999', { orderLimit: 5 });
    assert.equal(unknown.status, 404);
    const negative = await admin(app, 'PATCH', `/v1/admin/customers/${buyer.customerId}`, { orderLimit: -5 });
    assert.equal(negative.status, 400);
  });

  test('the same Idempotency-Key sent again answers the same order and creates no second one', async () => {
    const buyer = await newBuyer(app);
    await product(app, 30, { stock: 10, minQuantity: 1, orderMultiple: 1 });
    const cart = await fillCart(app, buyer.token, [{ productId: 30, quantity: 2 }]);
    const key = randomUUID();
    const first = await place(app, buyer.token, { expectedTotal: cart.totals.gross }, key);
    const second = await place(app, buyer.token, { expectedTotal: cart.totals.gross }, key);
    assert.equal(first.status, 201);
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(second.body.id, first.body.id);
    assert.equal(second.body.number, first.body.number);
    assert.equal(await ordersOf(buyer.customerId), 1);
    assert.equal(await stockOf(app, 30), 8, 'stock reserved once');
  });

  test('the same Idempotency-Key in parallel (a double click) makes exactly one order', async () => {
    const buyer = await newBuyer(app);
    await product(app, 31, { stock: 10, minQuantity: 1, orderMultiple: 1 });
    const cart = await fillCart(app, buyer.token, [{ productId: 31, quantity: 1 }]);
    const key = randomUUID();
    const replies = await Promise.all(Array.from({ length: 6 }, () => place(app, buyer.token, { expectedTotal: cart.totals.gross }, key)));
    assert.deepEqual(replies.map((r) => r.status).sort(), [200, 200, 200, 200, 200, 201]);
    assert.equal(new Set(replies.map((r) => r.body.id)).size, 1);
    assert.equal(await ordersOf(buyer.customerId), 1);
    assert.equal(await stockOf(app, 31), 9);
  });

  test('a key reused for a different cart → 409, and the new cart is not ordered', async () => {
    const buyer = await newBuyer(app);
    await product(app, 32, { stock: 10, minQuantity: 1, orderMultiple: 1 });
    await fillCart(app, buyer.token, [{ productId: 32, quantity: 1 }]);
    const key = randomUUID();
    assert.equal((await place(app, buyer.token, {}, key)).status, 201);
    await fillCart(app, buyer.token, [{ productId: 32, quantity: 3 }]);
    const reused = await place(app, buyer.token, {}, key);
    assert.equal(reused.status, 409);
    assert.equal(reused.body.error.details.kind, 'idempotency_key_reused');
    assert.equal(await ordersOf(buyer.customerId), 1);
    // The same body but a different cart is caught too.
    const cart = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    const key2 = randomUUID();
    assert.equal((await place(app, buyer.token, { expectedTotal: cart.body.totals.gross }, key2)).status, 201);
    await fillCart(app, buyer.token, [{ productId: 32, quantity: 2 }]);
    const sameBody = await place(app, buyer.token, { expectedTotal: cart.body.totals.gross }, key2);
    assert.equal(sameBody.status, 409);
    assert.equal(await ordersOf(buyer.customerId), 2);
  });

  test('20 buyers at once on a product with 5 units: exactly 5 orders, the rest 409, stock ends at 0', async () => {
    const item = await product(app, 33, { stock: 1000, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => newBuyer(app)));
    const carts: { totals: { gross: unknown } }[] = [];
    for (const buyer of buyers) carts.push(await fillCart(app, buyer.token, [{ productId: item.id, quantity: 1 }]));
    await product(app, item.id, { stock: 5 });
    const replies = await Promise.all(buyers.map((buyer, i) => place(app, buyer.token, { expectedTotal: carts[i]!.totals.gross })));
    const statuses = replies.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 5, statuses.join(' '));
    assert.equal(statuses.filter((s) => s === 409).length, 15, statuses.join(' '));
    for (const reply of replies.filter((r) => r.status === 409)) {
      assert.equal(reply.body.error.details.changes[0].reason, 'insufficient_stock');
    }
    assert.equal(await stockOf(app, item.id), 0);
    const [reserved] = await app.db.query<{ sum: number }>(
      `SELECT sum(r.quantity)::int AS sum FROM stock_reservations r WHERE r.product_id = $1 AND r.released_at IS NULL`,
      [item.id],
    );
    assert.equal(reserved!.sum, 5);
  });

  test('parallel placements on several products in different orders never deadlock or oversell', async () => {
    const ids = [34, 35, 36];
    for (const id of ids) await product(app, id, { stock: 1000, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const buyers = await Promise.all(Array.from({ length: 12 }, () => newBuyer(app)));
    const carts: { totals: { gross: unknown } }[] = [];
    for (const [i, buyer] of buyers.entries()) {
      const order = i % 2 === 0 ? ids : [...ids].reverse();
      carts.push(await fillCart(app, buyer.token, order.map((productId) => ({ productId, quantity: 1 }))));
    }
    for (const id of ids) await product(app, id, { stock: 7 });
    const replies = await Promise.all(buyers.map((buyer, i) => place(app, buyer.token, { expectedTotal: carts[i]!.totals.gross })));
    const placed = replies.filter((r) => r.status === 201).length;
    assert.equal(placed, 7, replies.map((r) => r.status).join(' '));
    assert.ok(replies.every((r) => r.status === 201 || r.status === 409));
    for (const id of ids) assert.equal(await stockOf(app, id), 0);
  });
});
