// The supplier's side of the demo: calls to the reference back end's admin API, as a supplier's ERP
// would make them from its server. Only the demo on this machine gets the admin key (demo/serve.ts).
import type { AdminCustomerDirectory, Invitation } from '../contract/admin.js';
import type { OrderStatus } from '../contract/orders.js';
import type { Permission } from '../contract/session.js';

/** An error answer of the admin API: its message and one message per field. */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface AdminOrderRow {
  id: number;
  number: string;
  status: OrderStatus;
  placedAt: string;
  totals: { gross: { amount: number; currency: string } };
}

export interface IssuedDocument {
  id: number;
  number: string;
  type: string;
  amount: { amount: number; currency: string };
}

/** The admin API of one back end, with one key. */
export function adminApi(api: string, key: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, api), {
        method,
        headers: { 'x-admin-key': key, ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new AdminError('The back end could not be reached.');
    }
    if (response.status === 204) return undefined as T;
    const answer = await response.json().catch(() => undefined);
    if (!response.ok) throw new AdminError(answer?.error?.message ?? `The back end answered ${response.status}.`, answer?.error?.fields ?? {});
    return answer as T;
  }

  return {
    directory: () => call<AdminCustomerDirectory>('GET', '/v1/admin/customers'),
    postAnnouncement: (announcement: {
      kind: 'news' | 'promotion';
      title: string;
      bodyHtml: string;
      startsAt?: string;
      endsAt?: string;
      customerIds?: number[];
    }) => call<{ id: number }>('POST', '/v1/admin/announcements', announcement),
    orders: (customerId: number) =>
      call<{ items: AdminOrderRow[] }>('GET', `/v1/admin/orders?customerId=${customerId}&pageSize=50`),
    setOrderStatus: (orderId: number, change: { status: OrderStatus; note?: string; estimatedShipDate?: string | null }) =>
      call<AdminOrderRow>('PATCH', `/v1/admin/orders/${orderId}/status`, change),
    addShipment: (orderId: number, shipment: { carrier: string; trackingNumber: string; trackingUrl?: string }) =>
      call<unknown>('POST', `/v1/admin/orders/${orderId}/shipments`, shipment),
    issueDocument: (document: {
      customerId: number;
      type: 'invoice' | 'proforma' | 'receipt' | 'credit_note';
      orderId?: number;
      appliesToInvoiceId?: number;
      lines: { description: string; quantity: number; unitPrice: number; vatRate: number }[];
    }) => call<IssuedDocument>('POST', '/v1/admin/invoices', document),
    recordPayment: (payment: { customerId: number; amount: number; invoiceId?: number; reference?: string }) =>
      call<{ id: number }>('POST', '/v1/admin/payments', payment),
    updateCustomer: (customerId: number, settings: { orderLimit?: number | null; priceListId?: number | null; creditLimit?: number | null }) =>
      call<unknown>('PATCH', `/v1/admin/customers/${customerId}`, settings),
    setPermissions: (contactId: number, customerId: number, permissions: Permission[]) =>
      call<unknown>('PUT', `/v1/admin/contacts/${contactId}/customers/${customerId}`, { permissions }),
    invite: (invitation: { email: string; name: string; customerId: number; permissions: Permission[] }) =>
      call<Invitation>('POST', '/v1/admin/contacts/invitations', invitation),
    revoke: (contactId: number) => call<void>('POST', `/v1/admin/contacts/${contactId}/revoke`),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
