import type { z } from 'zod';
import { ApiError } from './errors.js';

/** Parses input with a contract schema; a failure becomes a 400 naming each field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'params' | 'headers'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    fields[issue.path.length ? issue.path.join('.') : where] ??= issue.message;
  }
  throw new ApiError(400, 'validation_failed', `Please check: ${Object.keys(fields).join(', ')}.`, fields);
}
