// `npm run seed:large [count]`: grows the catalogue to `count` products (50,000 by default) for
// benchmarks, on the configured database (DATA_DIR / DATABASE_URL), seeding the demo data first
// when the database is empty.
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../db/database.js';

const qualities = `ARRAY['Pro', 'Heavy-duty', 'Compact', 'Premium', 'Eco', 'Classic', 'Industrial', 'Lite']`;
const nouns = `ARRAY['hex bolt', 'wood screw', 'claw hammer', 'cordless drill', 'silicone sealant', 'cable reel',
  'ball valve', 'work gloves', 'metal primer', 'cutting disc', 'tool case', 'LED floodlight', 'degreaser']`;
const tags = `CASE g % 6 WHEN 0 THEN '{new}' WHEN 1 THEN '{bestseller}' WHEN 2 THEN '{eco,bulk}'
  WHEN 3 THEN '{clearance}' WHEN 4 THEN '{professional}' ELSE '{made-in-eu}' END::text[]`;

/**
 * Adds generated products until the standard price list (which customers without a list of their
 * own buy from) and the gold list hold `total` products; returns how many were added. One
 * INSERT … SELECT over generate_series per table, so 50,000 products take seconds, not minutes.
 */
export async function seedLarge(db: Queryable, total = 50_000): Promise<number> {
  const [row] = await db.query<{ n: number; next: number }>(
    `SELECT (SELECT count(*)::int FROM price_list_items WHERE price_list_id = 1) AS n,
            (SELECT coalesce(max(id), 0)::int + 1 FROM products) AS next`,
  );
  const missing = total - (row?.n ?? 0);
  if (missing <= 0) return 0;
  const first = row!.next;
  await db.query(
    `INSERT INTO products (id, sku, name, description, unit, category_id, tags, images, vat_rate, min_quantity,
                           order_multiple, stock, allow_preorder, promoted_rank, created_at)
     SELECT g, 'GEN-' || lpad(g::text, 6, '0'),
            (${qualities})[1 + g % 8] || ' ' || (${nouns})[1 + (g / 8) % 13] || ' ' || g,
            'Generated product ' || g || ' for benchmarks. Sold per piece.',
            'pcs', (SELECT min(id) FROM categories) + g % (SELECT count(*) FROM categories), ${tags},
            jsonb_build_array(jsonb_build_object('path', '/media/products/GEN-' || lpad(g::text, 6, '0') || '-0.svg', 'alt', 'Product ' || g)),
            21, CASE WHEN g % 7 = 0 THEN 6 ELSE 1 END, CASE WHEN g % 7 = 0 THEN 6 ELSE 1 END,
            CASE WHEN g % 9 = 0 THEN 0 ELSE (g * 37) % 500 + 1 END, g % 4 = 0, NULL,
            timestamptz '2025-01-01T00:00:00Z' + g * interval '1 minute'
       FROM generate_series($1::int, $2::int) AS g`,
    [first, first + missing - 1],
  );
  await db.query(
    `INSERT INTO price_list_items (price_list_id, product_id, price)
     SELECT list.id, g, round((150 + (g * 7919) % 40000) * list.factor)::bigint
       FROM generate_series($1::int, $2::int) AS g
      CROSS JOIN (VALUES (1, 1.0), (2, 0.85)) AS list (id, factor)`,
    [first, first + missing - 1],
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT max(id) FROM products))`);
  // Fresh statistics, or the planner guesses row counts from an almost empty table.
  await db.query("ANALYZE products, price_list_items");
  return missing;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { configFromEnv } = await import('../config.js');
  const { connect } = await import('../db/connect.js');
  const { isEmpty, seedDemo } = await import('./demo.js');
  const total = Number(process.argv[2] ?? 50_000);
  const db = await connect(configFromEnv());
  if (await isEmpty(db)) await seedDemo(db);
  const started = performance.now();
  const added = await seedLarge(db, total);
  console.log(`Added ${added} products in ${Math.round(performance.now() - started)} ms; the standard list now holds ${total}.`);
  await db.close();
}
