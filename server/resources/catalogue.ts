import type { z } from 'zod';
import type { Product, ProductQuery } from '../../contract/catalogue.js';
import { routes } from '../../contract/routes.js';
import type { Queryable } from '../db/database.js';
import type { Api } from '../http/api.js';
import { notFound } from '../http/errors.js';
import { pricedCte } from './pricing.js';

export interface ProductRow {
  id: number; sku: string; name: string; description: string; unit: string;
  images: { path: string; alt: string }[]; category_id: number; category_name: string; tags: string[];
  price: number; list_price: number | null; price_gross: number; list_price_gross: number | null;
  currency: string; vat_rate: number; min_quantity: number; order_multiple: number; stock: number;
  stock_display: 'quantity' | 'availability'; allow_preorder: boolean; created_at: Date;
}

// Gross prices are computed here, once, so no client ever works out tax.
export const productColumns = `
  p.id, p.sku, p.name, p.description, p.unit, p.images, p.category_id, c.name AS category_name, p.tags,
  priced.price, priced.list_price, priced.currency, p.vat_rate, p.min_quantity, p.order_multiple, p.stock,
  round(priced.price * (100 + p.vat_rate) / 100)::bigint AS price_gross,
  round(priced.list_price * (100 + p.vat_rate) / 100)::bigint AS list_price_gross,
  s.stock_display, p.allow_preorder, p.created_at`;

/** The products the customer of `$1` may see, joined to their category and the supplier's settings. */
export const visibleProducts = `
  FROM priced
  JOIN products p ON p.id = priced.product_id AND p.active
  JOIN categories c ON c.id = p.category_id
  CROSS JOIN supplier s`;

const orderBy: Record<NonNullable<ProductQuery['sort']>, string> = {
  name: 'p.name, p.id',
  price: 'priced.price, p.id',
  '-price': 'priced.price DESC, p.id',
  newest: 'p.created_at DESC, p.id DESC',
};

export function toProduct(row: ProductRow, origin: string): Product {
  const money = (amount: number) => ({ amount, currency: row.currency });
  const listDiffers = row.list_price !== null && row.list_price !== row.price;
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    unit: row.unit,
    images: row.images.map((image) => ({ url: new URL(image.path, origin).href, alt: image.alt })),
    category: { id: row.category_id, name: row.category_name },
    tags: row.tags,
    price: money(row.price),
    priceGross: money(row.price_gross),
    listPrice: listDiffers ? money(row.list_price!) : null,
    listPriceGross: listDiffers ? money(row.list_price_gross!) : null,
    vatRate: row.vat_rate,
    minQuantity: row.min_quantity,
    orderMultiple: row.order_multiple,
    stock:
      row.stock_display === 'quantity'
        ? { kind: 'quantity', quantity: row.stock }
        : { kind: 'availability', available: row.stock > 0 },
    allowPreorder: row.allow_preorder,
    createdAt: row.created_at.toISOString(),
  };
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The search and filters of a product query as SQL conditions on `p`, numbered from `$<first>`. */
function productFilter(query: z.output<typeof ProductQuery>, first: number) {
  const values: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => `$${first + values.push(value) - 1}`;
  if (query.q) {
    const pattern = param(likePattern(query.q));
    where.push(`(p.name ILIKE ${pattern} OR p.sku ILIKE ${pattern} OR p.description ILIKE ${pattern})`);
  }
  if (query.category) where.push(`p.category_id = ${param(query.category)}`);
  if (query.tag) where.push(`${param(query.tag)} = ANY (p.tags)`);
  return { where, values };
}

