import { ApiError } from '../http/errors.js';

/** Seconds a client is told to wait (Retry-After) while the database cannot be reached. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

// Socket errors, and PostgreSQL's connection-exception (08…), operator-intervention (57P0…) and
// too-many-connections (53300) classes: the database is away, not the request wrong.
const codes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
const messages = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|terminating connection/i;

/**
 * Whether an error means the database could not be reached (refused, dropped, restarting) rather
 * than a fault of the query: such a request is answered 503 with Retry-After, never 500. Looks
 * through `cause` and AggregateError's `errors` (Node's happy-eyeballs connect wraps refusals).
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (codes.has(code) || code.startsWith('08'))) return true;
  if (typeof message === 'string' && messages.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
  return isConnectionError(cause, depth + 1);
}

/** The 503 answer for a database that is briefly away. */
export const serviceUnavailable = () =>
  new ApiError(503, 'unavailable', 'The service is briefly unavailable. Please try again in a moment.');
