// Test helpers for the supplier's side: admin requests, fresh customers with a signed-in contact, PDFs.
import { randomBytes } from 'node:crypto';
import type { Permission } from '../../contract/session.js';
import type { Reply, TestApp } from './harness.js';

/** The admin key the test harness configures. */
export const ADMIN_KEY = 'test-admin-key';

/** A request to the admin API with the admin key (or another key, to test refusals). */
export async function adminRequest(app: Pick<TestApp, 'url'>, method: string, path: string, body?: unknown, key: string | null = ADMIN_KEY): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (key !== null) headers['x-admin-key'] = key;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(app.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

/** Like `adminRequest`, but fails the test unless the answer has the expected status. */
export async function admin(app: Pick<TestApp, 'url'>, method: string, path: string, body?: unknown, expected = [200, 201, 204]) {
  const reply = await adminRequest(app, method, path, body);
  if (!expected.includes(reply.status)) throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export interface TestCustomer {
  customerId: number;
  contactId: number;
  email: string;
  /** A session token of the contact, signed in through its invitation. */
  token: string;
}

/** A new customer account with one contact invited and signed in: data no other test touches. */
export async function newCustomer(
  app: Pick<TestApp, 'url' | 'request'>,
  options: { name?: string; currency?: string; locale?: string; creditLimit?: number | null; permissions?: Permission[] } = {},
): Promise<TestCustomer> {
  const suffix = randomBytes(4).toString('hex');
  const customer = await admin(app, 'POST', '/v1/admin/customers', {
    name: options.name ?? `Test customer ${suffix}`,
    currency: options.currency ?? 'EUR',
    locale: options.locale ?? 'en',
    creditLimit: options.creditLimit ?? null,
    billingAddress: 'Teststraße 1\n10115 Berlin',
    taxId: `DE${suffix}`,
  });
  const email = `buyer-${suffix}@example.test`;
  const invitation = await admin(app, 'POST', '/v1/admin/contacts/invitations', {
    email,
    name: `Buyer ${suffix}`,
    customerId: customer.id,
    ...(options.permissions && { permissions: options.permissions }),
  });
  const accepted = await app.request('POST', '/v1/auth/invitations/accept', { body: { token: invitation.token, password: 'a long test password' } });
  if (accepted.status !== 201) throw new Error(`accept → ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { customerId: customer.id, contactId: invitation.contactId, email, token: accepted.body.token };
}

/** Fetches a document's PDF as bytes. */
export async function fetchPdf(app: Pick<TestApp, 'url'>, id: number, token?: string) {
  const response = await fetch(`${app.url}/v1/invoices/${id}/pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The text of every page of a PDF, read back with PDF.js, items joined by spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}
