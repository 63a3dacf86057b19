import { AdminDocument, IssueDocumentRequest, Payment, RecordPaymentRequest } from '../admin.js';
import { route } from '../route.js';

const admin = { kind: 'admin' } as const;

/** Supplier side: issuing documents and recording payments. */
export const adminInvoiceRoutes = {
  adminIssueDocument: route({
    method: 'post',
    path: '/v1/admin/invoices',
    tag: 'admin',
    summary: 'Issue an invoice, proforma, receipt or credit note from lines; the server computes the totals.',
    auth: admin,
    body: IssueDocumentRequest,
    status: 201,
    response: AdminDocument,
    errors: [404, 409],
  }),
  adminRecordPayment: route({
    method: 'post',
    path: '/v1/admin/payments',
    tag: 'admin',
    summary: 'Record money received, allocated to an invoice or proforma, or on account.',
    auth: admin,
    body: RecordPaymentRequest,
    status: 201,
    response: Payment,
    errors: [404],
  }),
};
