import type { z } from 'zod';
import type { Product, ProductQuery } from '../../contract/catalogue.js';
import { routes } from '../../contract/routes.js';
import type { Queryable } from '../db/database.js';
import type { Api } from '../http/api.js';
import { notFound } from '../http/errors.js';
import { pricedCte } from './pricing.js';

interface ProductRow {
  id: number; sku: string; name: string; description: string; unit: string;
  images: { path: string; alt: string }[]; category_id: number; category_name: string; tags: string[];
  price: number; list_price: number | null; currency: string; vat_rate: number;
  min_quantity: number; order_multiple: number; stock: number; stock_display: 'quantity' | 'availability';
  created_at: Date;
}

const productColumns = `
  p.id, p.sku, p.name, p.description, p.unit, p.images, p.category_id, c.name AS category_name, p.tags,
  priced.price, priced.list_price, priced.currency, p.vat_rate, p.min_quantity, p.order_multiple, p.stock,
  s.stock_display, p.created_at`;

const visibleProducts = `
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
    listPrice: row.list_price !== null && row.list_price !== row.price ? money(row.list_price) : null,
    vatRate: row.vat_rate,
    minQuantity: row.min_quantity,
    orderMultiple: row.order_multiple,
    stock:
      row.stock_display === 'quantity'
        ? { kind: 'quantity', quantity: row.stock }
        : { kind: 'availability', available: row.stock > 0 },
    createdAt: row.created_at.toISOString(),
  };
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchProducts(db: Queryable, customerId: number, query: z.output<typeof ProductQuery>) {
  const params: unknown[] = [customerId];
  const where: string[] = [];
  if (query.q) {
    params.push(likePattern(query.q));
    where.push(`(p.name ILIKE $${params.length} OR p.sku ILIKE $${params.length} OR p.description ILIKE $${params.length})`);
  }
  if (query.category) {
    params.push(query.category);
    where.push(`p.category_id = $${params.length}`);
  }
  if (query.tag) {
    params.push(query.tag);
    where.push(`$${params.length} = ANY (p.tags)`);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ total: number }>(`WITH ${pricedCte} SELECT count(*)::int AS total ${visibleProducts} ${filter}`, params);
  const rows = await db.query<ProductRow>(
    `WITH ${pricedCte} SELECT ${productColumns} ${visibleProducts} ${filter}
      ORDER BY ${orderBy[query.sort]} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    params,
  );
  return { rows, total: count?.total ?? 0 };
}

export async function findProduct(db: Queryable, customerId: number, productId: number) {
  const [row] = await db.query<ProductRow>(`WITH ${pricedCte} SELECT ${productColumns} ${visibleProducts} WHERE p.id = $2`, [customerId, productId]);
  return row;
}

export function mountCatalogue(api: Api) {
  api.handle(routes.listProducts, async ({ db, caller, query, origin }) => {
    const { rows, total } = await searchProducts(db, caller.customerId, query);
    return { items: rows.map((row) => toProduct(row, origin)), total, page: query.page, pageSize: query.pageSize };
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
}
