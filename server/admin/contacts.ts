import { randomBytes } from 'node:crypto';
import { routes } from '../../contract/routes.js';
import { hashToken } from '../auth/sessions.js';
import { now } from '../clock.js';
import { DEFAULT_INVITATION_URL, type Config } from '../config.js';
import type { Api } from '../http/api.js';
import { notFound } from '../http/errors.js';

/** The page the contact opens, with the token in its `token` query parameter (what <tc-accept-invitation> reads by default). */
function invitationLink(config: Config, token: string) {
  const link = new URL(config.invitationUrl ?? DEFAULT_INVITATION_URL);
  link.searchParams.set('token', token);
  return link.href;
}

/** Supplier side: invitations, permissions, and taking access away at once. */
export function mountAdminContacts(api: Api) {
  api.handle(routes.adminInviteContact, async ({ db, body, config }) => {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now(config).getTime() + (config.invitationHours ?? 72) * 3_600_000);
    return db.transaction(async (tx) => {
      const [customer] = await tx.query('SELECT 1 FROM customers WHERE id = $1', [body.customerId]);
      if (!customer) throw notFound('This customer');
      // A known e-mail keeps its contact (and name): the invitation adds an account to it.
      const [contact] = await tx.query<{ id: number }>(
        `INSERT INTO contacts (email, name) VALUES ($1, $2)
         ON CONFLICT (email) DO UPDATE SET email = excluded.email RETURNING id`,
        [body.email, body.name],
      );
      const [invitation] = await tx.query<{ id: number }>(
        `INSERT INTO contact_invitations (token_hash, contact_id, customer_id, permissions, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [hashToken(token), contact!.id, body.customerId, body.permissions, now(config), expiresAt],
      );
      return { id: invitation!.id, contactId: contact!.id, customerId: body.customerId, token, link: invitationLink(config, token), expiresAt: expiresAt.toISOString() };
    });
  });

  api.handle(routes.adminRevokeContact, async ({ db, params, config }) => {
    await db.transaction(async (tx) => {
      const [contact] = await tx.query('UPDATE contacts SET active = false WHERE id = $1 RETURNING id', [params.id]);
      if (!contact) throw notFound('This contact');
      await tx.query('DELETE FROM sessions WHERE contact_id = $1', [params.id]);
      // Every account goes: a later invitation grants only the account it names.
      await tx.query('DELETE FROM contact_customers WHERE contact_id = $1', [params.id]);
      await tx.query(
        'UPDATE contact_invitations SET revoked_at = $2 WHERE contact_id = $1 AND used_at IS NULL AND revoked_at IS NULL',
        [params.id, now(config)],
      );
    });
  });

  api.handle(routes.adminSetPermissions, async ({ db, params, body }) => {
    const [row] = await db.query<{ permissions: typeof body.permissions }>(
      'UPDATE contact_customers SET permissions = $3 WHERE contact_id = $1 AND customer_id = $2 RETURNING permissions',
      [params.id, params.customerId, body.permissions],
    );
    if (!row) throw notFound('This contact’s access to the customer');
    return { contactId: params.id, customerId: params.customerId, permissions: row.permissions };
  });

  api.handle(routes.adminRemoveMembership, async ({ db, params, config }) => {
    await db.transaction(async (tx) => {
      const [row] = await tx.query(
        'DELETE FROM contact_customers WHERE contact_id = $1 AND customer_id = $2 RETURNING contact_id',
        [params.id, params.customerId],
      );
      if (!row) throw notFound('This contact’s access to the customer');
      await tx.query('DELETE FROM sessions WHERE contact_id = $1 AND customer_id = $2', [params.id, params.customerId]);
      await tx.query(
        `UPDATE contact_invitations SET revoked_at = $3
          WHERE contact_id = $1 AND customer_id = $2 AND used_at IS NULL AND revoked_at IS NULL`,
        [params.id, params.customerId, now(config)],
      );
    });
  });
}
