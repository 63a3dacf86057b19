// Load-test data: the demo seed, grown to 100,000 products, 1,000 customers and 50 price lists
// with INSERT … SELECT generate_series, so that it takes seconds rather than minutes.
import { hashPassword } from '../server/auth/passwords.js';
import type { Database } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { DEMO_PASSWORD, seedDemo } from '../server/seed/demo.js';

export const benchCounts = { products: 100_000, customers: 1_000, priceLists: 50 };

/** The contact the load tests sign in as; it buys for the first `buyers` bench customers. */
export const BENCH_EMAIL = 'load@bench.example';
export const BENCH_BUYERS = 32;

export interface BenchData {
  /** A customer on the default list: it sees all 100,000 products. */
  catalogueCustomerId: number;
  /** Customers the order-placement workers buy for, one cart each. */
  buyerIds: number[];
  /** A product with little stock that every buyer orders. */
  hotProductId: number;
  hotProductStock: number;
  /** The catalogue query of the load test: 48 items of one category matching a search word. */
  query: { category: number; q: string; pageSize: number; sort: 'name' };
  counts: { products: number; customers: number; priceLists: number; priceListItems: number };
  seconds: number;
}

const words = ['Pro', 'Heavy-duty', 'Compact', 'Premium', 'Eco', 'Classic', 'Industrial', 'Lite'];
const nouns = ['bolt', 'screw', 'anchor', 'drill', 'grinder', 'valve', 'cable', 'glove', 'lamp', 'brush', 'adhesive', 'case'];

export async function generateBenchData(db: Database, counts = benchCounts): Promise<BenchData> {
  const started = performance.now();
  await migrate(db);
  await seedDemo(db);
  const sqlArray = (items: string[]) => `ARRAY[${items.map((item) => `'${item}'`).join(', ')}]`;
  const [{ existing } = { existing: 0 }] = await db.query<{ existing: number }>('SELECT count(*)::int AS existing FROM products');
  const [{ lists } = { lists: 0 }] = await db.query<{ lists: number }>('SELECT count(*)::int AS lists FROM price_lists');
  const [{ customers } = { customers: 0 }] = await db.query<{ customers: number }>('SELECT count(*)::int AS customers FROM customers');
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO products (sku, name, description, unit, category_id, tags, vat_rate, min_quantity, order_multiple, stock, created_at)
       SELECT 'BX-' || lpad(g::text, 6, '0'),
              (${sqlArray(words)})[1 + (g / 12) % 8] || ' ' || (${sqlArray(nouns)})[1 + g % 12] || ' ' || g,
              'Generated for the load test, item ' || g,
              'pcs', 1 + g % 12,
              CASE WHEN g % 10 = 0 THEN ARRAY['bestseller'] ELSE '{}'::text[] END,
              21, 1, 1, 1000 + g % 500, now() - (g || ' minutes')::interval
         FROM generate_series(1, $1::int) g`,
      [counts.products - existing],
    );
    await tx.query(
      `INSERT INTO price_lists (name, currency) SELECT 'Bench list ' || g, 'EUR' FROM generate_series(1, $1::int) g`,
      [counts.priceLists - lists],
    );
    // The default list prices every generated product; each bench list one product in ten.
    await tx.query(
      `INSERT INTO price_list_items (price_list_id, product_id, price)
       SELECT d.id, p.id, 100 + (p.id * 37) % 50000 FROM products p CROSS JOIN price_lists d WHERE d.is_default AND p.sku LIKE 'BX-%'`,
    );
    await tx.query(
      `INSERT INTO price_list_items (price_list_id, product_id, price)
       SELECT pl.id, p.id, 90 + (p.id * 31) % 45000
         FROM price_lists pl JOIN products p ON p.id % 10 = pl.id % 10 AND p.sku LIKE 'BX-%'
        WHERE pl.name LIKE 'Bench list %'`,
    );
    // A third of the bench customers buy at the default list, the rest at a bench list.
    await tx.query(
      `INSERT INTO customers (name, currency, price_list_id)
       SELECT 'Bench customer ' || g, 'EUR',
              CASE WHEN g % 3 = 0 THEN NULL ELSE (SELECT id FROM price_lists WHERE name = 'Bench list ' || (1 + g % $2::int)) END
         FROM generate_series(1, $1::int) g`,
      [counts.customers - customers, counts.priceLists - lists],
    );
    const [contact] = await tx.query<{ id: number }>(
      `INSERT INTO contacts (email, name, password_hash) VALUES ($1, 'Load Test', $2) RETURNING id`,
      [BENCH_EMAIL, passwordHash],
    );
    // Buyers on the default list, so the hot product has a price for each of them.
    await tx.query(
      `INSERT INTO contact_customers (contact_id, customer_id)
       SELECT $1, id FROM customers WHERE name LIKE 'Bench customer %' AND price_list_id IS NULL ORDER BY id LIMIT $2`,
      [contact!.id, BENCH_BUYERS],
    );
  });
  await db.query('ANALYZE');

  const buyers = await db.query<{ id: number }>(
    `SELECT cc.customer_id AS id FROM contact_customers cc JOIN contacts c ON c.id = cc.contact_id WHERE c.email = $1 ORDER BY 1`,
    [BENCH_EMAIL],
  );
  const [hot] = await db.query<{ id: number; stock: number }>(`UPDATE products SET stock = 200 WHERE sku = 'BX-000001' RETURNING id, stock`);
  const [category] = await db.query<{ id: number }>(`SELECT id FROM categories ORDER BY id LIMIT 1 OFFSET 2`);
  const [totals] = await db.query<BenchData['counts']>(
    `SELECT (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM customers) AS customers,
            (SELECT count(*)::int FROM price_lists) AS "priceLists", (SELECT count(*)::int FROM price_list_items) AS "priceListItems"`,
  );
  return {
    catalogueCustomerId: buyers[0]!.id,
    buyerIds: buyers.map((buyer) => buyer.id),
    hotProductId: hot!.id,
    hotProductStock: hot!.stock,
    query: { category: category!.id, q: 'heavy', pageSize: 48, sort: 'name' },
    counts: totals!,
    seconds: (performance.now() - started) / 1000,
  };
}
