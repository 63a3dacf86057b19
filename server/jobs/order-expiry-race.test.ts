// The order-expiry job racing buyers who place and cancel, and a supplier who confirms: stock is
// released once per order whichever of them gets there first, so what is on the shelf always equals
// what was there less what live orders hold, and never goes below zero or above the start.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../test/harness.js';
import { admin, call, fillCart, newBuyer, place, product, stockOf } from '../test/ordering-fixtures.js';
import { expireOrders } from './order-expiry.js';

const HOUR = 3_600_000;
const PRODUCT_ID = 60;
const INITIAL = 60;
const BUYERS = 6;
const ROUNDS = 6;

describe('the order expiry job during placements and cancellations', () => {
  let app: TestApp;
  // The server's clock, as tests control it: 49 hours ahead, every order placed just now is due.
  let shift = 49 * HOUR;
  const clock = () => new Date(Date.now() + shift);
  before(async () => {
    app = await startTestApp({ now: clock });
  });
  after(() => app.close());

  /** Units held by orders that are not cancelled or failed (their unreleased reservations). */
  async function reservedByLiveOrders() {
    const [row] = await app.db.query<{ held: number }>(
      `SELECT COALESCE(sum(r.quantity), 0)::int AS held FROM stock_reservations r JOIN orders o ON o.id = r.order_id
        WHERE r.product_id = $1 AND r.released_at IS NULL AND o.status NOT IN ('cancelled', 'failed')`,
      [PRODUCT_ID],
    );
    return row!.held;
  }

  // A bound, so a stuck run fails instead of holding up the suite.
  test('never frees stock twice and never leaves it negative or above the start', { timeout: 180_000 }, async () => {
    await product(app, PRODUCT_ID, { stock: INITIAL, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const buyers = await Promise.all(Array.from({ length: BUYERS }, () => newBuyer(app)));
    const seen: number[] = [];
    const tally = { placed: 0, refused: 0, cancelledByBuyer: 0, confirmed: 0, expired: 0, jobRuns: 0 };
    let running = true;

    const sampleStock = async () => {
      while (running) {
        seen.push(await stockOf(app, PRODUCT_ID));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    // Two job runs at a time, as two server processes would: the clock flips between "nothing due"
    // and "everything due", so runs start both with and without work.
    const expiryLoop = async () => {
      while (running) {
        tally.jobRuns++;
        tally.expired += (await expireOrders(app.db, { now: clock })).length;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
      }
    };
    const flipClock = async () => {
      while (running) {
        shift = shift === 0 ? 49 * HOUR : 0;
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    };
    const buyerLoop = async (buyer: Awaited<ReturnType<typeof newBuyer>>, n: number) => {
      for (let round = 0; round < ROUNDS; round++) {
        await fillCart(app, buyer.token, [{ productId: PRODUCT_ID, quantity: 1 + ((n + round) % 5) }]);
        const reply = await place(app, buyer.token);
        if (reply.status !== 201) {
          // Out of stock for now (409), or the cart changed under us: empty the cart and go on.
          assert.equal(reply.status, 409, JSON.stringify(reply.body));
          tally.refused++;
          await call(app, 'DELETE', '/v1/cart', { token: buyer.token });
          continue;
        }
        tally.placed++;
        const id = reply.body.id as number;
        // Every other order the buyer cancels at once (racing the job); some the supplier confirms.
        if (round % 2 === 0) {
          const cancelled = await call(app, 'POST', `/v1/orders/${id}/cancel`, { token: buyer.token });
          assert.ok([200, 409].includes(cancelled.status), `cancel: ${cancelled.status}`);
          if (cancelled.status === 200) tally.cancelledByBuyer++;
        } else if (round % 3 === 1) {
          const confirmed = await admin(app, 'PATCH', `/v1/admin/orders/${id}/status`, { status: 'confirmed' });
          assert.ok([200, 409].includes(confirmed.status), `confirm: ${confirmed.status}`);
          if (confirmed.status === 200) tally.confirmed++;
        }
      }
    };

    const background = [sampleStock(), expiryLoop(), expiryLoop(), flipClock()];
    try {
      await Promise.all(buyers.map(buyerLoop));
    } finally {
      // Stop the job and the sampler whatever happened to the buyers.
      running = false;
      await Promise.allSettled(background);
    }
    // A last run with everything due: only confirmed orders still hold stock.
    shift = 49 * HOUR;
    tally.expired += (await expireOrders(app.db, { now: clock })).length;

    const stock = await stockOf(app, PRODUCT_ID);
    const held = await reservedByLiveOrders();
    assert.ok(tally.placed > BUYERS, `enough orders placed to race (${JSON.stringify(tally)})`);
    assert.ok(tally.expired > 0, `the job expired some orders (${JSON.stringify(tally)})`);
    assert.equal(stock, INITIAL - held, `stock ${stock} = ${INITIAL} − ${held} held by live orders (${JSON.stringify(tally)})`);
    assert.ok(seen.length > 0 && seen.every((units) => units >= 0 && units <= INITIAL), `every sample in 0…${INITIAL}: ${Math.min(...seen)}…${Math.max(...seen)}`);

    // Each ended order was cancelled once and released everything it held, once.
    const twice = await app.db.query(
      `SELECT order_id FROM order_status_history h JOIN orders o ON o.id = h.order_id
        WHERE o.customer_id = ANY($1::int[]) AND h.status = 'cancelled' GROUP BY order_id HAVING count(*) > 1`,
      [buyers.map((buyer) => buyer.customerId)],
    );
    assert.deepEqual(twice, [], 'no order cancelled twice');
    const stillHeld = await app.db.query(
      `SELECT r.order_id FROM stock_reservations r JOIN orders o ON o.id = r.order_id
        WHERE o.status IN ('cancelled', 'failed') AND r.released_at IS NULL`,
    );
    assert.deepEqual(stillHeld, [], 'no cancelled order still holds stock');
    const live = await app.db.query<{ status: string }>(
      `SELECT status FROM orders WHERE customer_id = ANY($1::int[]) AND status NOT IN ('cancelled', 'failed')`,
      [buyers.map((buyer) => buyer.customerId)],
    );
    assert.ok(live.every((order) => order.status === 'confirmed'), 'only confirmed orders outlive the job');
  });
});
