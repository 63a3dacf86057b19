import type { z } from 'zod';
import type { IssueDocumentRequest } from '../../contract/admin.js';
import type { BillTo, DocumentType, Invoice, InvoiceLine, InvoiceQuery, InvoiceStatus, InvoiceSummary } from '../../contract/invoices.js';
import { addDays } from '../clock.js';
import type { Queryable } from '../db/database.js';
import { ApiError, notFound } from '../http/errors.js';
import { pricedCte } from '../resources/pricing.js';

interface DocumentRow {
  id: number; customer_id: number; type: DocumentType; number: string; issue_date: string; due_date: string;
  currency: string; net: number; vat: number; gross: number; paid: number; status: InvoiceStatus;
  order_id: number | null; order_number: string | null; bill_to: BillTo; notes: string;
  applies_to_id: number | null; applies_to_number: string | null;
}

/**
 * The documents of customer `$1` with what has been paid on each and its status on day `$2`.
 * Paid: payments allocated to the document plus credit notes set against it. Receipts and credit
 * notes are settled by nature. Overdue: money still due after the due date.
 */
export const documentFigures = `
  SELECT d.id, d.customer_id, d.type, d.number, d.issue_date::text AS issue_date, d.due_date::text AS due_date,
         d.currency, d.net, d.vat, d.gross, d.order_id, d.order_number, d.bill_to, d.notes,
         a.id AS applies_to_id, a.number AS applies_to_number, f.paid,
         CASE WHEN f.paid >= d.gross THEN 'paid'
              WHEN d.due_date < $2::date THEN 'overdue'
              WHEN f.paid > 0 THEN 'partially_paid'
              ELSE 'unpaid' END AS status
    FROM documents d
    LEFT JOIN documents a ON a.id = d.applies_to_document_id
    CROSS JOIN LATERAL (
      SELECT CASE WHEN d.type IN ('receipt', 'credit_note') THEN d.gross
                  ELSE COALESCE((SELECT sum(p.amount) FROM payments p WHERE p.document_id = d.id), 0)
                     + COALESCE((SELECT sum(c.gross) FROM documents c WHERE c.applies_to_document_id = d.id), 0)
             END AS paid
    ) f
   WHERE d.customer_id = $1`;

function toSummary(row: DocumentRow): InvoiceSummary {
  const money = (amount: number) => ({ amount, currency: row.currency });
  return {
    id: row.id,
    type: row.type,
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    net: money(row.net),
    vat: money(row.vat),
    amount: money(row.gross),
    amountPaid: money(Math.min(row.paid, row.gross)),
    amountDue: money(Math.max(0, row.gross - row.paid)),
    status: row.status,
    orderId: row.order_id,
    orderNumber: row.order_number,
  };
}

