import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../test/harness.js';
import { admin, call, newBuyer, product } from '../test/ordering-fixtures.js';

describe('the cart', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  test('a contact without a cart gets an empty one in its currency', async () => {
    const buyer = await newBuyer(app);
    const { status, body } = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    assert.equal(status, 200);
    assert.deepEqual(body.lines, []);
    assert.equal(body.note, '');
    assert.equal(body.delivery, null);
    assert.deepEqual(body.totals.gross, { amount: 0, currency: 'EUR' });
    assert.equal(body.version, 0);
  });

  test('setting quantities prices each line and totals are the sum of the lines, with VAT per line', async () => {
    const buyer = await newBuyer(app);
    const a = await product(app, 1, { stock: 100, minQuantity: 1, orderMultiple: 1 });
    const b = await product(app, 2, { stock: 100, minQuantity: 1, orderMultiple: 1 });
    await call(app, 'PUT', `/v1/cart/lines/${a.id}`, { token: buyer.token, body: { quantity: 3 } });
    const { status, body } = await call(app, 'PUT', `/v1/cart/lines/${b.id}`, { token: buyer.token, body: { quantity: 7 } });
    assert.equal(status, 200);
    assert.deepEqual(body.lines.map((line: { product: { sku: string }; quantity: number }) => [line.product.sku, line.quantity]), [[a.sku, 3], [b.sku, 7]]);
    const [first, second] = body.lines;
    assert.deepEqual(first.unitPrice, { amount: a.price, currency: 'EUR' });
    assert.equal(first.lineTotal.amount, a.price * 3);
    assert.equal(second.lineTotal.amount, b.price * 7);
    const net = a.price * 3 + b.price * 7;
    const vat = Math.round((a.price * 3 * a.vat_rate) / 100) + Math.round((b.price * 7 * b.vat_rate) / 100);
    assert.deepEqual(body.totals, {
      net: { amount: net, currency: 'EUR' },
      vat: { amount: vat, currency: 'EUR' },
      gross: { amount: net + vat, currency: 'EUR' },
    });
    assert.equal(body.version, 2, 'each change bumps the version');
    assert.deepEqual(first.problems, []);
  });

  test('a quantity below the minimum or off the order multiple is refused with a field message', async () => {
    const buyer = await newBuyer(app);
    const packed = await product(app, 3, { stock: 500, minQuantity: 6, orderMultiple: 6 });
    const below = await call(app, 'PUT', `/v1/cart/lines/${packed.id}`, { token: buyer.token, body: { quantity: 4 } });
    assert.equal(below.status, 400);
    assert.equal(below.body.error.code, 'validation_failed');
    assert.equal(below.body.error.fields.quantity, 'The minimum is 6.');
    assert.equal(below.body.error.fieldIssues.quantity.code, 'below_minimum', 'a code clients can word in any language');
    assert.equal(below.body.error.fieldIssues.quantity.params.min, 6);
    const offMultiple = await call(app, 'PUT', `/v1/cart/lines/${packed.id}`, { token: buyer.token, body: { quantity: 8 } });
    assert.equal(offMultiple.status, 400);
    assert.equal(offMultiple.body.error.fields.quantity, 'Order in multiples of 6.');
    assert.equal(offMultiple.body.error.fieldIssues.quantity.code, 'not_multiple');
    for (const quantity of [-1, 2.5, 'six', null]) {
      const bad = await call(app, 'PUT', `/v1/cart/lines/${packed.id}`, { token: buyer.token, body: { quantity } });
      assert.equal(bad.status, 400, `quantity ${quantity}`);
      assert.ok(bad.body.error.fields.quantity, `a field message for ${quantity}`);
      assert.ok(bad.body.error.fieldIssues.quantity.code, `a field code for ${quantity}`);
    }
    const good = await call(app, 'PUT', `/v1/cart/lines/${packed.id}`, { token: buyer.token, body: { quantity: 12 } });
    assert.equal(good.status, 200);
    assert.equal(good.body.lines[0].quantity, 12);
    const cart = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    assert.equal(cart.body.lines.length, 1, 'refused edits left nothing behind');
  });

  test('a product the customer cannot see is a 404, and so is an unknown one', async () => {
    // Constructim's RON price list has no power tools (category 3).
    const token = await app.signIn('mihai@constructim.example', 2);
    const [powerTool] = await app.db.query<{ id: number }>('SELECT id FROM products WHERE category_id = 3 ORDER BY id LIMIT 1');
    const hidden = await call(app, 'PUT', `/v1/cart/lines/${powerTool!.id}`, { token, body: { quantity: 1 } });
    assert.equal(hidden.status, 404);
    assert.equal(hidden.body.error.code, 'not_found');
    const unknown = await call(app, 'PUT', '/v1/cart/lines/999999', { token, body: { quantity: 1 } });
    assert.equal(unknown.status, 404);
  });

  test('quantity 0 and DELETE remove a line; DELETE /v1/cart empties everything', async () => {
    const buyer = await newBuyer(app);
    await product(app, 4, { stock: 50, minQuantity: 1, orderMultiple: 1 });
    await product(app, 5, { stock: 50, minQuantity: 1, orderMultiple: 1 });
    await call(app, 'PUT', '/v1/cart/lines/4', { token: buyer.token, body: { quantity: 2 } });
    await call(app, 'PUT', '/v1/cart/lines/5', { token: buyer.token, body: { quantity: 2 } });
    const zero = await call(app, 'PUT', '/v1/cart/lines/4', { token: buyer.token, body: { quantity: 0 } });
    assert.deepEqual(zero.body.lines.map((line: { product: { id: number } }) => line.product.id), [5]);
    const removed = await call(app, 'DELETE', '/v1/cart/lines/5', { token: buyer.token });
    assert.deepEqual(removed.body.lines, []);
    await call(app, 'PUT', '/v1/cart/lines/4', { token: buyer.token, body: { quantity: 1 } });
    await call(app, 'PATCH', '/v1/cart', { token: buyer.token, body: { note: 'Ring the bell', delivery: { kind: 'pickup' } } });
    const cleared = await call(app, 'DELETE', '/v1/cart', { token: buyer.token });
    assert.equal(cleared.status, 200);
    assert.deepEqual([cleared.body.lines, cleared.body.note, cleared.body.delivery], [[], '', null]);
  });

  test('raising a line above the stock is refused unless the product allows pre-orders; then the line is a pre-order', async () => {
    const buyer = await newBuyer(app);
    await product(app, 6, { stock: 3, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    const [{ unit }] = (await app.db.query<{ unit: string }>('SELECT unit FROM products WHERE id = 6')) as [{ unit: string }];
    const over = await call(app, 'PUT', '/v1/cart/lines/6', { token: buyer.token, body: { quantity: 5 } });
    assert.equal(over.status, 409);
    assert.equal(over.body.error.code, 'conflict');
    assert.equal(over.body.error.message, `Only 3 ${unit} in stock.`);
    assert.deepEqual(over.body.error.fieldIssues, { quantity: { code: 'insufficient_stock', params: { stock: 3, unit } } });
    await app.db.query(`UPDATE supplier SET stock_display = 'availability'`);
    const hidden = await call(app, 'PUT', '/v1/cart/lines/6', { token: buyer.token, body: { quantity: 5 } });
    assert.equal(hidden.body.error.message, 'Not enough in stock.', 'no exact figure when the supplier shows only availability');
    assert.deepEqual(hidden.body.error.fieldIssues, { quantity: { code: 'insufficient_stock' } });
    await app.db.query(`UPDATE supplier SET stock_display = 'quantity'`);
    await product(app, 6, { allowPreorder: true });
    const preorder = await call(app, 'PUT', '/v1/cart/lines/6', { token: buyer.token, body: { quantity: 5 } });
    assert.equal(preorder.status, 200);
    assert.equal(preorder.body.lines[0].preorder, true);
    assert.deepEqual(preorder.body.lines[0].problems, []);
  });

  test('note and delivery: own addresses or pickup; another customer’s address is a 404', async () => {
    const buyer = await newBuyer(app);
    const other = await newBuyer(app);
    const own = await call(app, 'PATCH', '/v1/cart', { token: buyer.token, body: { note: 'Gate 3', delivery: { kind: 'address', addressId: buyer.addressId } } });
    assert.equal(own.status, 200);
    assert.equal(own.body.note, 'Gate 3');
    assert.deepEqual(own.body.delivery, { kind: 'address', addressId: buyer.addressId });
    const foreign = await call(app, 'PATCH', '/v1/cart', { token: buyer.token, body: { delivery: { kind: 'address', addressId: other.addressId } } });
    assert.equal(foreign.status, 404);
    const pickup = await call(app, 'PATCH', '/v1/cart', { token: buyer.token, body: { delivery: { kind: 'pickup' } } });
    assert.deepEqual(pickup.body.delivery, { kind: 'pickup' });
    assert.equal(pickup.body.note, 'Gate 3', 'a PATCH changes only what it names');
    const tooLong = await call(app, 'PATCH', '/v1/cart', { token: buyer.token, body: { note: 'x'.repeat(2001) } });
    assert.equal(tooLong.status, 400);
    assert.ok(tooLong.body.error.fields.note);
    assert.deepEqual(tooLong.body.error.fieldIssues.note, { code: 'too_long', params: { max: 2000 } });
  });

  test('the cart belongs to one contact in one customer account', async () => {
    // Mihai has two accounts; Ioana shares Atelier Tehnic with him.
    const mihaiConstructim = await app.signIn('mihai@constructim.example', 2);
    const mihaiAtelier = await app.signIn('mihai@constructim.example', 4);
    const ioanaAtelier = await app.signIn('ioana@ateliertehnic.example');
    const anna = await app.signIn('anna@nordwerk.example');
    // Product 9 is in every price list (id divisible by 3, not a power tool).
    await product(app, 9, { stock: 100, minQuantity: 1, orderMultiple: 1 });
    const added = await call(app, 'PUT', '/v1/cart/lines/9', { token: mihaiAtelier, body: { quantity: 12 } });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    for (const token of [mihaiConstructim, ioanaAtelier, anna]) {
      const other = await call(app, 'GET', '/v1/cart', { token });
      assert.equal(other.body.lines.length, 0);
    }
    // Another contact's change goes to its own cart only.
    await call(app, 'DELETE', '/v1/cart', { token: ioanaAtelier });
    const still = await call(app, 'GET', '/v1/cart', { token: mihaiAtelier });
    assert.equal(still.body.lines.length, 1);
    assert.equal(still.body.totals.gross.currency, 'RON');
    await call(app, 'DELETE', '/v1/cart', { token: mihaiAtelier });
  });

  test('lines that break a rule later are marked with the reason; unavailable lines count for nothing', async () => {
    const buyer = await newBuyer(app);
    await product(app, 10, { stock: 100, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    await product(app, 11, { stock: 100, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    await product(app, 12, { stock: 100, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    await product(app, 14, { stock: 100, minQuantity: 1, orderMultiple: 1, allowPreorder: false });
    for (const id of [10, 11, 12, 14]) await call(app, 'PUT', `/v1/cart/lines/${id}`, { token: buyer.token, body: { quantity: 5 } });
    await product(app, 10, { minQuantity: 10, orderMultiple: 10 });
    await product(app, 14, { orderMultiple: 4 });
    await product(app, 11, { stock: 2 });
    await product(app, 12, { active: false });
    const { body } = await call(app, 'GET', '/v1/cart', { token: buyer.token });
    const problems = Object.fromEntries(body.lines.map((line: { product: { id: number }; problems: { code: string }[] }) => [line.product.id, line.problems.map((p) => p.code)]));
    assert.deepEqual(problems, { 10: ['below_minimum'], 11: ['insufficient_stock'], 12: ['unavailable'], 14: ['not_multiple'] });
    const unavailable = body.lines.find((line: { product: { id: number } }) => line.product.id === 12);
    assert.equal(unavailable.unitPrice, null);
    assert.equal(unavailable.lineTotal, null);
    const counted = body.lines.filter((line: { lineTotal: unknown }) => line.lineTotal).reduce((sum: number, line: { lineTotal: { amount: number } }) => sum + line.lineTotal.amount, 0);
    assert.equal(body.totals.net.amount, counted);
    // A line whose product is gone can still be removed with quantity 0.
    const removed = await call(app, 'PUT', '/v1/cart/lines/12', { token: buyer.token, body: { quantity: 0 } });
    assert.equal(removed.status, 200);
    await product(app, 12, { active: true });
    await product(app, 10, { minQuantity: 1, orderMultiple: 1 });
    await product(app, 14, { orderMultiple: 1 });
    await product(app, 11, { stock: 100 });
  });

  test('a supplier sees carts with the admin key only', async () => {
    const buyer = await newBuyer(app);
    await product(app, 13, { stock: 100, minQuantity: 1, orderMultiple: 1 });
    await call(app, 'PUT', '/v1/cart/lines/13', { token: buyer.token, body: { quantity: 4 } });
    const refused = await call(app, 'GET', '/v1/admin/carts');
    assert.equal(refused.status, 401);
    const { status, body } = await admin(app, 'GET', `/v1/admin/carts?customerId=${buyer.customerId}`);
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    assert.equal(body.items[0].contact.email, buyer.email);
    assert.equal(body.items[0].cart.lines[0].quantity, 4);
  });
});

describe('quick order: adding many lines', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  test('answers each line: added, unknown SKU, invalid quantity, not orderable; valid lines go in', async () => {
    const buyer = await newBuyer(app);
    const plain = await product(app, 1, { stock: 100, minQuantity: 1, orderMultiple: 1 });
    const packed = await product(app, 2, { stock: 100, minQuantity: 6, orderMultiple: 6 });
    const empty = await product(app, 3, { stock: 0, allowPreorder: false, minQuantity: 1, orderMultiple: 1 });
    const preorder = await product(app, 4, { stock: 0, allowPreorder: true, minQuantity: 1, orderMultiple: 1 });
    const { status, body } = await call(app, 'POST', '/v1/cart/lines', {
      token: buyer.token,
      body: {
        lines: [
          { sku: plain.sku.toLowerCase(), quantity: '5' },
          { sku: 'NO-SUCH-SKU', quantity: 1 },
          { sku: plain.sku, quantity: 'five' },
          { sku: plain.sku, quantity: 0 },
          { sku: plain.sku, quantity: 1.5 },
          { sku: packed.sku, quantity: 4 },
          { sku: packed.sku, quantity: 12 },
          { sku: empty.sku, quantity: 1 },
          { productId: preorder.id, quantity: 3 },
          { sku: plain.sku, quantity: 2 },
          { quantity: 1 },
        ],
      },
    });
    assert.equal(status, 200);
    const summary = body.results.map((r: { status: string; code?: string; quantity?: number }) => (r.status === 'added' ? `added ${r.quantity}` : r.code));
    assert.deepEqual(summary, [
      'added 5', 'unknown_sku', 'invalid_quantity', 'invalid_quantity', 'invalid_quantity', 'invalid_quantity',
      'added 12', 'not_orderable', 'added 3', 'added 7', 'unknown_sku',
    ]);
    assert.equal(body.results[5].message, 'The minimum is 6.');
    assert.equal(body.results[7].message, 'Out of stock.');
    // The same as stable codes, for clients that word them in another language.
    assert.deepEqual(body.results[5].issue, { code: 'below_minimum', params: { min: 6, unit: body.cart.lines.find((line: { product: { id: number } }) => line.product.id === packed.id).product.unit } });
    assert.deepEqual(body.results[7].issue, { code: 'out_of_stock' });
    assert.equal(body.results[2].issue.code, 'too_small');
    assert.equal(body.results[1].sku, 'NO-SUCH-SKU');
    const huge = await call(app, 'POST', '/v1/cart/lines', { token: buyer.token, body: { lines: [{ productId: 2_147_483_648, quantity: 1 }] } });
    assert.equal(huge.status, 200, 'an id beyond the integer range is an unknown line, not a server error');
    assert.equal(huge.body.results[0].code, 'unknown_sku');
    const lines = Object.fromEntries(body.cart.lines.map((line: { product: { id: number }; quantity: number }) => [line.product.id, line.quantity]));
    assert.deepEqual(lines, { [plain.id]: 7, [packed.id]: 12, [preorder.id]: 3 });
  });

  test('a SKU the customer cannot see is reported as unknown, never revealed', async () => {
    const token = await app.signIn('mihai@constructim.example', 2);
    const [powerTool] = await app.db.query<{ sku: string }>('SELECT sku FROM products WHERE category_id = 3 ORDER BY id LIMIT 1');
    const { body } = await call(app, 'POST', '/v1/cart/lines', { token, body: { lines: [{ sku: powerTool!.sku, quantity: 1 }] } });
    assert.equal(body.results[0].code, 'unknown_sku');
    assert.equal(body.cart.lines.length, 0);
  });

  test('refuses an empty or oversized request as a whole', async () => {
    const buyer = await newBuyer(app);
    const none = await call(app, 'POST', '/v1/cart/lines', { token: buyer.token, body: { lines: [] } });
    assert.equal(none.status, 400);
    const many = await call(app, 'POST', '/v1/cart/lines', { token: buyer.token, body: { lines: Array.from({ length: 501 }, () => ({ sku: 'X', quantity: 1 })) } });
    assert.equal(many.status, 400);
  });

  test('SKU lookup as you type: visible products at the customer’s prices, exact match first', async () => {
    const anna = await app.signIn('anna@nordwerk.example');
    const { status, body } = await call(app, 'GET', '/v1/products/lookup?sku=fas-100', { token: anna });
    assert.equal(status, 200);
    assert.ok(body.items.length > 0 && body.items.length <= 8);
    assert.ok(body.items.every((item: { sku: string }) => item.sku.startsWith('FAS-100')));
    const exact = await call(app, 'GET', '/v1/products/lookup?sku=FAS-1010&limit=3', { token: anna });
    assert.equal(exact.body.items[0].sku, 'FAS-1010');
    // Nordwerk buys on the Gold list: 85% of standard.
    const [standard] = await app.db.query<{ price: number }>(`SELECT price FROM price_list_items WHERE price_list_id = 2 AND product_id = 10`);
    assert.equal(exact.body.items[0].price.amount, standard!.price);
    const mihai = await app.signIn('mihai@constructim.example', 2);
    const hidden = await call(app, 'GET', '/v1/products/lookup?sku=POW', { token: mihai });
    assert.deepEqual(hidden.body.items, [], 'power tools are not on the Romanian list');
    const inRon = await call(app, 'GET', '/v1/products/lookup?q=FAS-1010', { token: mihai });
    assert.equal(inRon.body.items[0].price.currency, 'RON');
    const byName = await call(app, 'GET', '/v1/products/lookup?q=hammer', { token: anna });
    assert.ok(byName.body.items.length > 0);
    assert.ok(byName.body.items.every((item: { name: string }) => /hammer/i.test(item.name)));
  });

  test('the customer’s delivery addresses and the supplier’s pickup location', async () => {
    const anna = await app.signIn('anna@nordwerk.example');
    const { status, body } = await call(app, 'GET', '/v1/addresses', { token: anna });
    assert.equal(status, 200);
    assert.deepEqual(body.items.map((a: { label: string }) => a.label), ['Main warehouse', 'Berlin branch']);
    assert.equal(body.items[0].isDefault, true);
    assert.equal(body.pickup.city, 'Bremen');
    const liis = await app.signIn('liis@balticbuild.example');
    const other = await call(app, 'GET', '/v1/addresses', { token: liis });
    assert.deepEqual(other.body.items.map((a: { country: string }) => a.country), ['EE']);
  });
});
