import { z } from 'zod';

/** Machine-readable error codes; the client maps each to a typed error class. */
export const ErrorCode = z.enum([
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'conflict',
  'limit_exceeded',
  'rate_limited',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one error shape of every 4xx and 5xx answer. */
export const ApiErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string().describe('A sentence a buyer can read.'),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe('Per-field messages, keyed by the field path (e.g. `lines.2.quantity`).'),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('Machine-readable detail, its shape named by `details.kind` (e.g. `order_conflict`, `order_limit`).'),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
