import { z } from 'zod';

/** ISO 4217 currency code, e.g. `EUR`, `RON`. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code, such as EUR');

/** Money travels as integer minor units (cents, bani) plus its currency. */
export const Money = z
  .object({
    amount: z.number().int().describe('Amount in minor units (cents).'),
    currency: CurrencyCode,
  })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof Money>;

export const Id = z.coerce.number().int().positive();

/** Common paging query: 1-based page, bounded page size. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1, 'Page starts at 1').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'At most 100 items per page').default(24),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('Items matching the query, over all pages.'),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/**
 * The optional `Idempotency-Key` header of a request that adds to the cart: repeating the key
 * answers the first request's result instead of adding again. `purpose` describes it in the OpenAPI.
 */
export function optionalIdempotencyHeaders(purpose: string) {
  return z.object({
    'idempotency-key': z
      .string()
      .trim()
      .min(8, 'Use at least 8 characters, e.g. a UUID')
      .max(100, 'At most 100 characters')
      .optional()
      .describe(purpose),
  });
}
