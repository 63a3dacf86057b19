import type { ApiErrorBody, ErrorCode, FieldIssue } from '../../contract/errors.js';

/** A refused field: its English sentence and, where one applies, the stable code clients word it by. */
export interface FieldProblem extends FieldIssue {
  message: string;
}

/** A field problem with a code; `fields` of an {@link ApiError} takes these or plain English sentences. */
export const fieldProblem = (message: string, code: FieldIssue['code'], params?: FieldIssue['params']): FieldProblem => ({
  message,
  code,
  ...(params && { params }),
});

/** An answer in the contract's error shape; thrown anywhere in a handler. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string | FieldProblem>,
    /** Machine-readable detail for the client, named by its `kind`. */
    readonly details?: { kind: string } & Record<string, unknown>,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    const entries = Object.entries(this.fields ?? {});
    const fields = Object.fromEntries(entries.map(([path, problem]) => [path, typeof problem === 'string' ? problem : problem.message]));
    const issues = entries.flatMap(([path, problem]) =>
      typeof problem === 'string' ? [] : [[path, { code: problem.code, ...(problem.params && { params: problem.params }) }] as const],
    );
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields && { fields }),
        ...(issues.length > 0 && { fieldIssues: Object.fromEntries(issues) }),
        ...(this.details && { details: this.details }),
      },
    };
  }
}

export const notFound = (what = 'This item') => new ApiError(404, 'not_found', `${what} was not found.`);
export const unauthenticated = () => new ApiError(401, 'unauthenticated', 'Please sign in.');
export const forbidden = (what: string) => new ApiError(403, 'forbidden', `Your account has no access to ${what}.`);
