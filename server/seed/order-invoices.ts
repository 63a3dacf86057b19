import { addDays } from '../clock.js';
import type { Database } from '../db/database.js';
import { issueDocument } from '../finance/documents.js';
import { recordPayment } from '../finance/payments.js';

/**
 * Invoices for the demo's delivered orders, with the orders' own lines, paid in full a week later:
 * the order detail has invoices to show, and the customers' balances stay as the after-order seed
 * made them.
 */
export async function seedOrderInvoices(db: Database, now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  await db.transaction(async (tx) => {
    const orders = await tx.query<{ id: number; customer_id: number; placed_at: Date }>(
      `SELECT id, customer_id, placed_at FROM orders WHERE status = 'delivered' ORDER BY customer_id, placed_at, id`,
    );
    for (const order of orders) {
      const lines = await tx.query<{ sku: string; name: string; unit: string; quantity: number; unit_price: number; vat_rate: number }>(
        'SELECT sku, name, unit, quantity, unit_price, vat_rate FROM order_lines WHERE order_id = $1 ORDER BY position',
        [order.id],
      );
      const issueDate = [addDays(order.placed_at.toISOString().slice(0, 10), 1), today].sort()[0]!;
      const id = await issueDocument(
        tx,
        {
          customerId: order.customer_id, type: 'invoice', orderId: order.id, issueDate, notes: '',
          lines: lines.map((line) => ({
            sku: line.sku, description: line.name, quantity: line.quantity, unit: line.unit, unitPrice: line.unit_price, vatRate: Number(line.vat_rate),
          })),
        },
        today,
      );
      const [invoice] = await tx.query<{ gross: number }>('SELECT gross FROM documents WHERE id = $1', [id]);
      await recordPayment(
        tx,
        { customerId: order.customer_id, amount: Number(invoice!.gross), receivedOn: [addDays(issueDate, 7), today].sort()[0]!, method: 'bank_transfer', reference: `BT-ORDER-${order.id}`, invoiceId: id },
        today,
      );
    }
  });
}
