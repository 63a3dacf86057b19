import type { z } from 'zod';
import type { Payment, RecordPaymentRequest } from '../../contract/admin.js';
import type { Queryable } from '../db/database.js';
import { ApiError, notFound } from '../http/errors.js';
import { documentFigures } from './documents.js';

/** Records money received, allocated to one invoice or proforma of the customer, or on account. */
export async function recordPayment(tx: Queryable, request: z.output<typeof RecordPaymentRequest>, today: string): Promise<Payment> {
  const [customer] = await tx.query<{ currency: string }>('SELECT currency FROM customers WHERE id = $1', [request.customerId]);
  if (!customer) throw notFound('This customer');
  if (request.invoiceId !== undefined) {
    // Locked first, so two payments cannot both take the last amount due.
    await tx.query('SELECT id FROM documents WHERE id = $1 AND customer_id = $2 FOR UPDATE', [request.invoiceId, request.customerId]);
    const [document] = await tx.query<{ type: string; gross: number; paid: number }>(
      `SELECT type, gross, paid FROM (${documentFigures}) docs WHERE id = $3`,
      [request.customerId, today, request.invoiceId],
    );
    if (!document || !['invoice', 'proforma'].includes(document.type)) {
      throw new ApiError(400, 'validation_failed', 'Please check: invoiceId.', { invoiceId: 'No invoice or proforma of this customer has this id' });
    }
    const due = document.gross - document.paid;
    if (request.amount > due) {
      throw new ApiError(400, 'validation_failed', 'The payment is more than what is due on the document.', {
        amount: `At most ${due} is due; record the rest on account`,
      });
    }
  }
  const receivedOn = request.receivedOn ?? today;
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO payments (customer_id, document_id, received_on, amount, currency, method, reference)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [request.customerId, request.invoiceId ?? null, receivedOn, request.amount, customer.currency, request.method, request.reference],
  );
  return {
    id: row!.id,
    customerId: request.customerId,
    invoiceId: request.invoiceId ?? null,
    receivedOn,
    amount: { amount: request.amount, currency: customer.currency },
    method: request.method,
    reference: request.reference,
  };
}
