import { z } from 'zod';
import { Id } from '../common.js';
import { Invoice, InvoicePage, InvoiceQuery } from '../invoices.js';
import { customerRoute, route } from '../route.js';

const IdParams = z.object({ id: Id });

/** The customer's invoices, proformas, receipts and credit notes, and their PDFs. */
export const invoiceRoutes = {
  listInvoices: route({
    method: 'get',
    path: '/v1/invoices',
    tag: 'invoices',
    summary: "The customer's documents, newest first, paged, with paid and unpaid totals over the filter.",
    auth: customerRoute('invoices'),
    query: InvoiceQuery,
    response: InvoicePage,
    errors: [404],
  }),
  getInvoice: route({
    method: 'get',
    path: '/v1/invoices/:id',
    tag: 'invoices',
    summary: 'One document of the customer, with its lines.',
    auth: customerRoute('invoices'),
    params: IdParams,
    response: Invoice,
    errors: [404],
  }),
  getInvoicePdf: route({
    method: 'get',
    path: '/v1/invoices/:id/pdf',
    tag: 'invoices',
    summary: 'One document of the customer as a PDF.',
    auth: customerRoute('invoices'),
    params: IdParams,
    contentType: 'application/pdf',
    errors: [404],
  }),
};
