import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { OrderConflictDetails, OrderDelivery, OrderLimitDetails, PlaceOrderRequest } from '../../contract/orders.js';
import { openStatuses } from '../../contract/orders.js';
import type { Database, Queryable } from '../db/database.js';
import { ApiError, fieldProblem } from '../http/errors.js';
import { enqueueOrderMails } from '../mail/order-mails.js';
import { findAddress, pickupLocation } from './addresses.js';
import { readCartState, totalsOf, lineProblems, type CartOwner, type CartState } from './cart-view.js';
import { touchCart } from './cart.js';
import { loadOrder } from './order-view.js';

type Request = z.output<typeof PlaceOrderRequest>;
type Change = OrderConflictDetails['changes'][number];

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** What identifies a placement request, so a reused key with another request is caught. */
const requestHash = (request: Request) =>
  sha256([request.expectedTotal, request.cartVersion ?? null, request.note ?? null, request.delivery ?? null, request.poNumber ?? null]);

const cartHash = (state: CartState) => sha256(state.lines.map((line) => [line.productId, line.quantity]).sort((a, b) => a[0]! - b[0]!));

/** Every way the cart differs from what can be ordered now, or from what the buyer was shown. */
function changesOf(state: CartState): Change[] {
  const changes: Change[] = [];
  const money = (amount: number) => ({ amount, currency: state.currency });
  for (const line of state.lines) {
    const base = { productId: line.productId, sku: line.sku, name: line.name };
    for (const problem of lineProblems(line, state.stockDisplay)) {
      changes.push({
        ...base,
        reason: problem.code,
        message: problem.message,
        requested: line.quantity,
        ...(problem.code === 'insufficient_stock' && state.stockDisplay === 'quantity' && { available: Math.max(0, line.stock) }),
      });
    }
    const quoteDiffers = line.quotedPrice === null || line.quotedCurrency !== state.currency || line.quotedPrice !== line.price;
    if (line.price !== null && quoteDiffers) {
      changes.push({
        ...base,
        reason: 'price_changed',
        message: 'The price changed since you saw it.',
        ...(line.quotedPrice !== null && line.quotedCurrency === state.currency && { previousPrice: money(line.quotedPrice) }),
        currentPrice: money(line.price),
      });
    }
  }
  return changes;
}

async function deliverySnapshot(tx: Queryable, customerId: number, delivery: CartState['delivery']): Promise<OrderDelivery> {
  const invalid = (message: string, code: 'required' | 'invalid_choice' = 'invalid_choice') =>
    new ApiError(400, 'validation_failed', message, { delivery: fieldProblem(message, code) });
  if (!delivery) throw invalid('Choose a delivery address or pickup.', 'required');
  if (delivery.kind === 'pickup') {
    const location = await pickupLocation(tx);
    if (!location) throw invalid('The supplier offers no pickup; choose a delivery address.');
    return { kind: 'pickup', location };
  }
  const address = await findAddress(tx, customerId, delivery.addressId);
  if (!address) throw invalid('Choose one of your delivery addresses.');
  const { recipient, line1, line2, postalCode, city, region, country, phone } = address;
  return { kind: 'address', address: { recipient, line1, line2, postalCode, city, region, country, phone } };
}

async function checkOrderLimit(tx: Queryable, customer: { id: number; currency: string; order_limit: number | null }, gross: number) {
  if (customer.order_limit === null) return;
  const [row] = await tx.query<{ open: number }>(
    'SELECT COALESCE(sum(gross), 0)::bigint AS open FROM orders WHERE customer_id = $1 AND status = ANY($2::text[])',
    [customer.id, openStatuses],
  );
  const open = row?.open ?? 0;
  if (open + gross <= customer.order_limit) return;
  const money = (amount: number) => ({ amount, currency: customer.currency });
  const remaining = Math.max(0, customer.order_limit - open);
  const details: OrderLimitDetails = {
    kind: 'order_limit',
    limit: money(customer.order_limit),
    open: money(open),
    remaining: money(remaining),
    orderTotal: money(gross),
  };
  throw new ApiError(422, 'limit_exceeded', `This order exceeds your order limit; ${remaining / 100} ${customer.currency} remains.`, undefined, details);
}

/**
 * Places the contact's cart as an order, in one transaction:
 * the customer row is locked first (serialising one customer's placements, so an idempotency key
 * and the order limit are checked against committed orders), then the cart, then the products in
 * id order (every path that locks products does so in id order, so no deadlock). Prices, rules and
 * stock are read after the locks; anything that differs from what the buyer saw is a 409.
 */
