import type { OrderStatus } from '../../contract/orders.js';
import type { Queryable } from '../db/database.js';

/** Where the supplier may move an order from each status. Terminal statuses have none. */
export const allowedTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['placed', 'cancelled'],
  placed: ['pending_payment', 'paid', 'confirmed', 'stock_unavailable', 'cancelled', 'failed'],
  pending_payment: ['paid', 'confirmed', 'cancelled', 'failed'],
  paid: ['confirmed', 'in_production', 'ready', 'stock_unavailable', 'shipped', 'partially_refunded', 'cancelled'],
  confirmed: ['pending_payment', 'paid', 'in_production', 'ready', 'stock_unavailable', 'shipped', 'cancelled'],
  in_production: ['ready', 'stock_unavailable', 'shipped', 'cancelled'],
  ready: ['shipped', 'delivered', 'cancelled'],
  stock_unavailable: ['confirmed', 'in_production', 'ready', 'shipped', 'cancelled'],
  shipped: ['delivered', 'partially_returned', 'returned', 'failed'],
  delivered: ['partially_returned', 'returned', 'partially_refunded'],
  partially_returned: ['returned', 'partially_refunded'],
  partially_refunded: ['partially_returned', 'returned'],
  returned: [],
  cancelled: [],
  failed: [],
};

/** Before the goods leave: ending an order here puts its reserved stock back. */
const beforeShipment: readonly OrderStatus[] = [
  'draft', 'placed', 'pending_payment', 'paid', 'confirmed', 'in_production', 'ready', 'stock_unavailable',
];

export type Actor = 'buyer' | 'supplier' | 'system';

/**
 * Puts an order's unreleased reservations back into stock, once: the UPDATE claims each
 * reservation row (row lock + `released_at IS NULL`), so a second caller, concurrent or later,
 * finds nothing left to release. Products are updated in id order, as placing locks them.
 */
export async function releaseReservations(tx: Queryable, orderId: number, at: Date) {
  const released = await tx.query<{ product_id: number; quantity: number }>(
    `UPDATE stock_reservations SET released_at = $2 WHERE order_id = $1 AND released_at IS NULL RETURNING product_id, quantity`,
    [orderId, at],
  );
  const perProduct = new Map<number, number>();
  for (const row of released) perProduct.set(row.product_id, (perProduct.get(row.product_id) ?? 0) + row.quantity);
  for (const [productId, quantity] of [...perProduct].sort(([a], [b]) => a - b)) {
    await tx.query('UPDATE products SET stock = stock + $2 WHERE id = $1', [productId, quantity]);
  }
  return released.length;
}

/**
 * Moves a locked order (the caller holds `SELECT … FOR UPDATE`) to a new status with a history
 * entry; cancelling or failing before shipment returns the reserved stock.
 */
export async function changeStatus(
  tx: Queryable,
  order: { id: number; status: OrderStatus },
  to: OrderStatus,
  options: { note?: string | null; actor: Actor; at?: Date },
) {
  const at = options.at ?? new Date();
  await tx.query('UPDATE orders SET status = $2, updated_at = $3 WHERE id = $1', [order.id, to, at]);
  await tx.query('INSERT INTO order_status_history (order_id, status, note, actor, changed_at) VALUES ($1, $2, $3, $4, $5)', [
    order.id,
    to,
    options.note ?? null,
    options.actor,
    at,
  ]);
  if ((to === 'cancelled' || to === 'failed') && beforeShipment.includes(order.status)) {
    await releaseReservations(tx, order.id, at);
  }
}

/** The order row locked for this transaction, scoped to a customer unless `customerId` is null. */
export async function lockOrder(tx: Queryable, orderId: number, customerId: number | null) {
  const [row] = await tx.query<{ id: number; status: OrderStatus; customer_id: number }>(
    'SELECT id, status, customer_id FROM orders WHERE id = $1 AND ($2::int IS NULL OR customer_id = $2) FOR UPDATE',
    [orderId, customerId],
  );
  return row;
}
