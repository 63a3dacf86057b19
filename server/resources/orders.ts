import { cancellableStatuses } from '../../contract/orders.js';
import { routes } from '../../contract/routes.js';
import type { Api } from '../http/api.js';
import { ApiError, notFound } from '../http/errors.js';
import { addLinesToCart, lockCart } from './cart.js';
import { previousBulkAdd, rememberBulkAdd } from './cart-add-keys.js';
import { cartFor } from './cart-view.js';
import { placeOrder } from './order-placement.js';
import { changeStatus, lockOrder } from './order-status.js';
import { forBuyer, listOrders, loadOrder } from './order-view.js';

export interface OrderHooks {
  /** Called after an order is committed (the mail outbox sends then). */
  afterOrderPlaced?: (orderId: number) => void;
}

/** The buyer's orders: placing the cart, history, detail, cancel and reorder. Someone else's order is a 404 everywhere. */
export function mountOrders(api: Api, hooks: OrderHooks = {}) {
  api.handle(routes.placeOrder, async ({ db, caller, body, headers, context, config }) => {
    const owner = { customerId: caller.customerId, contactId: caller.contactId };
    const { order, replayed } = await placeOrder(db, owner, body, headers['idempotency-key']);
    // The chaos run's window between commit and answer (see Config.afterOrderCommitDelayMs).
    if (config.afterOrderCommitDelayMs) await new Promise((resolve) => setTimeout(resolve, config.afterOrderCommitDelayMs));
    if (replayed) {
      context.header('Idempotent-Replayed', 'true');
      return context.json(forBuyer(order), 200);
    }
    hooks.afterOrderPlaced?.(order.id);
    return forBuyer(order);
  });

  api.handle(routes.listOrders, async ({ db, caller, query }) => {
    const page = await listOrders(db, caller.customerId, query);
    return { ...page, items: page.items.map(forBuyer) };
  });

  api.handle(routes.getOrder, async ({ db, caller, params }) => {
    const order = await loadOrder(db, params.id, caller.customerId);
    if (!order) throw notFound('This order');
    return forBuyer(order);
  });

  api.handle(routes.cancelOrder, async ({ db, caller, params }) => {
    await db.transaction(async (tx) => {
      const order = await lockOrder(tx, params.id, caller.customerId);
      if (!order) throw notFound('This order');
      if (order.status === 'cancelled') return;
      if (!cancellableStatuses.includes(order.status)) {
        throw new ApiError(409, 'conflict', 'The supplier is already handling this order; please contact them to change it.');
      }
      await changeStatus(tx, order, 'cancelled', { actor: 'buyer', note: 'Cancelled by the buyer.' });
    });
    return forBuyer((await loadOrder(db, params.id, caller.customerId))!);
  });

  api.handle(routes.reorder, async ({ db, caller, params, headers, origin, context }) =>
    db.transaction(async (tx) => {
      const owner = { customerId: caller.customerId, contactId: caller.contactId };
      const order = await loadOrder(tx, params.id, caller.customerId);
      if (!order) throw notFound('This order');
      const cartId = await lockCart(tx, owner);
      // A retried "order again" (same key) answers the first one's results and adds nothing again.
      const key = headers['idempotency-key'];
      const request = { reorder: order.id };
      const previous = key ? await previousBulkAdd(tx, cartId, key, request) : undefined;
      if (previous) context.header('Idempotent-Replayed', 'true');
      const results =
        previous ??
        (await addLinesToCart(
          tx,
          owner,
          cartId,
          order.lines.map((line) => ({ productId: line.productId || undefined, sku: line.productId ? undefined : line.sku, quantity: line.quantity })),
        ));
      if (key && !previous) await rememberBulkAdd(tx, cartId, key, request, results);
      const added = [];
      const unavailable = [];
      for (const result of results) {
        const line = order.lines[result.index]!;
        if (result.status === 'added') added.push({ productId: result.productId, sku: result.sku, quantity: line.quantity });
        else {
          const gone = result.code === 'unknown_sku';
          const message = gone ? 'No longer available to your account.' : result.message;
          const issue = gone ? { code: 'unavailable' as const } : result.issue;
          unavailable.push({ productId: line.productId, sku: line.sku, name: line.name, message, ...(issue && { issue }) });
        }
      }
      return { added, unavailable, cart: await cartFor(tx, owner, origin) };
    }),
  );
}
