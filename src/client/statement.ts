import type { Statement, StatementQuery, StatementSummary } from '../../contract/statement.js';
import type { Http } from './http.js';

export function statementResource(http: Http) {
  return {
    getSummary: (signal?: AbortSignal) => http<StatementSummary>('get', 'v1/statement/summary', { signal }),
    getStatement: (query: StatementQuery = {}, signal?: AbortSignal) =>
      http<Statement>('get', 'v1/statement', { searchParams: { ...query }, signal }),
  };
}
