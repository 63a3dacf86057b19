import { routes } from '../../contract/routes.js';
import { today } from '../clock.js';
import { statement, summarize } from '../finance/ledger.js';
import type { Api } from '../http/api.js';

export { unpaidBalance } from '../finance/ledger.js';

/** The customer's balance, ageing and ledger, counted from the server's today. */
export function mountStatement(api: Api) {
  api.handle(routes.getStatementSummary, async ({ db, caller, config }) => summarize(db, caller.customerId, today(config)));

  api.handle(routes.getStatement, async ({ db, caller, query, config }) =>
    statement(db, caller.customerId, query, today(config)),
  );
}
