import type { z } from 'zod';
import type { Order, OrderDelivery, OrderQuery, OrderStatus, OrderSummary } from '../../contract/orders.js';
import { cancellableStatuses } from '../../contract/orders.js';
import type { Queryable } from '../db/database.js';

interface SummaryRow {
  id: number; number: string; status: OrderStatus; placed_at: Date; po_number: string | null; currency: string;
  net: number; vat: number; gross: number; estimated_ship_date: string | null; line_count: number;
  customer_id: number; customer_name: string;
}

interface DetailRow extends SummaryRow {
  note: string;
  delivery: OrderDelivery;
  pickup_deadline: Date | null;
}

const summaryColumns = `
  o.id, o.number, o.status, o.placed_at, o.po_number, o.currency, o.net, o.vat, o.gross,
  to_char(o.estimated_ship_date, 'YYYY-MM-DD') AS estimated_ship_date,
  (SELECT count(*)::int FROM order_lines l WHERE l.order_id = o.id) AS line_count,
  o.customer_id, cu.name AS customer_name`;

const fromOrders = `FROM orders o JOIN customers cu ON cu.id = o.customer_id CROSS JOIN supplier s`;

type SummaryDto = z.input<typeof OrderSummary>;
type OrderDto = z.input<typeof Order>;

function toSummary(row: SummaryRow): SummaryDto & { customer: { id: number; name: string } } {
  const money = (amount: number) => ({ amount, currency: row.currency });
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    placedAt: row.placed_at.toISOString(),
    poNumber: row.po_number,
    lineCount: row.line_count,
    totals: { net: money(row.net), vat: money(row.vat), gross: money(row.gross) },
    estimatedShipDate: row.estimated_ship_date,
    canCancel: cancellableStatuses.includes(row.status),
    customer: { id: row.customer_id, name: row.customer_name },
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of orders, newest first; scoped to one customer unless `customerId` is null (the supplier). */
export async function listOrders(db: Queryable, customerId: number | null, query: z.output<typeof OrderQuery>) {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (customerId !== null) add((n) => `o.customer_id = ${n}`, customerId);
  if (query.status) add((n) => `o.status = ${n}`, query.status);
  if (query.from) add((n) => `o.placed_at >= ${n}::date`, query.from);
  if (query.to) add((n) => `o.placed_at < ${n}::date + 1`, query.to);
  if (query.q) add((n) => `(o.number ILIKE ${n} OR o.po_number ILIKE ${n})`, `%${escapeLike(query.q)}%`);
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM orders o ${filter}`, params);
  const rows = await db.query<SummaryRow>(
    `SELECT ${summaryColumns} ${fromOrders} ${filter}
      ORDER BY o.placed_at DESC, o.id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    params,
  );
  return { items: rows.map(toSummary), total: count?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

/** One order with lines, shipments and history; undefined when it is not this customer's (or does not exist). */
export async function loadOrder(db: Queryable, orderId: number, customerId: number | null) {
  const [row] = await db.query<DetailRow>(
    `SELECT ${summaryColumns}, o.note, o.delivery,
            CASE WHEN o.status = ANY($3::text[]) THEN o.placed_at + make_interval(hours => s.order_expiry_hours) END AS pickup_deadline
       ${fromOrders}
      WHERE o.id = $1 AND ($2::int IS NULL OR o.customer_id = $2)`,
    [orderId, customerId, cancellableStatuses],
  );
  if (!row) return undefined;
  const money = (amount: number) => ({ amount, currency: row.currency });
  const [lines, shipments, history] = await Promise.all([
    db.query<{
      id: number; product_id: number | null; sku: string; name: string; unit: string; quantity: number;
      preorder_quantity: number; unit_price: number; line_total: number; vat_rate: number;
    }>('SELECT * FROM order_lines WHERE order_id = $1 ORDER BY position', [orderId]),
    db.query<{ id: number; carrier: string; tracking_number: string; tracking_url: string | null; shipped_at: Date }>(
      'SELECT * FROM shipments WHERE order_id = $1 ORDER BY shipped_at, id',
      [orderId],
    ),
    db.query<{ status: OrderStatus; changed_at: Date; note: string | null }>(
      'SELECT status, changed_at, note FROM order_status_history WHERE order_id = $1 ORDER BY changed_at, id',
      [orderId],
    ),
  ]);
  const order: OrderDto & { customer: { id: number; name: string } } = {
    ...toSummary(row),
    lines: lines.map((line) => ({
      id: line.id,
      productId: line.product_id ?? 0,
      sku: line.sku,
      name: line.name,
      unit: line.unit,
      quantity: line.quantity,
      preorderQuantity: line.preorder_quantity,
      unitPrice: money(line.unit_price),
      lineTotal: money(line.line_total),
      vatRate: line.vat_rate,
    })),
    note: row.note,
    delivery: row.delivery,
    shipments: shipments.map((shipment) => ({
      id: shipment.id,
      carrier: shipment.carrier,
      trackingNumber: shipment.tracking_number,
      trackingUrl: shipment.tracking_url,
      shippedAt: shipment.shipped_at.toISOString(),
    })),
    history: history.map((change) => ({ status: change.status, at: change.changed_at.toISOString(), note: change.note })),
    pickupDeadline: row.pickup_deadline?.toISOString() ?? null,
  };
  return order;
}

/** The buyer's view: the same order without whose it is. */
export function forBuyer<T extends { customer: unknown }>(order: T): Omit<T, 'customer'> {
  const { customer: _customer, ...rest } = order;
  return rest;
}
