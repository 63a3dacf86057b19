import { z } from 'zod';
import { Id, optionalIdempotencyHeaders } from '../common.js';
import {
  AddShipment, AdminOrder, AdminOrderPage, AdminOrderQuery, Order, OrderPage, OrderQuery,
  PlaceOrderRequest, ReorderResponse, SetOrderStatus, Shipment,
} from '../orders.js';
import { customerRoute, route } from '../route.js';

const IdParams = z.object({ id: Id });

const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string({ error: 'Send an Idempotency-Key header, e.g. a new UUID per placement' })
    .trim()
    .min(8, 'Use at least 8 characters, e.g. a UUID')
    .max(100, 'At most 100 characters')
    .describe('Unique per placement; reuse it when retrying the same placement.'),
});

const ReorderHeaders = optionalIdempotencyHeaders('Unique per "order again"; reuse it when retrying, so the lines are added to the cart once.');

/** Placing the cart as an order, order history and tracking, and the supplier's side of orders. */
export const orderRoutes = {
  placeOrder: route({
    method: 'post',
    path: '/v1/orders',
    tag: 'orders',
    summary:
      'Place the cart as an order (header `Idempotency-Key` required). Re-prices and reserves stock in one transaction; ' +
      '409 with `details.kind = order_conflict` when a price, stock or the cart changed; 422 with `details.kind = order_limit` ' +
      'when the order limit would be exceeded. Repeating the key answers the same order (200).',
    auth: customerRoute('orders'),
    headers: IdempotencyHeaders,
    body: PlaceOrderRequest,
    status: 201,
    response: Order,
    errors: [409, 422],
  }),
  listOrders: route({
    method: 'get',
    path: '/v1/orders',
    tag: 'orders',
    summary: 'The customer’s orders, newest first, paged; filter by status and date, search by order number.',
    auth: customerRoute('orders'),
    query: OrderQuery,
    response: OrderPage,
  }),
  getOrder: route({
    method: 'get',
    path: '/v1/orders/:id',
    tag: 'orders',
    summary: 'One order: lines, totals, delivery, shipments with tracking, status history.',
    auth: customerRoute('orders'),
    params: IdParams,
    response: Order,
    errors: [404],
  }),
  cancelOrder: route({
    method: 'post',
    path: '/v1/orders/:id/cancel',
    tag: 'orders',
    summary: 'Cancel an order the supplier has not picked up yet (placed or pending payment); reserved stock returns.',
    auth: customerRoute('orders'),
    params: IdParams,
    response: Order,
    errors: [404, 409],
  }),
  reorder: route({
    method: 'post',
    path: '/v1/orders/:id/reorder',
    tag: 'orders',
    summary:
      'Add the order’s lines to the cart at today’s prices; answers which lines could not be added. With header ' +
      '`Idempotency-Key`, repeating the key answers the first time’s result (header `Idempotent-Replayed: true`) without adding again.',
    auth: customerRoute('orders'),
    params: IdParams,
    headers: ReorderHeaders,
    response: ReorderResponse,
    errors: [404],
  }),
  adminListOrders: route({
    method: 'get',
    path: '/v1/admin/orders',
    tag: 'admin',
    summary: 'All customers’ orders, newest first.',
    auth: { kind: 'admin' },
    query: AdminOrderQuery,
    response: AdminOrderPage,
  }),
  adminGetOrder: route({
    method: 'get',
    path: '/v1/admin/orders/:id',
    tag: 'admin',
    summary: 'One order, with its customer.',
    auth: { kind: 'admin' },
    params: IdParams,
    response: AdminOrder,
    errors: [404],
  }),
  setOrderStatus: route({
    method: 'patch',
    path: '/v1/admin/orders/:id/status',
    tag: 'admin',
    summary: 'Move an order to another status (allowed transitions only; 409 otherwise). Cancelling before shipment returns stock.',
    auth: { kind: 'admin' },
    params: IdParams,
    body: SetOrderStatus,
    response: AdminOrder,
    errors: [404, 409],
  }),
  addShipment: route({
    method: 'post',
    path: '/v1/admin/orders/:id/shipments',
    tag: 'admin',
    summary: 'Record a shipment with carrier and tracking; an order not yet shipped becomes `shipped`.',
    auth: { kind: 'admin' },
    params: IdParams,
    body: AddShipment,
    status: 201,
    response: Shipment,
    errors: [404, 409],
  }),
};
