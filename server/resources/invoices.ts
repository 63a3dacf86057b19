import { routes } from '../../contract/routes.js';
import { today } from '../clock.js';
import { getDocument, listDocuments } from '../finance/documents.js';
import type { Api } from '../http/api.js';
import { renderDocumentPdf, supplierOf } from '../pdf/document-pdf.js';

/** The customer's documents and their PDFs; every query is scoped to the caller's customer. */
export function mountInvoices(api: Api) {
  api.handle(routes.listInvoices, async ({ db, caller, query, config }) =>
    listDocuments(db, caller.customerId, today(config), query),
  );

  api.handle(routes.getInvoice, async ({ db, caller, params, config }) =>
    getDocument(db, caller.customerId, params.id, today(config)),
  );

  api.handle(routes.getInvoicePdf, async ({ db, caller, params, config }) => {
    const document = await getDocument(db, caller.customerId, params.id, today(config));
    const [customer] = await db.query<{ locale: string }>('SELECT locale FROM customers WHERE id = $1', [caller.customerId]);
    const pdf = await renderDocumentPdf(document, await supplierOf(db), customer!.locale);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${document.number.replace(/[^\w.-]/g, '_')}.pdf"`,
        'cache-control': 'private, no-store',
      },
    });
  });
}
