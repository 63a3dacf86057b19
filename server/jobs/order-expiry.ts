import { cancellableStatuses } from '../../contract/orders.js';
import type { Database } from '../db/database.js';
import { changeStatus, lockOrder } from '../resources/order-status.js';

export interface ExpiryOptions {
  /** The clock; tests pass their own. */
  now?: () => Date;
  /** Overrides the supplier's `order_expiry_hours`. */
  hours?: number;
}

/**
 * Cancels orders the supplier has not picked up (still placed or pending payment) within the
 * supplier's number of hours, and returns their reserved stock. Each order is re-checked under its
 * row lock in its own transaction, so an order confirmed meanwhile is left alone, and running the
 * job twice (or in two processes at once) cancels and releases each order once.
 */
export async function expireOrders(db: Database, options: ExpiryOptions = {}): Promise<number[]> {
  const now = (options.now ?? (() => new Date()))();
  const [supplier] = await db.query<{ order_expiry_hours: number }>('SELECT order_expiry_hours FROM supplier');
  const hours = options.hours ?? supplier?.order_expiry_hours ?? 48;
  const cutoff = new Date(now.getTime() - hours * 3_600_000);
  const due = await db.query<{ id: number }>(
    'SELECT id FROM orders WHERE status = ANY($1::text[]) AND placed_at <= $2 ORDER BY placed_at, id',
    [cancellableStatuses, cutoff],
  );
  const expired: number[] = [];
  for (const { id } of due) {
    const done = await db.transaction(async (tx) => {
      const order = await lockOrder(tx, id, null);
      if (!order || !cancellableStatuses.includes(order.status)) return false;
      const [still] = await tx.query('SELECT 1 FROM orders WHERE id = $1 AND placed_at <= $2', [id, cutoff]);
      if (!still) return false;
      await changeStatus(tx, order, 'cancelled', {
        actor: 'system',
        note: `Not confirmed by the supplier within ${hours} hours.`,
        at: now,
      });
      return true;
    });
    if (done) expired.push(id);
  }
  return expired;
}

/** Runs the expiry every `intervalMs` until stopped; a failed run is logged and the next one tries again. */
export function startOrderExpiry(db: Database, intervalMs: number, options: ExpiryOptions = {}) {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    running ??= expireOrders(db, options)
      .catch((error) => console.error('order expiry:', error))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
