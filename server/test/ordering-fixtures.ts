// Helpers for the ordering tests: buyers of their own, admin calls, and placing with headers.
import { randomUUID } from 'node:crypto';
import { ApiErrorBody } from '../../contract/errors.js';
import { openSession } from '../auth/sessions.js';
import type { Database } from '../db/database.js';

export interface AppLike {
  url: string;
  db: Database;
}

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

export const ADMIN_KEY = 'test-admin-key';

/** One HTTP call with any headers; error answers must be in the contract's error shape. */
export async function call(app: AppLike, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(app.url + path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  const body = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  const errorKeysKnown = () => Object.keys((body as { error: object }).error).every((key) => Object.keys(ApiErrorBody.shape.error.shape).includes(key));
  if (response.status >= 400 && (!ApiErrorBody.safeParse(body).success || !errorKeysKnown())) {
    throw new Error(`${method} ${path} → ${response.status} outside the error shape: ${text}`);
  }
  return { status: response.status, body, headers: response.headers };
}

export const admin = (app: AppLike, method: string, path: string, body?: unknown) =>
  call(app, method, path, { body, headers: { 'x-admin-key': ADMIN_KEY } });

/** Places the caller's cart, as the buyer saw it, with an idempotency key (a new one unless given). */
export async function place(app: AppLike, token: string, body: Record<string, unknown> = {}, key: string = randomUUID()) {
  let request = body;
  if (!('expectedTotal' in body)) {
    const cart = await call(app, 'GET', '/v1/cart', { token });
    request = { expectedTotal: cart.body.totals.gross, ...body };
  }
  return call(app, 'POST', '/v1/orders', { token, body: request, headers: { 'idempotency-key': key } });
}

let buyers = 0;

/**
 * A customer and contact of the test's own (default price list, EUR), signed in: tests that change
 * orders, limits or stock use these so they depend on no demo customer's state.
 */
export async function newBuyer(app: AppLike, options: { currency?: string; priceListId?: number | null; orderLimit?: number | null } = {}) {
  const n = ++buyers;
  const tag = `${process.pid}-${n}-${randomUUID().slice(0, 8)}`;
  const [customer] = await app.db.query<{ id: number }>(
    'INSERT INTO customers (name, currency, price_list_id, order_limit) VALUES ($1, $2, $3, $4) RETURNING id',
    [`Test buyer ${tag}`, options.currency ?? 'EUR', options.priceListId ?? null, options.orderLimit ?? null],
  );
  const [contact] = await app.db.query<{ id: number }>('INSERT INTO contacts (email, name) VALUES ($1, $2) RETURNING id', [
    `buyer-${tag}@test.example`,
    `Buyer ${n}`,
  ]);
  await app.db.query('INSERT INTO contact_customers (contact_id, customer_id) VALUES ($1, $2)', [contact!.id, customer!.id]);
  const [address] = await app.db.query<{ id: number }>(
    `INSERT INTO addresses (customer_id, label, recipient, line1, postal_code, city, country, is_default)
     VALUES ($1, 'Yard', $2, 'Street 1', '10115', 'Berlin', 'DE', true) RETURNING id`,
    [customer!.id, `Test buyer ${tag}`],
  );
  const { token } = await openSession(app.db, contact!.id, customer!.id, 1);
  return { token, customerId: customer!.id, contactId: contact!.id, addressId: address!.id, email: `buyer-${tag}@test.example` };
}

/** A product of the default list made to measure: stock and rules set for the test. */
export async function product(
  app: AppLike,
  id: number,
  settings: { stock?: number; minQuantity?: number; orderMultiple?: number; allowPreorder?: boolean; active?: boolean } = {},
) {
  await app.db.query(
    `UPDATE products SET stock = COALESCE($2, stock), min_quantity = COALESCE($3, min_quantity),
            order_multiple = COALESCE($4, order_multiple), allow_preorder = COALESCE($5, allow_preorder), active = COALESCE($6, active)
      WHERE id = $1`,
    [id, settings.stock ?? null, settings.minQuantity ?? null, settings.orderMultiple ?? null, settings.allowPreorder ?? null, settings.active ?? null],
  );
  const [row] = await app.db.query<{ id: number; sku: string; stock: number; price: number; vat_rate: number }>(
    `SELECT p.id, p.sku, p.stock, pli.price, p.vat_rate FROM products p JOIN price_list_items pli ON pli.product_id = p.id AND pli.price_list_id = 1 WHERE p.id = $1`,
    [id],
  );
  return row!;
}

/** Fills a buyer's cart with lines and a delivery. */
export async function fillCart(app: AppLike, token: string, lines: { productId: number; quantity: number }[], delivery: unknown = { kind: 'pickup' }) {
  for (const line of lines) {
    const reply = await call(app, 'PUT', `/v1/cart/lines/${line.productId}`, { token, body: { quantity: line.quantity } });
    if (reply.status !== 200) throw new Error(`fillCart: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  const reply = await call(app, 'PATCH', '/v1/cart', { token, body: { delivery } });
  return reply.body;
}

export const stockOf = async (app: AppLike, productId: number) =>
  (await app.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [productId]))[0]!.stock;
