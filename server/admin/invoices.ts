import { routes } from '../../contract/routes.js';
import { today } from '../clock.js';
import { getDocument, issueDocument } from '../finance/documents.js';
import { recordPayment } from '../finance/payments.js';
import type { Api } from '../http/api.js';

/** Supplier side: documents issued from lines, and payments received. */
export function mountAdminInvoices(api: Api) {
  api.handle(routes.adminIssueDocument, async ({ db, body, config }) =>
    db.transaction(async (tx) => {
      const id = await issueDocument(tx, body, today(config));
      return { ...(await getDocument(tx, body.customerId, id, today(config))), customerId: body.customerId };
    }),
  );

  api.handle(routes.adminRecordPayment, async ({ db, body, config }) =>
    db.transaction((tx) => recordPayment(tx, body, today(config))),
  );
}
