import { createHash, randomBytes } from 'node:crypto';
import type { Permission } from '../../contract/session.js';
import type { Queryable } from '../db/database.js';

/** Who is calling: the contact, the customer account it signed in to, and what it may do. */
export interface Caller {
  contactId: number;
  customerId: number;
  permissions: Permission[];
  expiresAt: Date;
  tokenHash: string;
}

// Only a hash of the token is stored: a leaked database does not leak live sessions.
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function openSession(db: Queryable, contactId: number, customerId: number, hours: number) {
  const token = randomBytes(32).toString('base64url');
  const [row] = await db.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_hash, contact_id, customer_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
    [hashToken(token), contactId, customerId, hours],
  );
  return { token, expiresAt: row!.expires_at };
}

/** The live session of a token: not expired, contact active and still a member of the customer. */
export async function findCaller(db: Queryable, token: string): Promise<Caller | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db.query<{ contact_id: number; customer_id: number; permissions: Permission[]; expires_at: Date }>(
    `SELECT s.contact_id, s.customer_id, cc.permissions, s.expires_at
       FROM sessions s
       JOIN contacts c ON c.id = s.contact_id AND c.active
       JOIN contact_customers cc ON cc.contact_id = s.contact_id AND cc.customer_id = s.customer_id
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash],
  );
  return row && {
    contactId: row.contact_id,
    customerId: row.customer_id,
    permissions: row.permissions,
    expiresAt: row.expires_at,
    tokenHash,
  };
}

export async function closeSession(db: Queryable, tokenHash: string) {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}
