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

/**
 * Why one field was refused, as a stable code a client can word in any language; `fields` holds the
 * same in English. `params` carries the figures the wording needs (e.g. `{ min: 5 }`).
 */
export const FieldIssueCode = z.enum([
  'required',
  'invalid',
  'invalid_format',
  'invalid_choice',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_allowed_character',
  'below_minimum',
  'not_multiple',
  'out_of_stock',
  'insufficient_stock',
  'not_found',
  'already_used',
  'over_amount_due',
  'unavailable',
]);
export type FieldIssueCode = z.infer<typeof FieldIssueCode>;

export const FieldIssue = z
  .object({
    code: FieldIssueCode,
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('The figures the wording needs: `min`, `max`, `multiple`, `stock`, `unit`.'),
  })
  .meta({ id: 'FieldIssue' });
export type FieldIssue = z.infer<typeof FieldIssue>;

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
      fieldIssues: z
        .record(z.string(), FieldIssue)
        .optional()
        .describe('A stable code per field in `fields` (same keys), for clients that word messages in their own language.'),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('Machine-readable detail, its shape named by `details.kind` (e.g. `order_conflict`, `order_limit`).'),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
