import { routes } from '../../contract/routes.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, openSession } from '../auth/sessions.js';
import { now } from '../clock.js';
import type { Api } from '../http/api.js';
import { ApiError } from '../http/errors.js';
import { describeSession } from './session.js';

/** The one answer for a link that does not work, whatever the reason: it tells a guesser nothing. */
const invalidLink = () =>
  new ApiError(400, 'validation_failed', 'This invitation link is not valid.', {
    token: 'This link has expired, was already used, or was withdrawn. Ask for a new invitation.',
  });

/** An invited contact sets its password with the link's token and is signed in; the link then stops working. */
export function mountInvitations(api: Api) {
  api.handle(routes.checkInvitation, async ({ db, body, config }) => {
    const [invitation] = await db.query<{ name: string; email: string; customer_name: string; expires_at: Date | string }>(
      `SELECT contacts.name, contacts.email, customers.name AS customer_name, contact_invitations.expires_at
         FROM contact_invitations
         JOIN contacts ON contacts.id = contact_invitations.contact_id
         JOIN customers ON customers.id = contact_invitations.customer_id
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2`,
      [hashToken(body.token), now(config)],
    );
    if (!invitation) throw invalidLink();
    return {
      name: invitation.name,
      email: invitation.email,
      customerName: invitation.customer_name,
      expiresAt: new Date(invitation.expires_at).toISOString(),
    };
  });

  api.handle(routes.acceptInvitation, async ({ db, body, config }) => {
    const passwordHash = await hashPassword(body.password);
    return db.transaction(async (tx) => {
      // One statement claims the link, so two uses at once cannot both succeed.
      const [invitation] = await tx.query<{ contact_id: number; customer_id: number; permissions: string[] }>(
        `UPDATE contact_invitations SET used_at = $2
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
          RETURNING contact_id, customer_id, permissions`,
        [hashToken(body.token), now(config)],
      );
      if (!invitation) throw invalidLink();
      await tx.query('UPDATE contacts SET password_hash = $2, active = true WHERE id = $1', [invitation.contact_id, passwordHash]);
      await tx.query(
        `INSERT INTO contact_customers (contact_id, customer_id, permissions) VALUES ($1, $2, $3)
         ON CONFLICT (contact_id, customer_id) DO UPDATE SET permissions = excluded.permissions`,
        [invitation.contact_id, invitation.customer_id, invitation.permissions],
      );
      const { token, expiresAt } = await openSession(tx, invitation.contact_id, invitation.customer_id, config.sessionHours);
      return { token, session: await describeSession(tx, invitation.contact_id, invitation.customer_id, expiresAt) };
    });
  });
}
