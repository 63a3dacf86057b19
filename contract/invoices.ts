import { z } from 'zod';
import { Money, PageQuery, pageOf } from './common.js';

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date('Use a date as YYYY-MM-DD');

/**
 * Kinds of financial document: an invoice (a claim for payment), a proforma (a request for advance
 * payment), a receipt (proof of a payment) and a credit note (money the supplier owes back).
 */
export const DocumentType = z.enum(['invoice', 'proforma', 'receipt', 'credit_note']).meta({ id: 'DocumentType' });
export type DocumentType = z.infer<typeof DocumentType>;

/**
 * Payment status, decided by the server: `overdue` is an invoice or proforma with money still due
 * after its due date. Receipts and credit notes are settled documents and always `paid`.
 */
export const InvoiceStatus = z.enum(['unpaid', 'partially_paid', 'paid', 'overdue']).meta({ id: 'InvoiceStatus' });
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export const InvoiceLine = z
  .object({
    position: z.number().int(),
    sku: z.string().nullable(),
    description: z.string(),
    quantity: z.number().int(),
    unit: z.string(),
    unitPrice: Money.describe('Price of one unit without VAT.'),
    vatRate: z.number().describe('VAT rate in percent.'),
    net: Money,
    vat: Money,
    amount: Money.describe('Line total with VAT.'),
  })
  .meta({ id: 'InvoiceLine' });
export type InvoiceLine = z.infer<typeof InvoiceLine>;

export const InvoiceSummary = z
  .object({
    id: z.number().int(),
    type: DocumentType,
    number: z.string(),
    issueDate: IsoDate,
    dueDate: IsoDate,
    net: Money,
    vat: Money,
    amount: Money.describe('Total with VAT.'),
    amountPaid: Money.describe('Payments (and credit notes) allocated to this document.'),
    amountDue: Money.describe('What remains to be paid.'),
    status: InvoiceStatus,
    orderId: z.number().int().nullable(),
    orderNumber: z.string().nullable(),
  })
  .meta({ id: 'InvoiceSummary' });
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

export const BillTo = z
  .object({ name: z.string(), address: z.string(), taxId: z.string() })
  .meta({ id: 'BillTo' });
export type BillTo = z.infer<typeof BillTo>;

export const Invoice = InvoiceSummary.extend({
  billTo: BillTo,
  notes: z.string(),
  appliesTo: z
    .object({ id: z.number().int(), number: z.string() })
    .nullable()
    .describe('For a credit note: the invoice it settles, if any.'),
  lines: z.array(InvoiceLine),
}).meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof Invoice>;

export const InvoiceQuery = PageQuery.extend({
  type: DocumentType.optional(),
  status: InvoiceStatus.optional(),
  orderId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Only the documents of this order of the customer; another customer’s order is not found (404).'),
});
/** What a client may ask for; every field is optional. */
export type InvoiceQuery = Partial<z.output<typeof InvoiceQuery>>;

export const InvoicePage = pageOf(InvoiceSummary)
  .extend({
    totals: z
      .object({ paid: Money, unpaid: Money })
      .describe('Paid and still-due amounts of the invoices and proformas matching the filter, over all pages.'),
  })
  .meta({ id: 'InvoicePage' });
export type InvoicePage = z.infer<typeof InvoicePage>;
