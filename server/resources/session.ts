import { routes } from '../../contract/routes.js';
import type { Session } from '../../contract/session.js';
import { decoyHash, verifyPassword } from '../auth/passwords.js';
import { closeSession, openSession } from '../auth/sessions.js';
import type { Queryable } from '../db/database.js';
import type { Context } from 'hono';
import { SignInThrottle } from '../auth/rate-limit.js';
import type { Api } from '../http/api.js';
import { clientAddress } from '../http/client-address.js';
import { ApiError, fieldProblem, notFound } from '../http/errors.js';

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'The e-mail or the password is not right.');

/**
 * The contact behind an e-mail and password, or an error that reads the same whether the e-mail is
 * unknown or the password wrong, and takes as long (no account enumeration).
 */
async function authenticate(db: Queryable, email: string, password: string) {
  const [contact] = await db.query<{ id: number; password_hash: string | null }>(
    'SELECT id, password_hash FROM contacts WHERE email = $1 AND active',
    [email],
  );
  const valid = await verifyPassword(password, contact?.password_hash ?? (await decoyHash()));
  if (!contact?.password_hash || !valid) throw invalidCredentials();
  return contact.id;
}

async function accountsOf(db: Queryable, contactId: number) {
  return db.query<{ customerId: number; name: string }>(
    `SELECT cu.id AS "customerId", cu.name FROM contact_customers cc JOIN customers cu ON cu.id = cc.customer_id
      WHERE cc.contact_id = $1 ORDER BY cu.name`,
    [contactId],
  );
}

export async function describeSession(db: Queryable, contactId: number, customerId: number, expiresAt: Date): Promise<Session> {
  const [row] = await db.query<{
    contact_name: string; email: string; customer_name: string; currency: string; locale: string; permissions: Session['permissions'];
  }>(
    `SELECT co.name AS contact_name, co.email, cu.name AS customer_name, cu.currency, cu.locale, cc.permissions
       FROM contact_customers cc
       JOIN contacts co ON co.id = cc.contact_id
       JOIN customers cu ON cu.id = cc.customer_id
      WHERE cc.contact_id = $1 AND cc.customer_id = $2`,
    [contactId, customerId],
  );
  if (!row) throw notFound('This account');
  return {
    contact: { id: contactId, name: row.contact_name, email: row.email },
    customer: { id: customerId, name: row.customer_name, currency: row.currency, locale: row.locale },
    permissions: row.permissions,
    expiresAt: expiresAt.toISOString(),
  };
}

/**
 * Checks credentials under the sign-in throttle: refused with 429 and Retry-After while the e-mail
 * or the client address has had too many failures; failures counted alike for unknown e-mails.
 */
async function throttledAuthenticate(throttle: SignInThrottle, db: Queryable, context: Context, email: string, password: string, address: string) {
  const wait = throttle.retryAfter(email, address);
  if (wait > 0) {
    context.header('Retry-After', String(wait));
    throw new ApiError(429, 'rate_limited', 'Too many sign-in attempts. Please wait a few minutes and try again.');
  }
  try {
    const contactId = await authenticate(db, email, password);
    throttle.succeeded(email);
    return contactId;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invalid_credentials') throttle.failed(email, address);
    throw error;
  }
}

export function mountSession(api: Api) {
  // On the server's clock, so a test that sets `config.now` moves the throttle's windows too.
  const now = api.config.now;
  const throttle = new SignInThrottle(undefined, now ? { now: () => now().getTime() } : undefined);
  api.handle(routes.listAccounts, async ({ db, body, context }) => {
    const contactId = await throttledAuthenticate(throttle, db, context, body.email, body.password, clientAddress(context, api.config.trustProxy));
    return { accounts: await accountsOf(db, contactId) };
  });

  api.handle(routes.signIn, async ({ db, body, config, context }) => {
    const contactId = await throttledAuthenticate(throttle, db, context, body.email, body.password, clientAddress(context, api.config.trustProxy));
    const accounts = await accountsOf(db, contactId);
    if (!accounts.some((account) => account.customerId === body.customerId)) {
      throw new ApiError(400, 'validation_failed', 'Choose one of your accounts.', { customerId: fieldProblem('Not one of your accounts', 'not_found') });
    }
    const { token, expiresAt } = await openSession(db, contactId, body.customerId, config.sessionHours);
    return { token, session: await describeSession(db, contactId, body.customerId, expiresAt) };
  });

  api.handle(routes.getSession, async ({ db, caller }) =>
    describeSession(db, caller.contactId, caller.customerId, caller.expiresAt),
  );

  api.handle(routes.signOut, async ({ db, caller }) => {
    await closeSession(db, caller.tokenHash);
  });
}
