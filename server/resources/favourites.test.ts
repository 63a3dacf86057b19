import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Favourite, Product } from '../../contract/catalogue.js';
import { startTestApp } from '../test/harness.js';
import { usualQuantity } from './favourites.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

describe('favourites over HTTP', () => {
  let app: App;
  let mihaiAtConstructim: string; // customer 2: Romania partners, no power tools
  let mihaiAtAtelier: string; // customer 4: project builders, every third product
  let ioanaAtAtelier: string; // customer 4 too, another contact

  before(async () => {
    app = await startTestApp();
    mihaiAtConstructim = await app.signIn('mihai@constructim.example', 2);
    mihaiAtAtelier = await app.signIn('mihai@constructim.example', 4);
    ioanaAtAtelier = await app.signIn('ioana@ateliertehnic.example', 4);
  });
  after(() => app.close());

  const list = async (token: string) => {
    const { status, body } = await app.request('GET', '/v1/favourites', { token });
    assert.equal(status, 200);
    return body.items as Favourite[];
  };
  const save = (token: string, productId: number, body: object = {}) =>
    app.request('PUT', `/v1/favourites/${productId}`, { token, body });
  const remove = (token: string, productId: number) => app.request('DELETE', `/v1/favourites/${productId}`, { token });
  /** A product customer 4 can see (every third id) with the given minimum. */
  const atelierProduct = async (minimum: number) => {
    const [row] = await app.db.query<{ id: number }>(
      'SELECT id FROM products WHERE id % 3 = 0 AND min_quantity = $1 AND order_multiple = $1 ORDER BY id LIMIT 1',
      [minimum],
    );
    return row!.id;
  };

  it('keeps a favourite at current prices with the product minimum as its usual quantity', async () => {
    const productId = await atelierProduct(6);
    assert.deepEqual(await list(ioanaAtAtelier), []);
    const saved = await save(ioanaAtAtelier, productId);
    assert.equal(saved.status, 200);
    assert.equal(saved.body.quantity, 6);
    const [favourite] = await list(ioanaAtAtelier);
    const product = (await app.request('GET', `/v1/products/${productId}`, { token: ioanaAtAtelier })).body as Product;
    assert.deepEqual(favourite!.product, product);
    assert.equal(favourite!.quantity, 6);

    // A price change shows at once: favourites are read at current prices.
    await app.db.query('UPDATE price_list_items SET price = price + 100 WHERE price_list_id = 4 AND product_id = $1', [productId]);
    const [repriced] = await list(ioanaAtAtelier);
    assert.equal(repriced!.product.price.amount, product.price.amount + Math.round(100 * 4.975));
    assert.equal((await remove(ioanaAtAtelier, productId)).status, 204);
  });

  it('remembers the last quantity the buyer chose, and keeps it when saved again without one', async () => {
    const productId = await atelierProduct(1);
    assert.equal((await save(mihaiAtAtelier, productId, { quantity: 20 })).body.quantity, 20);
    assert.equal((await save(mihaiAtAtelier, productId)).body.quantity, 20);
    assert.equal((await list(mihaiAtAtelier)).find((item) => item.product.id === productId)!.quantity, 20);
    await remove(mihaiAtAtelier, productId);
  });

  it('refuses a usual quantity below the minimum or off the multiple, naming the field', async () => {
    const productId = await atelierProduct(6);
    const below = await save(mihaiAtAtelier, productId, { quantity: 3 });
    assert.equal(below.status, 400);
    assert.equal(below.body.error.fields.quantity, 'Order at least 6');
    const offMultiple = await save(mihaiAtAtelier, productId, { quantity: 8 });
    assert.equal(offMultiple.status, 400);
    assert.equal(offMultiple.body.error.fields.quantity, 'Order in multiples of 6');
    const notWhole = await save(mihaiAtAtelier, productId, { quantity: 6.5 });
    assert.equal(notWhole.status, 400);
    assert.ok(notWhole.body.error.fields.quantity);
    assert.deepEqual(await list(mihaiAtAtelier), []);
  });

  it('offers a valid quantity when the supplier has since changed the minimum or multiple', async () => {
    assert.equal(usualQuantity(null, 6, 6), 6);
    assert.equal(usualQuantity(20, 1, 1), 20);
    assert.equal(usualQuantity(20, 12, 12), 24);
    assert.equal(usualQuantity(2, 5, 1), 5);
    const productId = await atelierProduct(1);
    await save(mihaiAtAtelier, productId, { quantity: 20 });
    await app.db.query('UPDATE products SET min_quantity = 12, order_multiple = 12 WHERE id = $1', [productId]);
    try {
      assert.equal((await list(mihaiAtAtelier)).find((item) => item.product.id === productId)!.quantity, 24);
    } finally {
      await app.db.query('UPDATE products SET min_quantity = 1, order_multiple = 1 WHERE id = $1', [productId]);
      await remove(mihaiAtAtelier, productId);
    }
  });

  it("keeps each contact's favourites per customer: another customer's or contact's stay invisible", async () => {
    const shared = 3; // visible to Constructim (not a power tool) and to Atelier (a third)
    assert.equal((await save(mihaiAtConstructim, shared, { quantity: 4 })).status, 200);
    assert.deepEqual((await list(mihaiAtConstructim)).map((item) => item.product.id), [shared]);
    assert.deepEqual(await list(mihaiAtAtelier), []);
    assert.deepEqual(await list(ioanaAtAtelier), []);
    // Removing it elsewhere leaves it in place.
    assert.equal((await remove(mihaiAtAtelier, shared)).status, 204);
    assert.equal((await list(mihaiAtConstructim)).length, 1);
    assert.equal((await remove(mihaiAtConstructim, shared)).status, 204);
    assert.deepEqual(await list(mihaiAtConstructim), []);
  });

  it('answers 404 for a product the customer cannot see', async () => {
    const hidden = 1; // not a multiple of three: outside the project builders' list
    assert.equal((await save(ioanaAtAtelier, hidden)).status, 404);
    assert.equal((await remove(ioanaAtAtelier, hidden)).status, 404);
    assert.equal((await save(ioanaAtAtelier, 999_999)).status, 404);
    const [powerTool] = await app.db.query<{ id: number }>(`SELECT p.id FROM products p JOIN categories c ON c.id = p.category_id WHERE c.name = 'Power tools' LIMIT 1`);
    assert.equal((await save(mihaiAtConstructim, powerTool!.id)).status, 404);
  });

  it('drops a favourite from the list when its product leaves the customer’s range', async () => {
    const productId = await atelierProduct(1);
    await save(ioanaAtAtelier, productId);
    const [item] = await app.db.query<{ price: number }>('DELETE FROM price_list_items WHERE price_list_id = 4 AND product_id = $1 RETURNING price', [productId]);
    try {
      assert.deepEqual(await list(ioanaAtAtelier), []);
    } finally {
      await app.db.query('INSERT INTO price_list_items (price_list_id, product_id, price) VALUES (4, $1, $2)', [productId, item!.price]);
      await remove(ioanaAtAtelier, productId);
    }
  });

  it('needs a signed-in contact', async () => {
    assert.equal((await app.request('GET', '/v1/favourites')).status, 401);
    assert.equal((await app.request('PUT', '/v1/favourites/3', { body: {} })).status, 401);
    assert.equal((await app.request('DELETE', '/v1/favourites/3')).status, 401);
  });

  it('comes with demo favourites for Anna at Nordwerk', async () => {
    const anna = await app.signIn('anna@nordwerk.example', 1);
    const items = await list(anna);
    assert.equal(items.length, 3);
    assert.equal(items.find((item) => item.product.id === 3)!.quantity, 20);
  });
});
