import { z } from 'zod';
import { Address, Delivery, PickupLocation } from './addresses.js';
import { Cart, Totals } from './cart.js';
import { Money, PageQuery, pageOf } from './common.js';
import { FieldIssue } from './errors.js';

/**
 * The canonical order statuses, covering the portals Tradecounter matches. An order is "picked up"
 * by the supplier once it is `confirmed` or later; until then the buyer may cancel it.
 */
export const OrderStatus = z
  .enum([
    'draft',
    'placed',
    'pending_payment',
    'paid',
    'confirmed',
    'in_production',
    'ready',
    'stock_unavailable',
    'shipped',
    'delivered',
    'partially_returned',
    'returned',
    'partially_refunded',
    'cancelled',
    'failed',
  ])
  .meta({ id: 'OrderStatus' });
export type OrderStatus = z.infer<typeof OrderStatus>;

/** A short buyer-facing explanation of each status (English; the SDK translates its own copy). */
export const orderStatusDescriptions: Record<OrderStatus, string> = {
  draft: 'Saved but not sent to the supplier yet.',
  placed: 'Sent to the supplier and waiting to be confirmed.',
  pending_payment: 'Waiting for your payment before the supplier goes ahead.',
  paid: 'Your payment has been received.',
  confirmed: 'The supplier has accepted the order and is preparing it.',
  in_production: 'The goods are being made or assembled for you.',
  ready: 'Packed and ready to ship or to collect.',
  stock_unavailable: 'Some goods are out of stock; the supplier will tell you what happens next.',
  shipped: 'On its way to you.',
  delivered: 'Delivered.',
  partially_returned: 'Some goods were returned.',
  returned: 'All goods were returned.',
  partially_refunded: 'Part of the amount was refunded.',
  cancelled: 'Cancelled; reserved goods went back to stock.',
  failed: 'The order could not be completed.',
};

/** Statuses in which the buyer may still cancel: the supplier has not picked the order up. */
export const cancellableStatuses: readonly OrderStatus[] = ['placed', 'pending_payment'];

/** Statuses whose value counts against the customer's order limit (open, not yet delivered). */
export const openStatuses: readonly OrderStatus[] = [
  'placed', 'pending_payment', 'paid', 'confirmed', 'in_production', 'ready', 'stock_unavailable', 'shipped',
];

/** What the order was delivered to: a copy of the address at the time of ordering, or pickup. */
export const OrderDelivery = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('address'),
      // The address as it was when the order was placed (a copy: later edits of the address book do not change it).
      address: Address.pick({ recipient: true, line1: true, line2: true, postalCode: true, city: true, region: true, country: true, phone: true }),
    }),
    z.object({ kind: z.literal('pickup'), location: PickupLocation }),
  ])
  .meta({ id: 'OrderDelivery' });
export type OrderDelivery = z.infer<typeof OrderDelivery>;

export const OrderLine = z
  .object({
    id: z.number().int(),
    productId: z.number().int(),
    sku: z.string(),
    name: z.string(),
    unit: z.string(),
    quantity: z.number().int(),
    preorderQuantity: z.number().int().describe('Part of the quantity ordered ahead of stock (pre-order); 0 for most lines.'),
    unitPrice: Money.describe('The price charged, without VAT.'),
    lineTotal: Money.describe('Without VAT.'),
    vatRate: z.number(),
  })
  .meta({ id: 'OrderLine' });
export type OrderLine = z.infer<typeof OrderLine>;

export const Shipment = z
  .object({
    id: z.number().int(),
    carrier: z.string(),
    trackingNumber: z.string().describe('The carrier’s tracking number (AWB).'),
    trackingUrl: z.string().nullable(),
    shippedAt: z.string(),
  })
  .meta({ id: 'Shipment' });
export type Shipment = z.infer<typeof Shipment>;

export const StatusChange = z
  .object({ status: OrderStatus, at: z.string(), note: z.string().nullable() })
  .meta({ id: 'StatusChange' });
export type StatusChange = z.infer<typeof StatusChange>;

/** An order as the list shows it. */
export const OrderSummary = z
  .object({
    id: z.number().int(),
    number: z.string().describe('The human order number, e.g. `SO-100042`.'),
    status: OrderStatus,
    placedAt: z.string(),
    poNumber: z.string().nullable().describe('The buyer’s own purchase-order reference.'),
    lineCount: z.number().int(),
    totals: Totals,
    estimatedShipDate: z.string().nullable().describe('ISO date, when the supplier has given one.'),
    canCancel: z.boolean(),
  })
  .meta({ id: 'OrderSummary' });
export type OrderSummary = z.infer<typeof OrderSummary>;

export const Order = OrderSummary.extend({
  lines: z.array(OrderLine),
  note: z.string(),
  delivery: OrderDelivery,
  shipments: z.array(Shipment),
  history: z.array(StatusChange).describe('Oldest first.'),
  pickupDeadline: z
    .string()
    .nullable()
    .describe('While not yet confirmed: when the order is cancelled automatically unless the supplier picks it up.'),
}).meta({ id: 'Order' });
export type Order = z.infer<typeof Order>;

