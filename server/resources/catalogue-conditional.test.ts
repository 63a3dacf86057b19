import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../test/harness.js';

describe('conditional catalogue requests (ETag → 304)', () => {
  let app: TestApp;
  let anna: string;
  let liis: string;

  before(async () => {
    app = await startTestApp();
    anna = await app.signIn('anna@nordwerk.example');
    liis = await app.signIn('liis@balticbuild.example');
  });
  after(() => app.close());

  const get = (path: string, token: string, ifNoneMatch?: string) =>
    fetch(app.url + path, { headers: { origin: 'https://supplier.example', authorization: `Bearer ${token}`, ...(ifNoneMatch && { 'if-none-match': ifNoneMatch }) } });

  for (const path of ['/v1/products?pageSize=48', '/v1/products/1', '/v1/categories']) {
    test(`${path}: a weak ETag, private no-cache, and 304 without a body when it still matches`, async () => {
      const first = await get(path, anna);
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^W\/".+"$/);
      assert.equal(first.headers.get('cache-control'), 'private, no-cache');
      await first.text();

      const again = await get(path, anna, etag!);
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
      // A browser on another origin drops a 304 without these.
      assert.equal(again.headers.get('access-control-allow-origin'), '*');
      assert.equal(again.headers.get('cache-control'), 'private, no-cache');

      const stale = await get(path, anna, 'W/"something-else"');
      assert.equal(stale.status, 200);
      assert.equal(stale.headers.get('etag'), etag);
      await stale.text();
    });
  }

  test('a changed price gives the product and the page a new ETag, and the old one no longer answers 304', async () => {
    const page = await get('/v1/products?pageSize=48&sort=name', anna);
    const pageTag = page.headers.get('etag')!;
    const { items } = (await page.json()) as { items: { id: number; price: { amount: number } }[] };
    const first = items[0]!;
    const product = await get(`/v1/products/${first.id}`, anna);
    const productTag = product.headers.get('etag')!;
    await product.text();

    await app.db.query(`UPDATE price_list_items SET price = price + 100 WHERE product_id = $1`, [first.id]);

    const changed = await get(`/v1/products/${first.id}`, anna, productTag);
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), productTag);
    const body = (await changed.json()) as { price: { amount: number } };
    assert.notEqual(body.price.amount, first.price.amount);

    const pageAfter = await get('/v1/products?pageSize=48&sort=name', anna, pageTag);
    assert.equal(pageAfter.status, 200);
    assert.notEqual(pageAfter.headers.get('etag'), pageTag);
    await pageAfter.text();
  });

  test('another customer’s ETag for the same URL does not match (its prices differ)', async () => {
    const mine = await get('/v1/products?pageSize=48', anna);
    const theirs = await get('/v1/products?pageSize=48', liis);
    assert.notEqual(mine.headers.get('etag'), theirs.headers.get('etag'));
    await mine.text();
    await theirs.text();
    const crossed = await get('/v1/products?pageSize=48', liis, mine.headers.get('etag')!);
    assert.equal(crossed.status, 200);
    await crossed.text();
  });

  test('errors carry no ETag', async () => {
    const missing = await get('/v1/products/999999', anna);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('etag'), null);
    await missing.text();
  });
});
