import { createHash } from 'node:crypto';
import type { AddLineResult } from '../../contract/cart.js';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../http/errors.js';

const hashOf = (lines: unknown) => createHash('sha256').update(JSON.stringify(lines)).digest('hex');

/**
 * What an earlier bulk add (quick order, CSV, "order again") with this key answered, when there was one (the caller holds the cart's
 * row lock, so two requests with one key take turns). The same key with other lines is a 409.
 */
export async function previousBulkAdd(tx: Queryable, cartId: number, key: string, lines: unknown): Promise<AddLineResult[] | undefined> {
  const [row] = await tx.query<{ request_hash: string; results: AddLineResult[] | string }>(
    'SELECT request_hash, results FROM cart_add_keys WHERE cart_id = $1 AND key = $2',
    [cartId, key],
  );
  if (!row) return undefined;
  if (row.request_hash !== hashOf(lines)) {
    throw new ApiError(409, 'conflict', 'This Idempotency-Key was already used for other lines.', undefined, { kind: 'idempotency_key_reused' });
  }
  return typeof row.results === 'string' ? (JSON.parse(row.results) as AddLineResult[]) : row.results;
}

/** Remembers a bulk add's answer under its key, in the same transaction as the add. */
export async function rememberBulkAdd(tx: Queryable, cartId: number, key: string, lines: unknown, results: AddLineResult[]) {
  await tx.query('INSERT INTO cart_add_keys (cart_id, key, request_hash, results) VALUES ($1, $2, $3, $4)', [
    cartId,
    key,
    hashOf(lines),
    JSON.stringify(results),
  ]);
}
