// Browser tests that change server state make their own customer and contact through the admin API.
import type { Permission } from '../../contract/session.js';
import type { PortalOptions } from '../../src/portal/portal.js';
import { api, newPortal } from './helpers.js';

declare global {
  interface Window {
    TC_TEST_ADMIN_KEY: string;
  }
}

/** A request to the supplier's admin API; fails the test on an error answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function adminApi(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(api() + path, {
    method,
    headers: { 'x-admin-key': window.TC_TEST_ADMIN_KEY, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

let counter = 0;

/** A new customer with one contact, signed in through its invitation in a portal of its own. */
export async function newBuyer(
  options: { currency?: string; locale?: string; creditLimit?: number | null; permissions?: Permission[]; portal?: Partial<PortalOptions> } = {},
) {
  const suffix = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const customer = await adminApi('POST', '/v1/admin/customers', {
    name: `Browser Test ${suffix}`,
    currency: options.currency ?? 'EUR',
    locale: options.locale ?? 'en',
    creditLimit: options.creditLimit ?? null,
  });
  const invitation = await adminApi('POST', '/v1/admin/contacts/invitations', {
    email: `browser-${suffix}@example.test`,
    name: `Buyer ${suffix}`,
    customerId: customer.id,
    ...(options.permissions && { permissions: options.permissions }),
  });
  const portal = newPortal(options.portal);
  await portal.session.acceptInvitation(invitation.token, 'browser test password');
  return { portal, customerId: customer.id as number, contactId: invitation.contactId as number };
}

/** Today's date on the back end (UTC), moved by whole days. */
export function day(offset = 0): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** A document line of a given net price and VAT rate. */
export const line = (description: string, unitPrice: number, quantity = 1, vatRate = 0) => ({ description, unitPrice, quantity, vatRate });