export const OrderQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100, 'At most 100 items per page').default(20),
  status: OrderStatus.optional(),
  from: z.iso.date('Use a date such as 2026-03-01').optional().describe('Placed on or after this date.'),
  to: z.iso.date('Use a date such as 2026-03-31').optional().describe('Placed on or before this date.'),
  q: z.string().trim().max(50).optional().describe('Part of the order number or the PO number.'),
});
/** What a client may ask for; every field is optional. */
export type OrderQuery = Partial<z.output<typeof OrderQuery>>;

export const OrderPage = pageOf(OrderSummary).meta({ id: 'OrderPage' });
export type OrderPage = z.infer<typeof OrderPage>;

/**
 * Places the cart. Send header `Idempotency-Key` (any unique string up to 100 characters, e.g. a
 * UUID) and reuse it when retrying the same placement.
 */
export const PlaceOrderRequest = z
  .object({
    expectedTotal: Money.describe('The cart’s gross total the buyer saw (`cart.totals.gross`).'),
    cartVersion: z.number().int().optional().describe('The cart version the buyer saw; a different one answers 409.'),
    note: z.string().max(2000, 'At most 2,000 characters').optional().describe('Replaces the cart’s note when given.'),
    delivery: Delivery.optional().describe('Replaces the cart’s delivery when given.'),
    poNumber: z.string().trim().max(50, 'At most 50 characters').optional(),
  })
  .meta({ id: 'PlaceOrderRequest' });
export type PlaceOrderRequest = z.infer<typeof PlaceOrderRequest>;

export const OrderChangeReason = z.enum(['price_changed', 'insufficient_stock', 'unavailable', 'below_minimum', 'not_multiple']);
export type OrderChangeReason = z.infer<typeof OrderChangeReason>;

/** `error.details` of a 409 from placing: what differs from what the buyer saw, per line. */
export const OrderConflictDetails = z
  .object({
    kind: z.literal('order_conflict'),
    expectedTotal: Money,
    currentTotal: Money,
    cartChanged: z.boolean().describe('The cart version differs from `cartVersion` (changed in another tab or device).'),
    changes: z.array(
      z.object({
        productId: z.number().int(),
        sku: z.string(),
        name: z.string(),
        reason: OrderChangeReason,
        message: z.string(),
        previousPrice: Money.optional(),
        currentPrice: Money.optional(),
        requested: z.number().int().optional(),
        available: z.number().int().optional().describe('Units in stock, when the supplier shows quantities.'),
      }),
    ),
  })
  .meta({ id: 'OrderConflictDetails' });
export type OrderConflictDetails = z.infer<typeof OrderConflictDetails>;

/** `error.details` of a 422 from placing: the order limit and what remains of it. */
export const OrderLimitDetails = z
  .object({
    kind: z.literal('order_limit'),
    limit: Money,
    open: Money.describe('Value (with VAT) of the customer’s open orders.'),
    remaining: Money,
    orderTotal: Money,
  })
  .meta({ id: 'OrderLimitDetails' });
export type OrderLimitDetails = z.infer<typeof OrderLimitDetails>;

export const ReorderResponse = z
  .object({
    added: z.array(z.object({ productId: z.number().int(), sku: z.string(), quantity: z.number().int() })),
    unavailable: z
      .array(
        z.object({
          productId: z.number().int(),
          sku: z.string(),
          name: z.string(),
          message: z.string(),
          issue: FieldIssue.optional().describe('Why, as a stable code clients word in any language (as `Error.fieldIssues`).'),
        }),
      )
      .describe('Lines of the order that could not go into the cart.'),
    cart: Cart,
  })
  .meta({ id: 'ReorderResponse' });
export type ReorderResponse = z.infer<typeof ReorderResponse>;

// ---- supplier (admin) side ----

export const SetOrderStatus = z
  .object({
    status: OrderStatus,
    note: z.string().max(500).optional(),
    estimatedShipDate: z.iso.date().nullable().optional(),
  })
  .meta({ id: 'SetOrderStatus' });
export type SetOrderStatus = z.infer<typeof SetOrderStatus>;

export const AddShipment = z
  .object({
    carrier: z.string().trim().min(1, 'Enter the carrier').max(100),
    trackingNumber: z.string().trim().min(1, 'Enter the tracking number').max(100),
    trackingUrl: z.url('Enter a full URL').max(500).optional(),
    shippedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: 'AddShipment' });
export type AddShipment = z.infer<typeof AddShipment>;

export const AdminOrder = Order.extend({
  customer: z.object({ id: z.number().int(), name: z.string() }),
}).meta({ id: 'AdminOrder' });
export type AdminOrder = z.infer<typeof AdminOrder>;

export const AdminOrderQuery = OrderQuery.extend({ customerId: z.coerce.number().int().positive().optional() });

export const AdminOrderPage = pageOf(OrderSummary.extend({ customer: z.object({ id: z.number().int(), name: z.string() }) })).meta({
  id: 'AdminOrderPage',
});

