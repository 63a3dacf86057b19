import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Product, ProductPage } from '../../contract/catalogue.js';
import { startTestApp, type TestApp } from '../test/harness.js';

// EUR → RON as seeded; integer arithmetic so that halves round as the database rounds them.
const toRon = (eur: number) => Math.round((eur * 4975) / 1000);

describe('the priced catalogue', () => {
  let app: TestApp;
  const tokens = {} as Record<'nordwerk' | 'constructim' | 'baltic' | 'atelier', string>;
  const lists = {} as Record<'standard' | 'gold' | 'romania' | 'builders', Map<number, number>>;
  let powerTools: number;

  before(async () => {
    app = await startTestApp();
    const [constructim] = await app.db.query<{ id: number }>(`SELECT id FROM customers WHERE name = 'Constructim SRL'`);
    tokens.nordwerk = await app.signIn('anna@nordwerk.example');
    tokens.constructim = await app.signIn('mihai@constructim.example', constructim!.id);
    tokens.baltic = await app.signIn('liis@balticbuild.example');
    tokens.atelier = await app.signIn('ioana@ateliertehnic.example');
    // What each price list holds, read straight from its table: product id → price in the list's currency.
    const names = { standard: 'Standard', gold: 'Gold distributors', romania: 'Romania partners', builders: 'Project builders' } as const;
    for (const [key, name] of Object.entries(names) as [keyof typeof lists, string][]) {
      const rows = await app.db.query<{ product_id: number; price: number }>(
        `SELECT pli.product_id, pli.price FROM price_list_items pli JOIN price_lists pl ON pl.id = pli.price_list_id WHERE pl.name = $1`,
        [name],
      );
      lists[key] = new Map(rows.map((row) => [row.product_id, Number(row.price)]));
    }
    const [category] = await app.db.query<{ id: number }>(`SELECT id FROM categories WHERE name = 'Power tools'`);
    powerTools = category!.id;
  });
  after(() => app.close());

  async function page(token: string, query = ''): Promise<ProductPage> {
    const reply = await app.request('GET', `/v1/products${query}`, { token });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body;
  }

  /** Every product the query matches, over all pages, checking that the pages agree on the total. */
  async function everything(token: string, query = ''): Promise<Product[]> {
    const items: Product[] = [];
    for (let number = 1; ; number++) {
      const next = await page(token, `?pageSize=100&page=${number}${query}`);
      items.push(...next.items);
      if (next.items.length < 100) {
        assert.equal(items.length, next.total, `total of ${query}`);
        return items;
      }
    }
  }

  const ids = (items: Product[]) => items.map((item) => item.id).sort((a, b) => a - b);
  const sortedKeys = (map: Map<number, number>) => [...map.keys()].sort((a, b) => a - b);

  test('Constructim sees only its RON list, without power tools, at that list’s prices', async () => {
    const items = await everything(tokens.constructim);
    assert.equal(lists.romania.size, 312 - 26);
    assert.deepEqual(ids(items), sortedKeys(lists.romania));
    for (const item of items) {
      assert.notEqual(item.category.id, powerTools, item.sku);
      assert.deepEqual(item.price, { amount: lists.romania.get(item.id), currency: 'RON' }, item.sku);
      assert.deepEqual(item.listPrice, { amount: toRon(lists.standard.get(item.id)!), currency: 'RON' }, item.sku);
    }
  });

  test('Atelier Tehnic sees its EUR list converted into RON', async () => {
    const items = await everything(tokens.atelier);
    assert.equal(items.length, 104);
    assert.deepEqual(ids(items), sortedKeys(lists.builders));
    for (const item of items) {
      assert.equal(item.id % 3, 0, item.sku);
      assert.deepEqual(item.price, { amount: toRon(lists.builders.get(item.id)!), currency: 'RON' }, item.sku);
      assert.deepEqual(item.listPrice, { amount: toRon(lists.standard.get(item.id)!), currency: 'RON' }, item.sku);
    }
  });

  test('a customer without a price list sees the default list, with no list price', async () => {
    const items = await everything(tokens.baltic);
    assert.deepEqual(ids(items), sortedKeys(lists.standard));
    assert.equal(items.length, 312);
    for (const item of items) {
      assert.deepEqual(item.price, { amount: lists.standard.get(item.id), currency: 'EUR' }, item.sku);
      assert.equal(item.listPrice, null, item.sku);
    }
  });

  test('a discounted customer sees the default price as its list price', async () => {
    const items = await everything(tokens.nordwerk);
    assert.deepEqual(ids(items), sortedKeys(lists.gold));
    for (const item of items) {
      assert.deepEqual(item.price, { amount: lists.gold.get(item.id), currency: 'EUR' }, item.sku);
      assert.deepEqual(item.listPrice, { amount: lists.standard.get(item.id), currency: 'EUR' }, item.sku);
    }
  });

  test('the list price is left out where it equals the customer’s price', async () => {
    const productId = 7;
    const standard = lists.standard.get(productId)!;
    await app.db.query(
      `UPDATE price_list_items SET price = $1 WHERE product_id = $2 AND price_list_id = (SELECT id FROM price_lists WHERE name = 'Gold distributors')`,
      [standard, productId],
    );
    try {
      const product = (await app.request('GET', `/v1/products/${productId}`, { token: tokens.nordwerk })).body as Product;
      assert.deepEqual(product.price, { amount: standard, currency: 'EUR' });
      assert.equal(product.listPrice, null);
    } finally {
      await app.db.query(
        `UPDATE price_list_items SET price = $1 WHERE product_id = $2 AND price_list_id = (SELECT id FROM price_lists WHERE name = 'Gold distributors')`,
        [lists.gold.get(productId), productId],
      );
    }
  });

  test('one product, four customers, four prices: each sees only its own', async () => {
    const productId = 3;
    const expected = {
      nordwerk: { amount: lists.gold.get(productId), currency: 'EUR' },
      constructim: { amount: lists.romania.get(productId), currency: 'RON' },
      baltic: { amount: lists.standard.get(productId), currency: 'EUR' },
      atelier: { amount: toRon(lists.builders.get(productId)!), currency: 'RON' },
    };
    const seen = new Set<number>();
    for (const [who, price] of Object.entries(expected)) {
      const reply = await app.request('GET', `/v1/products/${productId}`, { token: tokens[who as keyof typeof tokens] });
      assert.equal(reply.status, 200, who);
      assert.deepEqual(reply.body.price, price, who);
      seen.add(reply.body.price.amount);
      const listed = (await page(tokens[who as keyof typeof tokens], `?q=${reply.body.sku}`)).items;
      assert.deepEqual(listed.map((item) => item.price), [price], `${who} in the list`);
    }
    assert.equal(seen.size, 4, 'the four prices differ, so a leak would show');
  });

  test('a product off the customer’s list is not found', async () => {
    const [drill] = await app.db.query<{ id: number }>('SELECT id FROM products WHERE category_id = $1 ORDER BY id LIMIT 1', [powerTools]);
    const notFound = { error: { code: 'not_found', message: 'This product was not found.' } };
    for (const [token, id] of [[tokens.constructim, drill!.id], [tokens.atelier, 1], [tokens.atelier, 2], [tokens.baltic, 99999]] as const) {
      const reply = await app.request('GET', `/v1/products/${id}`, { token });
      assert.equal(reply.status, 404, `product ${id}`);
      assert.deepEqual(reply.body, notFound);
    }
    assert.equal((await app.request('GET', `/v1/products/${drill!.id}`, { token: tokens.nordwerk })).status, 200);
    assert.equal((await app.request('GET', '/v1/products/1', { token: tokens.baltic })).status, 200);
  });

  test('a product id that is not a positive number is a field error', async () => {
    for (const id of ['abc', '0', '-4', '1.5']) {
      const reply = await app.request('GET', `/v1/products/${id}`, { token: tokens.baltic });
      assert.equal(reply.status, 400, id);
      assert.deepEqual(Object.keys(reply.body.error.fields), ['id'], id);
    }
  });

  test('a product carries its details as the supplier keeps them', async () => {
    const [row] = await app.db.query<{
      sku: string; name: string; description: string; unit: string; vat_rate: number; min_quantity: number;
      order_multiple: number; tags: string[]; stock: number; images: { path: string; alt: string }[]; created_at: Date; category: string;
    }>(`SELECT p.*, c.name AS category FROM products p JOIN categories c ON c.id = p.category_id WHERE p.min_quantity > 1 ORDER BY p.id LIMIT 1`);
    const [id] = await app.db.query<{ id: number }>('SELECT id FROM products WHERE sku = $1', [row!.sku]);
    const product = (await app.request('GET', `/v1/products/${id!.id}`, { token: tokens.baltic })).body as Product;
    assert.equal(product.sku, row!.sku);
    assert.equal(product.name, row!.name);
    assert.equal(product.description, row!.description);
    assert.equal(product.unit, row!.unit);
    assert.equal(product.vatRate, Number(row!.vat_rate));
    assert.equal(product.minQuantity, row!.min_quantity);
    assert.ok(product.minQuantity > 1);
    assert.equal(product.orderMultiple, row!.order_multiple);
    assert.deepEqual(product.tags, row!.tags);
    assert.equal(product.category.name, row!.category);
    assert.equal(product.createdAt, new Date(row!.created_at).toISOString());
    assert.deepEqual(product.stock, { kind: 'quantity', quantity: row!.stock });
    assert.deepEqual(product.images, row!.images.map((image) => ({ url: app.url + image.path, alt: image.alt })));
    const picture = await fetch(product.images[0]!.url);
    assert.equal(picture.status, 200);
    assert.equal(picture.headers.get('content-type'), 'image/svg+xml');
    assert.match(await picture.text(), new RegExp(row!.sku));
  });

  test('a retired product disappears from the catalogue', async () => {
    await app.db.query('UPDATE products SET active = false WHERE id = 6');
    try {
      assert.equal((await app.request('GET', '/v1/products/6', { token: tokens.baltic })).status, 404);
      assert.equal((await page(tokens.baltic, '?pageSize=1')).total, 311);
    } finally {
      await app.db.query('UPDATE products SET active = true WHERE id = 6');
    }
  });

  test('categories hold only visible products, with their counts', async () => {
    const reply = await app.request('GET', '/v1/categories', { token: tokens.constructim });
    assert.equal(reply.status, 200);
    const items = reply.body.items as { id: number; name: string; productCount: number }[];
    assert.equal(items.length, 11);
    assert.ok(!items.some((category) => category.name === 'Power tools'));
    assert.ok(items.every((category) => category.productCount === 26));
    assert.deepEqual(items.map((category) => category.name), [...items.map((category) => category.name)].sort());

    const atelier = (await app.request('GET', '/v1/categories', { token: tokens.atelier })).body.items as typeof items;
    const expected = await app.db.query<{ id: number; n: number }>(
      `SELECT p.category_id AS id, count(*)::int AS n FROM products p WHERE p.id % 3 = 0 GROUP BY 1 ORDER BY 1`,
    );
    assert.deepEqual(
      atelier.map((category) => ({ id: category.id, n: category.productCount })).sort((a, b) => a.id - b.id),
      expected,
    );
  });

  describe('search, filters, sort and paging', () => {
    test('q finds a product by its SKU', async () => {
      const result = await page(tokens.baltic, '?q=POW-1060');
      assert.equal(result.total, 1);
      assert.equal(result.items[0]!.sku, 'POW-1060');
      assert.equal((await page(tokens.constructim, '?q=POW-1060')).total, 0, 'not on Constructim’s list');
    });

    test('q matches names without regard to case', async () => {
      const [expected] = await app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM products WHERE name ILIKE '%hex bolt%'`);
      const lower = await everything(tokens.baltic, '&q=hex%20bolt');
      const upper = await page(tokens.baltic, '?q=HEX%20BOLT&pageSize=100');
      assert.ok(expected!.n > 1);
      assert.equal(lower.length, expected!.n);
      assert.equal(upper.total, expected!.n);
      for (const item of lower) assert.match(item.name, /hex bolt/i);
    });

    test('q takes wildcards literally', async () => {
      assert.equal((await page(tokens.baltic, '?q=%25')).total, 0);
      assert.equal((await page(tokens.baltic, '?q=_')).total, 0);
      assert.equal((await page(tokens.baltic, '?q=FAS%25')).total, 0);
    });

    test('category narrows to one category', async () => {
      const items = await everything(tokens.baltic, `&category=${powerTools}`);
      assert.equal(items.length, 26);
      assert.ok(items.every((item) => item.category.id === powerTools && item.category.name === 'Power tools'));
      assert.deepEqual(await page(tokens.constructim, `?category=${powerTools}`), { items: [], total: 0, page: 1, pageSize: 24 });
    });

    test('tag narrows to the products that carry it', async () => {
      const [expected] = await app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM products WHERE 'eco' = ANY (tags)`);
      const items = await everything(tokens.baltic, '&tag=eco');
      assert.ok(expected!.n > 0);
      assert.equal(items.length, expected!.n);
      assert.ok(items.every((item) => item.tags.includes('eco')));
      assert.equal((await page(tokens.baltic, '?tag=no-such-tag')).total, 0);
    });

    test('filters combine', async () => {
      const [expected] = await app.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM products
          WHERE id % 3 = 0 AND category_id = 8 AND 'professional' = ANY (tags) AND (name ILIKE '%pro%' OR sku ILIKE '%pro%' OR description ILIKE '%pro%')`,
      );
      const items = await everything(tokens.atelier, '&category=8&tag=professional&q=Pro');
      assert.ok(expected!.n > 0);
      assert.equal(items.length, expected!.n);
      assert.ok(items.every((item) => item.category.id === 8 && item.tags.includes('professional') && item.id % 3 === 0));
      assert.equal((await page(tokens.atelier, '?category=8&tag=professional&q=Classic')).total, 0);
    });

    test('sort=name orders by name, as the database collates, ties by id', async () => {
      const items = await everything(tokens.baltic, '&sort=name');
      const names = items.map((item) => item.name);
      const [check] = await app.db.query<{ ordered: boolean }>(
        'SELECT bool_and(a < b OR (a = b AND x < y)) AS ordered FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) AS t(a, b, x, y)',
        [names.slice(0, -1), names.slice(1), items.slice(0, -1).map((item) => item.id), items.slice(1).map((item) => item.id)],
      );
      assert.equal(check!.ordered, true);
      // The leading words (Classic, Compact, Eco, …) sort the same in every collation.
      const leading = names.map((name) => name.split(' ')[0]!);
      assert.deepEqual(leading, [...leading].sort());
      assert.deepEqual((await page(tokens.baltic)).items, (await page(tokens.baltic, '?sort=name')).items, 'name is the default');
    });

    test('sort=price and sort=-price order by the customer’s price', async () => {
      const up = (await everything(tokens.atelier, '&sort=price')).map((item) => item.price.amount);
      const down = (await everything(tokens.atelier, '&sort=-price')).map((item) => item.price.amount);
      assert.deepEqual(up, [...up].sort((a, b) => a - b));
      assert.deepEqual(down, [...down].sort((a, b) => b - a));
      assert.equal(up[0], Math.min(...[...lists.builders.values()].map(toRon)));
      assert.notDeepEqual(up, down);
    });

    test('sort=newest puts the latest product first', async () => {
      const items = await everything(tokens.baltic, '&sort=newest');
      const times = items.map((item) => Date.parse(item.createdAt));
      assert.deepEqual(times, [...times].sort((a, b) => b - a));
      const [latest] = await app.db.query<{ id: number }>('SELECT id FROM products ORDER BY created_at DESC LIMIT 1');
      assert.equal(items[0]!.id, latest!.id);
    });

    test('pages follow one another and report total, page and pageSize', async () => {
      const first = await page(tokens.atelier, '?pageSize=20&sort=price');
      const second = await page(tokens.atelier, '?pageSize=10&page=2&sort=price');
      assert.deepEqual([first.total, first.page, first.pageSize, first.items.length], [104, 1, 20, 20]);
      assert.deepEqual([second.total, second.page, second.pageSize, second.items.length], [104, 2, 10, 10]);
      assert.deepEqual(second.items, first.items.slice(10, 20));
      const defaults = await page(tokens.atelier);
      assert.deepEqual([defaults.page, defaults.pageSize, defaults.items.length], [1, 24, 24]);
      const last = await page(tokens.atelier, '?page=5');
      assert.equal(last.items.length, 104 - 4 * 24);
      const beyond = await page(tokens.atelier, '?page=6');
      assert.deepEqual([beyond.items.length, beyond.total, beyond.page], [0, 104, 6]);
    });

    test('bad query input is refused with a message per field', async () => {
      const cases: [string, Record<string, string | RegExp>][] = [
        ['?pageSize=1000', { pageSize: 'At most 100 items per page' }],
        ['?pageSize=0', { pageSize: /./ }],
        ['?page=0', { page: 'Page starts at 1' }],
        ['?page=abc', { page: /./ }],
        ['?sort=x', { sort: /./ }],
        ['?category=abc', { category: /./ }],
        [`?q=${'a'.repeat(101)}`, { q: 'At most 100 characters' }],
        ['?page=0&pageSize=1000&sort=cheapest', { page: 'Page starts at 1', pageSize: 'At most 100 items per page', sort: /./ }],
      ];
      for (const [query, fields] of cases) {
        const reply = await app.request('GET', `/v1/products${query}`, { token: tokens.baltic });
        assert.equal(reply.status, 400, query);
        assert.equal(reply.body.error.code, 'validation_failed', query);
        assert.deepEqual(Object.keys(reply.body.error.fields).sort(), Object.keys(fields).sort(), query);
        for (const [field, message] of Object.entries(fields)) {
          if (typeof message === 'string') assert.equal(reply.body.error.fields[field], message, query);
          else assert.match(reply.body.error.fields[field], message, query);
        }
        for (const field of Object.keys(fields)) assert.match(reply.body.error.message, new RegExp(field), query);
      }
    });
  });

  test('stock shows as a quantity or only as availability, as the supplier chooses', async () => {
    const [empty] = await app.db.query<{ id: number }>('SELECT id FROM products WHERE stock = 0 ORDER BY id LIMIT 1');
    const [stocked] = await app.db.query<{ id: number; stock: number }>('SELECT id, stock FROM products WHERE stock > 0 ORDER BY id LIMIT 1');
    const stockOf = async (id: number) => (await app.request('GET', `/v1/products/${id}`, { token: tokens.baltic })).body.stock;

    assert.deepEqual(await stockOf(empty!.id), { kind: 'quantity', quantity: 0 });
    assert.deepEqual(await stockOf(stocked!.id), { kind: 'quantity', quantity: stocked!.stock });
    await app.db.query(`UPDATE supplier SET stock_display = 'availability'`);
    try {
      assert.deepEqual(await stockOf(empty!.id), { kind: 'availability', available: false });
      assert.deepEqual(await stockOf(stocked!.id), { kind: 'availability', available: true });
      const items = await everything(tokens.baltic);
      assert.ok(items.every((item) => item.stock.kind === 'availability'));
      assert.ok(items.some((item) => item.stock.kind === 'availability' && !item.stock.available));
    } finally {
      await app.db.query(`UPDATE supplier SET stock_display = 'quantity'`);
    }
  });

  test('a contact without the catalogue permission is forbidden it', async () => {
    await app.db.query(
      `UPDATE contact_customers SET permissions = '{orders}' WHERE contact_id = (SELECT id FROM contacts WHERE email = 'liis@balticbuild.example')`,
    );
    try {
      for (const path of ['/v1/products', '/v1/products/1', '/v1/categories']) {
        const reply = await app.request('GET', path, { token: tokens.baltic });
        assert.equal(reply.status, 403, path);
        assert.equal(reply.body.error.code, 'forbidden');
      }
      assert.deepEqual((await app.request('GET', '/v1/session', { token: tokens.baltic })).body.permissions, ['orders']);
    } finally {
      await app.db.query(
        `UPDATE contact_customers SET permissions = '{catalogue,orders,invoices,statement}' WHERE contact_id = (SELECT id FROM contacts WHERE email = 'liis@balticbuild.example')`,
      );
    }
  });
});
