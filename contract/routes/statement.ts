import { Statement, StatementQuery, StatementSummary } from '../statement.js';
import { customerRoute, route } from '../route.js';

/** The customer's account: balance, ageing, credit, and the ledger for a date range. */
export const statementRoutes = {
  getStatementSummary: route({
    method: 'get',
    path: '/v1/statement/summary',
    tag: 'statement',
    summary: 'Open balance, overdue amount, credit limit and what remains of it, and ageing buckets.',
    auth: customerRoute('statement'),
    response: StatementSummary,
  }),
  getStatement: route({
    method: 'get',
    path: '/v1/statement',
    tag: 'statement',
    summary: 'Opening balance, invoices, credit notes and payments with a running balance, closing balance.',
    auth: customerRoute('statement'),
    query: StatementQuery,
    response: Statement,
  }),
};