export async function searchProducts(db: Queryable, customerId: number, query: z.output<typeof ProductQuery>) {
  const params: unknown[] = [customerId];
  let filter = '';
  const narrowed = productFilter(query, 1);
  if (narrowed.where.length) {
    // A search or filter finds its products first (trigram and category indexes, migration 007),
    // and only those are priced: left to itself the planner prices the whole price list (100,000
    // rows on a large catalogue) to keep the thousand that match.
    const matching = await db.query<{ id: number }>(`SELECT p.id FROM products p WHERE p.active AND ${narrowed.where.join(' AND ')}`, narrowed.values);
    if (matching.length === 0) return { rows: [], total: 0 };
    params.push(matching.map((row) => row.id));
    filter = `WHERE p.id = ANY ($2::int[]) AND priced.product_id = ANY ($2::int[])`;
  }
  // The page is chosen on narrow rows (id, prices, sort keys) and only its rows are widened, so a
  // deep page of a large catalogue sorts a few columns rather than every description and image.
  // The page keeps the name `priced` so the shared column list reads from it.
  const rows = await db.query<ProductRow & { total: number }>(
    `WITH ${pricedCte},
     page AS (
       SELECT priced.*, count(*) OVER ()::int AS total
         FROM priced JOIN products p ON p.id = priced.product_id AND p.active
         ${filter}
        ORDER BY ${orderBy[query.sort]} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
     )
     SELECT ${productColumns}, priced.total
       FROM page AS priced
       JOIN products p ON p.id = priced.product_id
       JOIN categories c ON c.id = p.category_id
      CROSS JOIN supplier s
      ORDER BY ${orderBy[query.sort]}`,
    params,
  );
  if (rows.length > 0 || query.page === 1) return { rows, total: rows[0]?.total ?? 0 };
  // Past the last page: the window count came with no row, so count on its own.
  const [count] = await db.query<{ total: number }>(
    `WITH ${pricedCte} SELECT count(*)::int AS total FROM priced JOIN products p ON p.id = priced.product_id AND p.active ${filter}`,
    params,
  );
  return { rows, total: count?.total ?? 0 };
}

export async function findProduct(db: Queryable, customerId: number, productId: number) {
  const [row] = await db.query<ProductRow>(`WITH ${pricedCte} SELECT ${productColumns} ${visibleProducts} WHERE p.id = $2`, [customerId, productId]);
  return row;
}

export async function promotedProducts(db: Queryable, customerId: number) {
  return db.query<ProductRow>(
    `WITH ${pricedCte} SELECT ${productColumns} ${visibleProducts}
      WHERE p.promoted_rank IS NOT NULL ORDER BY p.promoted_rank, p.id LIMIT 5`,
    [customerId],
  );
}

export function mountCatalogue(api: Api) {
  api.handle(routes.listProducts, async ({ db, caller, query, origin }) => {
    const { rows, total } = await searchProducts(db, caller.customerId, query);
    return { items: rows.map((row) => toProduct(row, origin)), total, page: query.page, pageSize: query.pageSize };
  });

  // Before getProduct, so `promoted` is not read as a product id.
  api.handle(routes.listPromoted, async ({ db, caller, origin }) => {
    const rows = await promotedProducts(db, caller.customerId);
    return { items: rows.map((row) => toProduct(row, origin)) };
  });

  api.handle(routes.getProduct, async ({ db, caller, params, origin }) => {
    const row = await findProduct(db, caller.customerId, params.id);
    if (!row) throw notFound('This product');
    return toProduct(row, origin);
  });

  api.handle(routes.listCategories, async ({ db, caller }) => {
    const items = await db.query<{ id: number; name: string; productCount: number }>(
      `WITH ${pricedCte} SELECT c.id, c.name, count(*)::int AS "productCount" ${visibleProducts}
        GROUP BY c.id, c.name ORDER BY c.name`,
      [caller.customerId],
    );
    return { items };
  });

  api.handle(routes.listTags, async ({ db, caller }) => {
    const items = await db.query<{ name: string; productCount: number }>(
      `WITH ${pricedCte} SELECT tag AS name, count(*)::int AS "productCount" ${visibleProducts}
        CROSS JOIN LATERAL unnest(p.tags) AS tag
        GROUP BY tag ORDER BY tag`,
      [caller.customerId],
    );
    return { items };
  });

  api.handle(routes.getSettings, async ({ db }) => {
    const [row] = await db.query<{ prices_include_vat: boolean; stock_display: 'quantity' | 'availability' }>(
      'SELECT prices_include_vat, stock_display FROM supplier',
    );
    return { pricesIncludeVat: row?.prices_include_vat ?? false, stockDisplay: row?.stock_display ?? 'quantity' };
  });
}