export async function listDocuments(db: Queryable, customerId: number, today: string, query: z.output<typeof InvoiceQuery>) {
  const params: unknown[] = [customerId, today];
  const where: string[] = [];
  if (query.type) {
    params.push(query.type);
    where.push(`type = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    where.push(`status = $${params.length}`);
  }
  if (query.orderId !== undefined) {
    // Someone else's order (or none) is not found, rather than an empty list that would confirm nothing.
    const [order] = await db.query('SELECT 1 FROM orders WHERE id = $1 AND customer_id = $2', [query.orderId, customerId]);
    if (!order) throw notFound('This order');
    params.push(query.orderId);
    where.push(`order_id = $${params.length}`);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [sums] = await db.query<{ total: number; paid: number; unpaid: number; currency: string }>(
    `SELECT count(*)::int AS total,
            COALESCE(sum(LEAST(paid, gross)) FILTER (WHERE type IN ('invoice', 'proforma')), 0) AS paid,
            COALESCE(sum(GREATEST(gross - paid, 0)) FILTER (WHERE type IN ('invoice', 'proforma')), 0) AS unpaid,
            (SELECT currency FROM customers WHERE id = $1) AS currency
       FROM (${documentFigures}) docs ${filter}`,
    params,
  );
  const rows = await db.query<DocumentRow>(
    `SELECT * FROM (${documentFigures}) docs ${filter}
      ORDER BY issue_date DESC, id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    params,
  );
  const currency = sums!.currency;
  return {
    items: rows.map(toSummary),
    total: sums!.total,
    page: query.page,
    pageSize: query.pageSize,
    totals: { paid: { amount: sums!.paid, currency }, unpaid: { amount: sums!.unpaid, currency } },
  };
}

/** One document of one customer with its lines; someone else's id is not found. */
export async function getDocument(db: Queryable, customerId: number, id: number, today: string): Promise<Invoice> {
  const [row] = await db.query<DocumentRow>(`SELECT * FROM (${documentFigures}) docs WHERE id = $3`, [customerId, today, id]);
  if (!row) throw notFound('This document');
  const lines = await db.query<{
    position: number; sku: string | null; description: string; quantity: number; unit: string;
    unit_price: number; vat_rate: number; net: number; vat: number; gross: number;
  }>('SELECT * FROM document_lines WHERE document_id = $1 ORDER BY position', [id]);
  const money = (amount: number) => ({ amount, currency: row.currency });
  return {
    ...toSummary(row),
    billTo: row.bill_to,
    notes: row.notes,
    appliesTo: row.applies_to_id === null ? null : { id: row.applies_to_id, number: row.applies_to_number! },
    lines: lines.map((line): InvoiceLine => ({
      position: line.position,
      sku: line.sku,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: money(line.unit_price),
      vatRate: line.vat_rate,
      net: money(line.net),
      vat: money(line.vat),
      amount: money(line.gross),
    })),
  };
}

const prefixes: Record<DocumentType, string> = { invoice: 'INV', proforma: 'PRF', receipt: 'RCP', credit_note: 'CRN' };

/** The next free number of a document series, e.g. `INV-2026-00042`. */
async function nextNumber(tx: Queryable, type: DocumentType, issueDate: string): Promise<string> {
  const prefix = prefixes[type];
  const year = Number(issueDate.slice(0, 4));
  for (;;) {
    const [row] = await tx.query<{ last: number }>(
      `INSERT INTO document_series (prefix, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last = document_series.last + 1 RETURNING last`,
      [prefix, year],
    );
    const number = `${prefix}-${year}-${String(row!.last).padStart(5, '0')}`;
    // A number the ERP chose may already sit in the series: skip it.
    const [taken] = await tx.query('SELECT 1 FROM documents WHERE number = $1', [number]);
    if (!taken) return number;
  }
}

type Lines = z.output<typeof IssueDocumentRequest>['lines'];

/** Fills lines from their products (name, unit, VAT, the customer's price) and computes every amount. */
async function priceLines(tx: Queryable, customerId: number, lines: Lines) {
  const productIds = lines.flatMap((line) => (line.productId === undefined ? [] : [line.productId]));
  const products = new Map(
    (
      await tx.query<{ id: number; sku: string; name: string; unit: string; vat_rate: number; price: number | null }>(
        `WITH ${pricedCte}
         SELECT p.id, p.sku, p.name, p.unit, p.vat_rate, priced.price
           FROM products p LEFT JOIN priced ON priced.product_id = p.id
          WHERE p.id = ANY ($2::int[])`,
        [customerId, productIds],
      )
    ).map((product) => [product.id, product]),
  );
  const fields: Record<string, string> = {};
  const priced = lines.map((line, index) => {
    const product = line.productId === undefined ? undefined : products.get(line.productId);
    if (line.productId !== undefined && !product) fields[`lines.${index}.productId`] = 'No such product';
    const unitPrice = line.unitPrice ?? product?.price ?? undefined;
    if (unitPrice === undefined || unitPrice === null) {
      fields[`lines.${index}.unitPrice`] ??= 'This customer has no price for the product: give a unit price';
    }
    const vatRate = line.vatRate ?? product?.vat_rate ?? 0;
    const net = line.quantity * (unitPrice ?? 0);
    const vat = Math.round((net * vatRate) / 100);
    return {
      product_id: line.productId ?? null,
      sku: line.sku ?? product?.sku ?? null,
      description: line.description ?? product?.name ?? '',
      quantity: line.quantity,
      unit: line.unit ?? product?.unit ?? 'pcs',
      unit_price: unitPrice ?? 0,
      vat_rate: vatRate,
      net,
      vat,
      gross: net + vat,
    };
  });
  if (Object.keys(fields).length) throw new ApiError(400, 'validation_failed', 'Please check the lines.', fields);
  return priced;
}

/**
 * Issues a document from lines: the totals, number and dates are decided here, inside the caller's
 * transaction. Returns the new document's id.
 */
export async function issueDocument(tx: Queryable, request: z.output<typeof IssueDocumentRequest>, today: string): Promise<number> {
  const [customer] = await tx.query<{ name: string; currency: string; billing_address: string; tax_id: string; payment_terms_days: number }>(
    'SELECT name, currency, billing_address, tax_id, payment_terms_days FROM customers WHERE id = $1',
    [request.customerId],
  );
  if (!customer) throw notFound('This customer');
  const lines = await priceLines(tx, request.customerId, request.lines);
  const totals = lines.reduce((sum, line) => ({ net: sum.net + line.net, vat: sum.vat + line.vat }), { net: 0, vat: 0 });
  const gross = totals.net + totals.vat;

  if (request.appliesToInvoiceId !== undefined) {
    const [target] = await tx.query<{ type: string; gross: number; paid: number }>(
      `SELECT type, gross, paid FROM (${documentFigures}) docs WHERE id = $3`,
      [request.customerId, today, request.appliesToInvoiceId],
    );
    if (!target || target.type !== 'invoice') {
      throw new ApiError(400, 'validation_failed', 'Please check: appliesToInvoiceId.', { appliesToInvoiceId: 'No such invoice of this customer' });
    }
    if (gross > target.gross - target.paid) {
      throw new ApiError(400, 'validation_failed', 'The credit note is larger than what is due on the invoice.', {
        appliesToInvoiceId: `At most ${target.gross - target.paid} is still due on that invoice`,
      });
    }
    // Serialise credits and payments against one invoice, so two cannot both take its last due amount.
    await tx.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [request.appliesToInvoiceId]);
  }

  let orderNumber = request.orderNumber ?? null;
  if (request.orderId !== undefined) {
    const [order] = await tx.query<{ number: string }>('SELECT number FROM orders WHERE id = $1 AND customer_id = $2', [
      request.orderId,
      request.customerId,
    ]);
    if (!order) throw new ApiError(400, 'validation_failed', 'Please check: orderId.', { orderId: 'No such order of this customer' });
    orderNumber ??= order.number;
  }

  if (request.number) {
    const [taken] = await tx.query('SELECT 1 FROM documents WHERE number = $1', [request.number]);
    if (taken) throw new ApiError(409, 'conflict', `Document ${request.number} already exists.`, { number: 'Already used' });
  }
  const issueDate = request.issueDate ?? today;
  const settled = request.type === 'receipt' || request.type === 'credit_note';
  const dueDate = settled ? issueDate : (request.dueDate ?? addDays(issueDate, customer.payment_terms_days));
  const number = request.number ?? (await nextNumber(tx, request.type, issueDate));
  const billTo: BillTo = {
    name: request.billTo?.name ?? customer.name,
    address: request.billTo?.address ?? customer.billing_address,
    taxId: request.billTo?.taxId ?? customer.tax_id,
  };
  const [document] = await tx.query<{ id: number }>(
    `INSERT INTO documents (customer_id, type, number, issue_date, due_date, currency, net, vat, gross,
                            order_id, order_number, applies_to_document_id, bill_to, notes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      request.customerId, request.type, number, issueDate, dueDate, customer.currency, totals.net, totals.vat, gross,
      request.orderId ?? null, orderNumber, request.appliesToInvoiceId ?? null, JSON.stringify(billTo), request.notes,
    ],
  );
  await tx.query(
    `INSERT INTO document_lines (document_id, position, product_id, sku, description, quantity, unit, unit_price, vat_rate, net, vat, gross)
     SELECT $1, l.position, l.product_id, l.sku, l.description, l.quantity, l.unit, l.unit_price, l.vat_rate, l.net, l.vat, l.gross
       FROM json_to_recordset($2::json) AS l(position int, product_id int, sku text, description text, quantity int, unit text,
                                              unit_price bigint, vat_rate numeric, net bigint, vat bigint, gross bigint)`,
    [document!.id, JSON.stringify(lines.map((line, index) => ({ position: index + 1, ...line })))],
  );
  return document!.id;
}
