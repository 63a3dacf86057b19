import type { Queryable } from '../db/database.js';
import { loadOrder } from '../resources/order-view.js';
import { enqueueMail, type OutboxEntry } from './outbox.js';

type LoadedOrder = NonNullable<Awaited<ReturnType<typeof loadOrder>>>;

const escapeHtml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const formatMoney = (money: { amount: number; currency: string }, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amount / 100);

function deliveryText(order: LoadedOrder): string {
  if (order.delivery.kind === 'pickup') return `Pickup at ${order.delivery.location.name}, ${order.delivery.location.city}`;
  const a = order.delivery.address;
  return [a.recipient, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country].filter(Boolean).join(', ');
}

/** The two messages of a new order: a notification to the supplier and a confirmation to the buyer. */
export function composeOrderMails(
  order: LoadedOrder,
  context: { supplierName: string; supplierEmail: string | null; buyerEmail: string | null; buyerName: string; locale: string },
): OutboxEntry[] {
  const money = (value: { amount: number; currency: string }) => formatMoney(value, context.locale);
  const lines = order.lines.map(
    (line) =>
      `${line.quantity} ${line.unit} × ${line.sku} ${line.name} @ ${money(line.unitPrice)} = ${money(line.lineTotal)}` +
      (line.preorderQuantity > 0 ? ` (pre-order: ${line.preorderQuantity})` : ''),
  );
  const summary = [
    `Order ${order.number}`,
    `Customer: ${order.customer.name}`,
    ...(order.poNumber ? [`PO number: ${order.poNumber}`] : []),
    '',
    ...lines,
    '',
    `Net: ${money(order.totals.net)}`,
    `VAT: ${money(order.totals.vat)}`,
    `Total: ${money(order.totals.gross)}`,
    '',
    `Delivery: ${deliveryText(order)}`,
    ...(order.note ? [`Note: ${order.note}`] : []),
  ].join('\n');
  const html = `<pre style="font: 14px/1.5 sans-serif">${escapeHtml(summary)}</pre>`;
  const mails: OutboxEntry[] = [];
  if (context.supplierEmail) {
    mails.push({
      orderId: order.id,
      kind: 'order_placed_supplier',
      to: context.supplierEmail,
      subject: `New order ${order.number} from ${order.customer.name}`,
      text: `${context.buyerName} placed an order.\n\n${summary}\n`,
      html: `<p>${escapeHtml(context.buyerName)} placed an order.</p>${html}`,
    });
  }
  if (context.buyerEmail) {
    mails.push({
      orderId: order.id,
      kind: 'order_placed_buyer',
      to: context.buyerEmail,
      subject: `Your order ${order.number} at ${context.supplierName}`,
      text: `Thank you, ${context.buyerName}. We received your order.\n\n${summary}\n`,
      html: `<p>Thank you, ${escapeHtml(context.buyerName)}. We received your order.</p>${html}`,
    });
  }
  return mails;
}

/** Queues the new order's mails in the placing transaction (sent after commit by the outbox). */
export async function enqueueOrderMails(tx: Queryable, orderId: number, contactId: number) {
  const order = await loadOrder(tx, orderId, null);
  if (!order) return;
  const [context] = await tx.query<{ supplier_name: string; order_email: string | null; email: string | null; contact_name: string | null; locale: string }>(
    `SELECT s.name AS supplier_name, s.order_email, co.email, co.name AS contact_name, cu.locale
       FROM supplier s CROSS JOIN customers cu LEFT JOIN contacts co ON co.id = $2
      WHERE cu.id = $1`,
    [order.customer.id, contactId],
  );
  if (!context) return;
  const mails = composeOrderMails(order, {
    supplierName: context.supplier_name,
    supplierEmail: context.order_email,
    buyerEmail: context.email,
    buyerName: context.contact_name ?? order.customer.name,
    locale: context.locale === 'ro' ? 'ro-RO' : 'en-GB',
  });
  for (const mail of mails) await enqueueMail(tx, mail);
}
