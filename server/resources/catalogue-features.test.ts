import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Product, ProductPage } from '../../contract/catalogue.js';
import { startTestApp } from '../test/harness.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

describe('catalogue over HTTP', () => {
  let app: App;
  let nordwerk: string; // gold list, EUR
  let builders: string; // project builders: every third product, RON

  before(async () => {
    app = await startTestApp();
    nordwerk = await app.signIn('anna@nordwerk.example', 1);
    builders = await app.signIn('ioana@ateliertehnic.example', 4);
  });
  after(() => app.close());

  const products = async (token: string, query = '') =>
    (await app.request('GET', `/v1/products${query}`, { token })).body as ProductPage;

  it('sends gross prices the server computed from the VAT rate', async () => {
    const page = await products(nordwerk, '?pageSize=50');
    for (const product of page.items) {
      assert.equal(product.priceGross.amount, Math.round((product.price.amount * (100 + product.vatRate)) / 100));
      assert.equal(product.priceGross.currency, product.price.currency);
      assert.ok(product.listPrice && product.listPriceGross, 'the gold list differs from the standard list');
      assert.equal(product.listPriceGross.amount, Math.round((product.listPrice.amount * (100 + product.vatRate)) / 100));
    }
    const ron = await products(builders, '?pageSize=5');
    assert.equal(ron.items[0]!.priceGross.currency, 'RON');
  });

  it('says whether a product may be pre-ordered', async () => {
    const [row] = await app.db.query<{ id: number; allow_preorder: boolean }>('SELECT id, allow_preorder FROM products WHERE allow_preorder LIMIT 1');
    const product = (await app.request('GET', `/v1/products/${row!.id}`, { token: nordwerk })).body as Product;
    assert.equal(product.allowPreorder, true);
    const [other] = await app.db.query<{ id: number }>('SELECT id FROM products WHERE NOT allow_preorder LIMIT 1');
    assert.equal(((await app.request('GET', `/v1/products/${other!.id}`, { token: nordwerk })).body as Product).allowPreorder, false);
  });

  it('tells anyone how the supplier shows prices and stock', async () => {
    assert.deepEqual((await app.request('GET', '/v1/settings')).body, { pricesIncludeVat: false, stockDisplay: 'quantity' });
    await app.db.query(`UPDATE supplier SET prices_include_vat = true, stock_display = 'availability'`);
    try {
      assert.deepEqual((await app.request('GET', '/v1/settings')).body, { pricesIncludeVat: true, stockDisplay: 'availability' });
      const page = await products(nordwerk, '?pageSize=3');
      assert.equal(page.items[0]!.stock.kind, 'availability');
    } finally {
      await app.db.query(`UPDATE supplier SET prices_include_vat = false, stock_display = 'quantity'`);
    }
  });

  it('lists at most five promoted products the customer can see, in the supplier’s order', async () => {
    const promoted = await app.db.query<{ id: number }>('SELECT id FROM products WHERE promoted_rank IS NOT NULL ORDER BY promoted_rank');
    assert.equal(promoted.length, 5);
    // A sixth promoted product, ranked first: it leads, and the last of the others drops off.
    await app.db.query('UPDATE products SET promoted_rank = 0 WHERE id = 7');
    try {
      const { status, body } = await app.request('GET', '/v1/products/promoted', { token: nordwerk });
      assert.equal(status, 200);
      assert.deepEqual(body.items.map((product: Product) => product.id), [7, ...promoted.slice(0, 4).map((row) => row.id)]);
      assert.ok(body.items[0].price.amount > 0);
    } finally {
      await app.db.query('UPDATE products SET promoted_rank = NULL WHERE id = 7');
    }
    // Project builders see every third product only.
    const theirs = (await app.request('GET', '/v1/products/promoted', { token: builders })).body.items as Product[];
    assert.deepEqual(theirs.map((product) => product.id), promoted.map((row) => row.id).filter((id) => id % 3 === 0));
    assert.equal((await app.request('GET', '/v1/products/promoted')).status, 401);
  });

  it('lists the tags of visible products with counts that match the tag filter', async () => {
    const { status, body } = await app.request('GET', '/v1/tags', { token: builders });
    assert.equal(status, 200);
    const names = body.items.map((tag: { name: string }) => tag.name);
    assert.deepEqual(names, [...names].sort());
    for (const tag of body.items as { name: string; productCount: number }[]) {
      assert.equal((await products(builders, `?tag=${encodeURIComponent(tag.name)}&pageSize=1`)).total, tag.productCount);
    }
    const total = (await products(builders, '?pageSize=1')).total;
    const all = (await products(nordwerk, '?pageSize=1')).total;
    assert.ok(total < all);
    const nordwerkTags = (await app.request('GET', '/v1/tags', { token: nordwerk })).body.items as { productCount: number }[];
    assert.ok(nordwerkTags.reduce((sum, tag) => sum + tag.productCount, 0) > body.items.reduce((sum: number, tag: { productCount: number }) => sum + tag.productCount, 0));
    assert.equal((await app.request('GET', '/v1/tags')).status, 401);
  });

  it('searches % and _ as the characters they are, not as wildcards', async () => {
    await app.db.query(`
      INSERT INTO products (sku, name, description, category_id) VALUES
        ('ESC-1', 'Cotton rag 100% pure', 'Soft', 1), ('ESC-2', 'Drill bit_set', 'Hard', 1), ('ESC-3', 'Plain rag', 'Soft', 1);
      `);
    await app.db.query(`INSERT INTO price_list_items (price_list_id, product_id, price) SELECT 2, id, 100 FROM products WHERE sku LIKE 'ESC-%'`);
    const names = async (q: string) => (await products(nordwerk, `?q=${encodeURIComponent(q)}`)).items.map((product) => product.name);
    assert.deepEqual(await names('%'), ['Cotton rag 100% pure']);
    assert.deepEqual(await names('0% p'), ['Cotton rag 100% pure']);
    assert.deepEqual(await names('_'), ['Drill bit_set']);
    assert.deepEqual(await names('n_r'), []); // as a wildcard it would match "Plain rag"
    assert.deepEqual(await names('esc-'), ['Cotton rag 100% pure', 'Drill bit_set', 'Plain rag']);
    assert.deepEqual(await names('\\'), []);
  });

  it('pages consistently and reports the total past the last page', async () => {
    const wide = await products(nordwerk, '?sort=-price&pageSize=10');
    const second = await products(nordwerk, '?sort=-price&pageSize=5&page=2');
    assert.deepEqual(second.items.map((product) => product.id), wide.items.slice(5).map((product) => product.id));
    const prices = wide.items.map((product) => product.price.amount);
    assert.deepEqual(prices, [...prices].sort((a, b) => b - a));
    const beyond = await products(nordwerk, '?page=1000&pageSize=50');
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, wide.total);
  });
});
