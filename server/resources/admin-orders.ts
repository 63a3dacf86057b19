import { routes } from '../../contract/routes.js';
import type { Api } from '../http/api.js';
import { ApiError, notFound } from '../http/errors.js';
import { cartFor } from './cart-view.js';
import { allowedTransitions, changeStatus, lockOrder } from './order-status.js';
import { listOrders, loadOrder } from './order-view.js';

/** The supplier's side of ordering (admin key): orders through their statuses, shipments, carts, order limits. */
export function mountAdminOrders(api: Api) {
  api.handle(routes.adminListOrders, async ({ db, query }) => listOrders(db, query.customerId ?? null, query));

  api.handle(routes.adminGetOrder, async ({ db, params }) => {
    const order = await loadOrder(db, params.id, null);
    if (!order) throw notFound('This order');
    return order;
  });

  api.handle(routes.setOrderStatus, async ({ db, params, body }) => {
    await db.transaction(async (tx) => {
      const order = await lockOrder(tx, params.id, null);
      if (!order) throw notFound('This order');
      if (body.status !== order.status) {
        if (!allowedTransitions[order.status].includes(body.status)) {
          throw new ApiError(409, 'conflict', `An order cannot go from ${order.status} to ${body.status}.`, {
            status: `Allowed from ${order.status}: ${allowedTransitions[order.status].join(', ') || 'none'}`,
          });
        }
        await changeStatus(tx, order, body.status, { actor: 'supplier', note: body.note ?? null });
      }
      if (body.estimatedShipDate !== undefined) {
        await tx.query('UPDATE orders SET estimated_ship_date = $2 WHERE id = $1', [order.id, body.estimatedShipDate]);
      }
    });
    return (await loadOrder(db, params.id, null))!;
  });

  api.handle(routes.addShipment, async ({ db, params, body }) =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, params.id, null);
      if (!order) throw notFound('This order');
      const alreadyShipped = ['shipped', 'delivered', 'partially_returned'].includes(order.status);
      if (!alreadyShipped && !allowedTransitions[order.status].includes('shipped')) {
        throw new ApiError(409, 'conflict', `An order that is ${order.status} cannot be shipped; confirm it first.`);
      }
      const [shipment] = await tx.query<{ id: number; shipped_at: Date }>(
        `INSERT INTO shipments (order_id, carrier, tracking_number, tracking_url, shipped_at)
         VALUES ($1, $2, $3, $4, COALESCE($5::timestamptz, now())) RETURNING id, shipped_at`,
        [order.id, body.carrier, body.trackingNumber, body.trackingUrl ?? null, body.shippedAt ?? null],
      );
      if (!alreadyShipped) {
        await changeStatus(tx, order, 'shipped', { actor: 'supplier', note: `${body.carrier} ${body.trackingNumber}`, at: shipment!.shipped_at });
      }
      return {
        id: shipment!.id,
        carrier: body.carrier,
        trackingNumber: body.trackingNumber,
        trackingUrl: body.trackingUrl ?? null,
        shippedAt: shipment!.shipped_at.toISOString(),
      };
    }),
  );

  api.handle(routes.listCarts, async ({ db, query, origin }) => {
    const params: unknown[] = [query.customerId ?? null, query.includeEmpty];
    const where = `WHERE ($1::int IS NULL OR c.customer_id = $1)
                     AND ($2 OR EXISTS (SELECT 1 FROM cart_lines cl WHERE cl.cart_id = c.id))`;
    const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM carts c ${where}`, params);
    const rows = await db.query<{ customer_id: number; customer_name: string; contact_id: number; contact_name: string; email: string }>(
      `SELECT c.customer_id, cu.name AS customer_name, c.contact_id, co.name AS contact_name, co.email
         FROM carts c JOIN customers cu ON cu.id = c.customer_id JOIN contacts co ON co.id = c.contact_id
         ${where}
        ORDER BY c.updated_at DESC, c.id DESC
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const items = [];
    for (const row of rows) {
      items.push({
        customer: { id: row.customer_id, name: row.customer_name },
        contact: { id: row.contact_id, name: row.contact_name, email: row.email },
        // The supplier looking must not move the buyer's quotes: read without remembering them.
        cart: await cartFor(db, { customerId: row.customer_id, contactId: row.contact_id }, origin, { remember: false }),
      });
    }
    return { items, total: count?.total ?? 0, page: query.page, pageSize: query.pageSize };
  });
}
