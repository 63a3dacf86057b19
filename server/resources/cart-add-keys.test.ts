// A bulk add (quick order) retried with its Idempotency-Key adds its quantities once, however often
// and however concurrently it is repeated; the same key with other lines is refused.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../test/harness.js';
import { call, newBuyer, product } from '../test/ordering-fixtures.js';

describe('bulk add with an Idempotency-Key', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const add = (token: string, lines: unknown[], key?: string) =>
    call(app, 'POST', '/v1/cart/lines', { token, body: { lines }, headers: key ? { 'idempotency-key': key } : {} });
  const quantityIn = (cart: { lines: { product: { id: number }; quantity: number }[] }, productId: number) =>
    cart.lines.find((line) => line.product.id === productId)?.quantity ?? 0;

  test('a sequential retry answers the first results and adds nothing again', async () => {
    const { sku } = await product(app, 80, { stock: 500, minQuantity: 1, orderMultiple: 1 });
    const buyer = await newBuyer(app);
    const key = randomUUID();
    const lines = [{ sku, quantity: 3 }, { sku: 'NO-SUCH-SKU', quantity: 1 }];
    const first = await add(buyer.token, lines, key);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    assert.equal(quantityIn(first.body.cart, 80), 3);
    const again = await add(buyer.token, lines, key);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(again.body.results, first.body.results, 'the first answer, line by line');
    assert.equal(quantityIn(again.body.cart, 80), 3, 'not 6');
    // A new key is a new add.
    const next = await add(buyer.token, lines, randomUUID());
    assert.equal(quantityIn(next.body.cart, 80), 6);
  });

  test('parallel repeats of one key add once', async () => {
    const { sku } = await product(app, 81, { stock: 500, minQuantity: 1, orderMultiple: 1 });
    const buyer = await newBuyer(app);
    const key = randomUUID();
    const replies = await Promise.all(Array.from({ length: 6 }, () => add(buyer.token, [{ sku, quantity: 2 }], key)));
    assert.ok(replies.every((reply) => reply.status === 200), replies.map((reply) => reply.status).join());
    assert.equal(replies.filter((reply) => reply.headers.get('idempotent-replayed') !== 'true').length, 1, 'one add, five replays');
    const cart = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    assert.equal(quantityIn(cart.body, 81), 2);
  });

  test('the same key with other lines is a 409; keys are per cart; without a key every request adds', async () => {
    const { sku } = await product(app, 82, { stock: 500, minQuantity: 1, orderMultiple: 1 });
    const buyer = await newBuyer(app);
    const other = await newBuyer(app);
    const key = randomUUID();
    assert.equal((await add(buyer.token, [{ sku, quantity: 1 }], key)).status, 200);
    const reused = await add(buyer.token, [{ sku, quantity: 5 }], key);
    assert.equal(reused.status, 409);
    assert.equal(reused.body.error.details.kind, 'idempotency_key_reused');
    // Another buyer's cart does not know this key.
    const theirs = await add(other.token, [{ sku, quantity: 1 }], key);
    assert.equal(theirs.headers.get('idempotent-replayed'), null);
    assert.equal(quantityIn(theirs.body.cart, 82), 1);
    // Without a key (older clients), a repeat adds again.
    await add(buyer.token, [{ sku, quantity: 1 }]);
    const plain = await add(buyer.token, [{ sku, quantity: 1 }]);
    assert.equal(quantityIn(plain.body.cart, 82), 3);
    const short = await add(buyer.token, [{ sku, quantity: 1 }], 'short');
    assert.equal(short.status, 400, 'a key of fewer than 8 characters');
  });
});
