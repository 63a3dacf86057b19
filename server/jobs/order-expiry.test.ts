import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../test/harness.js';
import { admin, call, fillCart, newBuyer, place, product, stockOf } from '../test/ordering-fixtures.js';
import { expireOrders } from './order-expiry.js';

const HOUR = 3_600_000;

describe('the order expiry job', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  async function placedOrder(productId: number, quantity: number) {
    const buyer = await newBuyer(app);
    await fillCart(app, buyer.token, [{ productId, quantity }]);
    const reply = await place(app, buyer.token);
    assert.equal(reply.status, 201);
    return { buyer, order: reply.body };
  }

  const statusOf = async (id: number) => (await app.db.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [id]))[0]!.status;

  test('cancels orders not picked up within the supplier’s hours and returns their stock, leaving the others', async () => {
    await product(app, 50, { stock: 30, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const stale = await placedOrder(50, 4);
    const picked = await placedOrder(50, 3);
    await admin(app, 'PATCH', `/v1/admin/orders/${picked.order.id}/status`, { status: 'confirmed' });
    const awaitingPayment = await placedOrder(50, 2);
    await admin(app, 'PATCH', `/v1/admin/orders/${awaitingPayment.order.id}/status`, { status: 'pending_payment' });
    assert.equal(await stockOf(app, 50), 21);
    const placedAt = Date.parse(stale.order.placedAt);

    const early = await expireOrders(app.db, { now: () => new Date(placedAt + 47 * HOUR) });
    assert.ok(!early.includes(stale.order.id), 'not before 48 hours');
    assert.equal(await statusOf(stale.order.id), 'placed');

    const expired = await expireOrders(app.db, { now: () => new Date(placedAt + 49 * HOUR) });
    assert.ok(expired.includes(stale.order.id));
    assert.ok(expired.includes(awaitingPayment.order.id), 'pending payment is not picked up either');
    assert.ok(!expired.includes(picked.order.id));
    assert.equal(await statusOf(picked.order.id), 'confirmed');
    assert.equal(await stockOf(app, 50), 27, 'the 4 and the 2 came back; the confirmed 3 stay reserved');

    const seen = await call(app, 'GET', `/v1/orders/${stale.order.id}`, { token: stale.buyer.token });
    assert.equal(seen.body.status, 'cancelled');
    const last = seen.body.history.at(-1);
    assert.equal(last.note, 'Not confirmed by the supplier within 48 hours.');
    assert.equal(last.at, new Date(placedAt + 49 * HOUR).toISOString(), 'dated by the job’s clock');
  });

  test('never frees stock twice: run again, or twice at once', async () => {
    await product(app, 51, { stock: 10, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const { order, buyer } = await placedOrder(51, 6);
    assert.equal(await stockOf(app, 51), 4);
    const later = () => new Date(Date.parse(order.placedAt) + 100 * HOUR);
    const [first, second] = await Promise.all([expireOrders(app.db, { now: later }), expireOrders(app.db, { now: later })]);
    assert.equal([...first, ...second].filter((id) => id === order.id).length, 1, 'cancelled by one run only');
    assert.equal(await stockOf(app, 51), 10);
    assert.deepEqual(await expireOrders(app.db, { now: later }), []);
    assert.equal(await stockOf(app, 51), 10);
    // A buyer's cancel after the job changes nothing either.
    const reply = await call(app, 'POST', `/v1/orders/${order.id}/cancel`, { token: buyer.token });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.status, 'cancelled');
    assert.equal(await stockOf(app, 51), 10);
    const [{ n }] = (await app.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM order_status_history WHERE order_id = $1 AND status = 'cancelled'`,
      [order.id],
    )) as [{ n: number }];
    assert.equal(n, 1);
  });

  test('uses the supplier’s setting for the number of hours', async () => {
    await product(app, 52, { stock: 10, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const { order } = await placedOrder(52, 1);
    await app.db.query('UPDATE supplier SET order_expiry_hours = 2');
    try {
      const placedAt = Date.parse(order.placedAt);
      assert.deepEqual((await expireOrders(app.db, { now: () => new Date(placedAt + 1 * HOUR) })).includes(order.id), false);
      assert.deepEqual((await expireOrders(app.db, { now: () => new Date(placedAt + 3 * HOUR) })).includes(order.id), true);
      assert.equal(await stockOf(app, 52), 10);
    } finally {
      await app.db.query('UPDATE supplier SET order_expiry_hours = 48');
    }
  });
});
