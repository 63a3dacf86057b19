import type { ApiErrorBody, ErrorCode } from '../../contract/errors.js';

/** An answer in the contract's error shape; thrown anywhere in a handler. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** Machine-readable detail for the client, named by its `kind`. */
    readonly details?: { kind: string } & Record<string, unknown>,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields && { fields: this.fields }),
        ...(this.details && { details: this.details }),
      },
    };
  }
}

export const notFound = (what = 'This item') => new ApiError(404, 'not_found', `${what} was not found.`);
export const unauthenticated = () => new ApiError(401, 'unauthenticated', 'Please sign in.');
export const forbidden = (what: string) => new ApiError(403, 'forbidden', `Your account has no access to ${what}.`);
