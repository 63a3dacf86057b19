import type { z } from 'zod';
import type { FieldIssue } from '../../contract/errors.js';
import { ApiError, fieldProblem, type FieldProblem } from './errors.js';

/** Parses input with a contract schema; a failure becomes a 400 naming each field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'params' | 'headers'): z.output<S> {
  const fields: Record<string, FieldProblem> = {};
  // PostgreSQL cannot store a NUL character: refuse it here rather than fail in the database.
  for (const path of pathsWithNul(input)) {
    fields[path.length ? path.join('.') : where] = fieldProblem('Contains a character that is not allowed', 'not_allowed_character');
  }
  const result = schema.safeParse(input);
  if (result.success && Object.keys(fields).length === 0) return result.data;
  for (const issue of result.error?.issues ?? []) {
    fields[issue.path.length ? issue.path.join('.') : where] ??= { message: issue.message, ...issueOf(issue, valueAt(input, issue.path)) };
  }
  throw new ApiError(400, 'validation_failed', `Please check: ${Object.keys(fields).join(', ')}.`, fields);
}

/** The contract's stable code for a schema issue, so clients can word it in their language. */
function issueOf(issue: z.core.$ZodIssue, value: unknown): FieldIssue {
  const missing = value === undefined || value === null || value === '';
  switch (issue.code) {
    case 'invalid_type':
      return { code: missing ? 'required' : 'invalid' };
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'required' };
      const code = issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'too_small';
      return { code, params: { min: Number(issue.minimum) } };
    }
    case 'too_big':
      return { code: issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: missing ? 'required' : 'invalid_format' };
    case 'invalid_value':
      return { code: missing ? 'required' : 'invalid_choice' };
    default:
      return { code: missing ? 'required' : 'invalid' };
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function* pathsWithNul(value: unknown, path: PropertyKey[] = []): Generator<PropertyKey[]> {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) yield path;
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* pathsWithNul(child, [...path, key]);
  }
}
