import type { z } from 'zod';
import { ApiError } from './errors.js';

/** Parses input with a contract schema; a failure becomes a 400 naming each field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'params' | 'headers'): z.output<S> {
  const fields: Record<string, string> = {};
  // PostgreSQL cannot store a NUL character: refuse it here rather than fail in the database.
  for (const path of pathsWithNul(input)) fields[path.length ? path.join('.') : where] = 'Contains a character that is not allowed';
  const result = schema.safeParse(input);
  if (result.success && Object.keys(fields).length === 0) return result.data;
  for (const issue of result.error?.issues ?? []) {
    fields[issue.path.length ? issue.path.join('.') : where] ??= issue.message;
  }
  throw new ApiError(400, 'validation_failed', `Please check: ${Object.keys(fields).join(', ')}.`, fields);
}

function* pathsWithNul(value: unknown, path: PropertyKey[] = []): Generator<PropertyKey[]> {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) yield path;
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* pathsWithNul(child, [...path, key]);
  }
}
