import type { Invoice, InvoicePage, InvoiceQuery } from '../../contract/invoices.js';
import type { Http } from './http.js';

export function invoicesResource(http: Http) {
  return {
    listInvoices: (query: InvoiceQuery = {}, signal?: AbortSignal) =>
      http<InvoicePage>('get', 'v1/invoices', { searchParams: { ...query }, signal }),
    getInvoice: (id: number, signal?: AbortSignal) => http<Invoice>('get', `v1/invoices/${id}`, { signal }),
    /** The document as a PDF, fetched with the session token (a plain link could not carry it). */
    downloadPdf: (id: number, signal?: AbortSignal) => http<Blob>('get', `v1/invoices/${id}/pdf`, { signal, responseType: 'blob', fileType: 'application/pdf' }),
  };
}
