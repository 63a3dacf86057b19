import type { ErrorCode, FieldIssue } from '../../contract/errors.js';

/** Base of every error the client throws. `retryable` says whether trying again may help. */
export class TcError extends Error {
  override name = 'TcError';
  readonly retryable: boolean = true;
}

/** The back end could not be reached (`offline`), did not answer in time (`timeout`), or has not yet received changes kept for it (`unsaved`). */
export class NetworkError extends TcError {
  override name = 'NetworkError';
  constructor(
    message: string,
    readonly reason: 'offline' | 'timeout' | 'unsaved' = 'offline',
  ) {
    super(message);
  }
}

/** The back end answered with an error in the contract's shape. */
export class ApiError extends TcError {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode | string,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
    /** Machine-readable detail named by `details.kind`, e.g. an order conflict or an order limit. */
    readonly details?: Readonly<Record<string, unknown>>,
    /** A stable code per refused field (same keys as `fields`), for wording it in any language. */
    readonly fieldIssues: Readonly<Record<string, FieldIssue>> = {},
  ) {
    super(message);
  }
  override readonly retryable = this.status >= 500 || this.status === 429;
}

/** 401: not signed in, the session expired, or the credentials are wrong. */
export class AuthError extends ApiError {
  override name = 'AuthError';
}
/** 403: the contact lacks a permission. */
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}
/** 404: no such item for this customer. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** 400: invalid input; `fields` holds a message per field. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
}
/** 409: stock or price changed since the buyer saw it, or a repeated request. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
/** 422: a business limit (order limit, credit limit) was reached. */
export class LimitError extends ApiError {
  override name = 'LimitError';
}
/** 5xx, or an answer the client could not read. */
export class ServerError extends ApiError {
  override name = 'ServerError';
  // An answer that could not be read (status 200 with broken JSON) is as worth retrying as a 5xx.
  override readonly retryable = true;
}

const byStatus: Record<number, typeof ApiError> = {
  400: ValidationError,
  401: AuthError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: LimitError,
};

/** The typed error for an HTTP status and the contract's error body (or whatever came instead). */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown; fieldIssues?: unknown; details?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'internal' : 'unknown';
  const message = typeof error?.message === 'string' ? error.message : `The server answered ${status}.`;
  const fields = error?.fields && typeof error.fields === 'object' ? (error.fields as Record<string, string>) : {};
  const details = error?.details && typeof error.details === 'object' ? (error.details as Record<string, unknown>) : undefined;
  const fieldIssues = error?.fieldIssues && typeof error.fieldIssues === 'object' ? (error.fieldIssues as Record<string, FieldIssue>) : {};
  const Type = byStatus[status] ?? ServerError;
  return new Type(status, code, message, fields, details, fieldIssues);
}