export async function placeOrder(db: Database, owner: CartOwner, request: Request, key: string) {
  return db.transaction(async (tx) => {
    const [customer] = await tx.query<{ id: number; currency: string; order_limit: number | null }>(
      'SELECT id, currency, order_limit FROM customers WHERE id = $1 FOR UPDATE',
      [owner.customerId],
    );
    if (!customer) throw new ApiError(404, 'not_found', 'This account was not found.');

    const [cartRow] = await tx.query<{ id: number }>('SELECT id FROM carts WHERE customer_id = $1 AND contact_id = $2 FOR UPDATE', [
      owner.customerId,
      owner.contactId,
    ]);
    const productIds = cartRow
      ? (await tx.query<{ product_id: number }>('SELECT product_id FROM cart_lines WHERE cart_id = $1', [cartRow.id])).map((row) => row.product_id)
      : [];
    const state = await readCartState(tx, owner);

    const [previous] = await tx.query<{ order_id: number; request_hash: string; cart_hash: string }>(
      'SELECT order_id, request_hash, cart_hash FROM idempotency_keys WHERE customer_id = $1 AND key = $2',
      [owner.customerId, key],
    );
    if (previous) {
      // The first placement emptied the cart, so a true retry finds it empty (or as it was).
      const sameCart = state.lines.length === 0 || cartHash(state) === previous.cart_hash;
      if (previous.request_hash !== requestHash(request) || !sameCart) {
        throw new ApiError(409, 'conflict', 'This Idempotency-Key was already used for a different order.', undefined, { kind: 'idempotency_key_reused' });
      }
      return { order: (await loadOrder(tx, previous.order_id, owner.customerId))!, replayed: true };
    }

    if (!cartRow || state.lines.length === 0) {
      throw new ApiError(409, 'conflict', 'Your cart is empty.', undefined, { kind: 'cart_empty' });
    }

    const products = await tx.query<{ id: number; stock: number }>(
      'SELECT id, stock FROM products WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE',
      [productIds],
    );
    // Re-read under the locks: prices, rules and stock as they are now.
    const locked = await readCartState(tx, owner);
    const totals = totalsOf(locked.lines);
    const changes = changesOf(locked);
    const cartChanged = request.cartVersion !== undefined && request.cartVersion !== locked.version;
    const totalDiffers = request.expectedTotal.currency !== locked.currency || request.expectedTotal.amount !== totals.gross;
    if (changes.length > 0 || cartChanged || totalDiffers) {
      const details: OrderConflictDetails = {
        kind: 'order_conflict',
        expectedTotal: request.expectedTotal,
        currentTotal: { amount: totals.gross, currency: locked.currency },
        cartChanged,
        changes,
      };
      const message = changes.length > 0
        ? 'Some lines changed since you saw them. Please check your cart.'
        : cartChanged
          ? 'Your cart was changed elsewhere. Please check it.'
          : 'The total changed since you saw it. Please check your cart.';
      throw new ApiError(409, 'conflict', message, undefined, details);
    }

    const delivery = await deliverySnapshot(tx, owner.customerId, request.delivery ?? locked.delivery);
    await checkOrderLimit(tx, customer, totals.gross);

    const [order] = await tx.query<{ id: number }>(
      `INSERT INTO orders (customer_id, contact_id, status, currency, net, vat, gross, note, po_number, delivery)
       VALUES ($1, $2, 'placed', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        owner.customerId, owner.contactId, locked.currency, totals.net, totals.vat, totals.gross,
        request.note ?? locked.note, request.poNumber || null, JSON.stringify(delivery),
      ],
    );
    const orderId = order!.id;
    const stockById = new Map(products.map((product) => [product.id, product.stock]));
    for (const [index, line] of locked.lines.entries()) {
      const stock = Math.max(0, stockById.get(line.productId) ?? 0);
      const reserve = Math.min(stock, line.quantity);
      const lineNet = line.price! * line.quantity;
      await tx.query(
        `INSERT INTO order_lines (order_id, position, product_id, sku, name, unit, quantity, preorder_quantity, unit_price, line_total, vat_rate)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [orderId, index + 1, line.productId, line.sku, line.name, line.unit, line.quantity, line.quantity - reserve, line.price, lineNet, line.vatRate],
      );
      if (reserve === 0) continue;
      // Conditional decrement: even if a lock were missed, stock can never go below zero.
      const taken = await tx.query('UPDATE products SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING id', [line.productId, reserve]);
      if (taken.length === 0) throw new ApiError(409, 'conflict', 'Stock changed while placing the order. Please try again.');
      await tx.query('INSERT INTO stock_reservations (order_id, product_id, quantity) VALUES ($1, $2, $3)', [orderId, line.productId, reserve]);
    }
    await tx.query(`INSERT INTO order_status_history (order_id, status, actor, note) VALUES ($1, 'placed', 'buyer', NULL)`, [orderId]);
    await tx.query('INSERT INTO idempotency_keys (customer_id, key, request_hash, cart_hash, order_id) VALUES ($1, $2, $3, $4, $5)', [
      owner.customerId, key, requestHash(request), cartHash(locked), orderId,
    ]);
    // The cart empties only with the order; the delivery choice stays for next time.
    await tx.query('DELETE FROM cart_lines WHERE cart_id = $1', [cartRow.id]);
    await tx.query(`UPDATE carts SET note = '' WHERE id = $1`, [cartRow.id]);
    await touchCart(tx, cartRow.id);
    await enqueueOrderMails(tx, orderId, owner.contactId);
    return { order: (await loadOrder(tx, orderId, owner.customerId))!, replayed: false };
  });
}
