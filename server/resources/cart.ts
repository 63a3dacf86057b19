import type { z } from 'zod';
import type { AddLine, AddLineResult } from '../../contract/cart.js';
import { routes } from '../../contract/routes.js';
import type { Queryable } from '../db/database.js';
import type { Api } from '../http/api.js';
import { ApiError, fieldProblem, notFound, type FieldProblem } from '../http/errors.js';
import { findAddress, pickupLocation } from './addresses.js';
import { previousBulkAdd, rememberBulkAdd } from './cart-add-keys.js';
import { cartFor, type CartOwner } from './cart-view.js';
import { pricedCte } from './pricing.js';
import { quantityRuleBroken, ruleProblem, stockProblem, stockShort, type RuledProduct, type StockDisplay } from './quantity-rules.js';

const MAX_QUANTITY = 1_000_000;

interface OrderableProduct extends RuledProduct {
  id: number;
  sku: string;
}

const orderableColumns = `p.id, p.sku, p.unit, p.min_quantity AS "minQuantity", p.order_multiple AS "orderMultiple", p.stock,
  p.allow_preorder AS "allowPreorder"`;

/** Products the customer may see (its price list, active), by id or by SKU (case-insensitive). */
export async function findOrderableProducts(db: Queryable, customerId: number, ids: number[], skus: string[]) {
  return db.query<OrderableProduct>(
    `WITH ${pricedCte}
     SELECT ${orderableColumns}
       FROM priced JOIN products p ON p.id = priced.product_id AND p.active
      WHERE p.id = ANY($2::int[]) OR lower(p.sku) = ANY($3::text[])`,
    [customerId, ids, skus.map((sku) => sku.toLowerCase())],
  );
}

async function stockDisplay(db: Queryable): Promise<StockDisplay> {
  const [row] = await db.query<{ stock_display: StockDisplay }>('SELECT stock_display FROM supplier');
  return row?.stock_display ?? 'quantity';
}

/** The contact's cart row, created when missing, locked for this transaction. */
export async function lockCart(tx: Queryable, owner: CartOwner): Promise<number> {
  await tx.query('INSERT INTO carts (customer_id, contact_id) VALUES ($1, $2) ON CONFLICT (customer_id, contact_id) DO NOTHING', [
    owner.customerId,
    owner.contactId,
  ]);
  const [cart] = await tx.query<{ id: number }>('SELECT id FROM carts WHERE customer_id = $1 AND contact_id = $2 FOR UPDATE', [
    owner.customerId,
    owner.contactId,
  ]);
  return cart!.id;
}

/** Every change bumps the version, so a buyer placing an order can tell the cart changed elsewhere. */
export async function touchCart(tx: Queryable, cartId: number) {
  await tx.query('UPDATE carts SET version = version + 1, updated_at = now() WHERE id = $1', [cartId]);
}

async function currentQuantities(tx: Queryable, cartId: number): Promise<Map<number, number>> {
  const rows = await tx.query<{ product_id: number; quantity: number }>('SELECT product_id, quantity FROM cart_lines WHERE cart_id = $1', [cartId]);
  return new Map(rows.map((row) => [row.product_id, row.quantity]));
}

async function saveQuantity(tx: Queryable, cartId: number, productId: number, quantity: number) {
  if (quantity === 0) {
    await tx.query('DELETE FROM cart_lines WHERE cart_id = $1 AND product_id = $2', [cartId, productId]);
    return;
  }
  await tx.query(
    `INSERT INTO cart_lines (cart_id, product_id, quantity) VALUES ($1, $2, $3)
     ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity`,
    [cartId, productId, quantity],
  );
}

/** A quantity as a positive whole number, from a number or from CSV text; undefined when it is not one. */
function parseQuantity(raw: number | string): number | undefined {
  const value = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(value) && value > 0 && value <= MAX_QUANTITY ? value : undefined;
}

/**
 * Adds lines to the cart (quantities add up to what is there), judging each line on its own: an
 * unknown or invisible SKU, a bad quantity, or a product that cannot be supplied is reported and
 * skipped; the rest go in. Used by quick order, CSV import and reorder.
 */
export async function addLinesToCart(tx: Queryable, owner: CartOwner, cartId: number, lines: z.output<typeof AddLine>[]) {
  const products = await findOrderableProducts(
    tx,
    owner.customerId,
    // An id beyond PostgreSQL's integer range names no product (and would fail the query): that line is reported unknown.
    lines.flatMap((line) => (line.productId && line.productId <= 2_147_483_647 ? [line.productId] : [])),
    lines.flatMap((line) => (line.sku ? [line.sku] : [])),
  );
  const byId = new Map(products.map((product) => [product.id, product]));
  const bySku = new Map(products.map((product) => [product.sku.toLowerCase(), product]));
  const quantities = await currentQuantities(tx, cartId);
  const display = await stockDisplay(tx);
  const results: AddLineResult[] = [];
  const changed = new Set<number>();

  lines.forEach((line, index) => {
    const sku = line.sku || null;
    const product = line.productId ? byId.get(line.productId) : sku ? bySku.get(sku.toLowerCase()) : undefined;
    const reject = (code: 'unknown_sku' | 'invalid_quantity' | 'not_orderable', message: string, issue?: FieldProblem) =>
      results.push({ index, status: 'rejected', sku: product?.sku ?? sku, code, message, ...(issue && { issue: { code: issue.code, ...(issue.params && { params: issue.params }) } }) });
    if (!product) {
      return reject('unknown_sku', sku || line.productId ? `There is no product ${sku ?? `#${line.productId}`} in your catalogue.` : 'Enter a SKU.');
    }
    const added = parseQuantity(line.quantity);
    if (added === undefined) return reject('invalid_quantity', 'Enter a whole number above 0.', fieldProblem('Enter a whole number above 0.', 'too_small', { min: 1 }));
    const total = (quantities.get(product.id) ?? 0) + added;
    if (total > MAX_QUANTITY) return reject('invalid_quantity', 'At most 1,000,000.', fieldProblem('At most 1,000,000.', 'too_big', { max: MAX_QUANTITY }));
    const rule = quantityRuleBroken(product, total);
    if (rule) return reject('invalid_quantity', rule.message, ruleProblem(product, rule));
    const short = stockShort(product, total, display);
    if (short) return reject('not_orderable', short, stockProblem(product, short, display));
    quantities.set(product.id, total);
    changed.add(product.id);
    results.push({ index, status: 'added', productId: product.id, sku: product.sku, quantity: total });
  });

  for (const productId of changed) await saveQuantity(tx, cartId, productId, quantities.get(productId)!);
  if (changed.size > 0) await touchCart(tx, cartId);
  return results;
}

export function mountCart(api: Api) {
  const ownerOf = (caller: { customerId: number; contactId: number }): CartOwner => ({
    customerId: caller.customerId,
    contactId: caller.contactId,
  });

  api.handle(routes.getCart, async ({ db, caller, origin }) => cartFor(db, ownerOf(caller), origin));

  api.handle(routes.setCartLine, async ({ db, caller, params, body, origin }) =>
    db.transaction(async (tx) => {
      const owner = ownerOf(caller);
      const [product] = await findOrderableProducts(tx, owner.customerId, [params.productId], []);
      const cartId = await lockCart(tx, owner);
      const current = (await currentQuantities(tx, cartId)).get(params.productId) ?? 0;
      if (!product) {
        // A line whose product has since become unavailable can still be set to 0.
        if (body.quantity !== 0 || current === 0) throw notFound('This product');
        await saveQuantity(tx, cartId, params.productId, 0);
        await touchCart(tx, cartId);
        return cartFor(tx, owner, origin);
      }
      if (body.quantity > 0) {
        const rule = quantityRuleBroken(product, body.quantity);
        if (rule) throw new ApiError(400, 'validation_failed', rule.message, { quantity: ruleProblem(product, rule) });
        // Lowering a line that stock cannot cover is always allowed; raising it is not.
        if (body.quantity > current) {
          const display = await stockDisplay(tx);
          const short = stockShort(product, body.quantity, display);
          if (short) throw new ApiError(409, 'conflict', short, { quantity: stockProblem(product, short, display) });
        }
      }
      if (body.quantity !== current) {
        await saveQuantity(tx, cartId, product.id, body.quantity);
        await touchCart(tx, cartId);
      }
      return cartFor(tx, owner, origin);
    }),
  );

  api.handle(routes.addCartLines, async ({ db, caller, body, headers, origin, context }) =>
    db.transaction(async (tx) => {
      const owner = ownerOf(caller);
      const cartId = await lockCart(tx, owner);
      const key = headers['idempotency-key'];
      // A retried add (same key) answers the first one's results and adds nothing again.
      const previous = key ? await previousBulkAdd(tx, cartId, key, body.lines) : undefined;
      if (previous) {
        context.header('Idempotent-Replayed', 'true');
        return { results: previous, cart: await cartFor(tx, owner, origin) };
      }
      const results = await addLinesToCart(tx, owner, cartId, body.lines);
      if (key) await rememberBulkAdd(tx, cartId, key, body.lines, results);
      return { results, cart: await cartFor(tx, owner, origin) };
    }),
  );

  api.handle(routes.removeCartLine, async ({ db, caller, params, origin }) =>
    db.transaction(async (tx) => {
      const owner = ownerOf(caller);
      const cartId = await lockCart(tx, owner);
      const removed = await tx.query('DELETE FROM cart_lines WHERE cart_id = $1 AND product_id = $2 RETURNING id', [cartId, params.productId]);
      if (removed.length > 0) await touchCart(tx, cartId);
      return cartFor(tx, owner, origin);
    }),
  );

  api.handle(routes.updateCart, async ({ db, caller, body, origin }) =>
    db.transaction(async (tx) => {
      const owner = ownerOf(caller);
      if (body.delivery?.kind === 'address' && !(await findAddress(tx, owner.customerId, body.delivery.addressId))) {
        throw notFound('This address');
      }
      if (body.delivery?.kind === 'pickup' && !(await pickupLocation(tx))) {
        throw new ApiError(400, 'validation_failed', 'The supplier offers no pickup.', { delivery: fieldProblem('Choose a delivery address.', 'invalid_choice') });
      }
      const cartId = await lockCart(tx, owner);
      if (body.note !== undefined) await tx.query('UPDATE carts SET note = $2 WHERE id = $1', [cartId, body.note]);
      if (body.delivery !== undefined) {
        await tx.query('UPDATE carts SET delivery_kind = $2, delivery_address_id = $3 WHERE id = $1', [
          cartId,
          body.delivery?.kind ?? null,
          body.delivery?.kind === 'address' ? body.delivery.addressId : null,
        ]);
      }
      await touchCart(tx, cartId);
      return cartFor(tx, owner, origin);
    }),
  );

  api.handle(routes.clearCart, async ({ db, caller, origin }) =>
    db.transaction(async (tx) => {
      const owner = ownerOf(caller);
      const cartId = await lockCart(tx, owner);
      await tx.query('DELETE FROM cart_lines WHERE cart_id = $1', [cartId]);
      await tx.query(`UPDATE carts SET note = '', delivery_kind = NULL, delivery_address_id = NULL WHERE id = $1`, [cartId]);
      await touchCart(tx, cartId);
      return cartFor(tx, owner, origin);
    }),
  );
}
