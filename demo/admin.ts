/// <reference types="vite/client" />
// The demo's supplier back office: forms that call the admin API (demo/admin-api.ts) so the buyer
// pages have something to show. Plain DOM on purpose: this is the supplier's tool, not the SDK.
import type { AdminCustomerDirectory } from '../contract/admin.js';
import type { OrderStatus } from '../contract/orders.js';
import type { Permission } from '../contract/session.js';
import { AdminError, adminApi } from './admin-api.js';

type Customer = AdminCustomerDirectory['customers'][number];

const statuses: OrderStatus[] = [
  'placed', 'pending_payment', 'paid', 'confirmed', 'in_production', 'ready', 'stock_unavailable',
  'shipped', 'delivered', 'partially_returned', 'returned', 'partially_refunded', 'cancelled', 'failed', 'draft',
];

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const apiUrl = document.querySelector('tc-portal')!.getAttribute('api')!;
const key = import.meta.env.VITE_TC_ADMIN_KEY as string | undefined;
const admin = adminApi(apiUrl, key ?? '');

let directory: AdminCustomerDirectory | undefined;
const customerSelect = $<HTMLSelectElement>('#customer');
const orderSelect = $<HTMLSelectElement>('#order');

const customer = (): Customer | undefined => directory?.customers.find((item) => item.id === Number(customerSelect.value));
/** Amounts are typed in major units (12.50) and sent in minor units (1250), as the API wants them. */
const minor = (value: FormDataEntryValue | null) => Math.round(Number(value) * 100);
const optionalNumber = (value: FormDataEntryValue | null) => (value === null || value === '' ? undefined : Number(value));
const money = (value: { amount: number; currency: string }) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).format(value.amount / 100);

function option(value: string | number, label: string, selected = false) {
  const element = new Option(label, String(value), selected, selected);
  return element;
}

/** Shows what a form's request did: a text, or a node such as a link. */
function report(form: HTMLFormElement, outcome: string | Node, failed = false) {
  const result = form.querySelector<HTMLElement>('.result')!;
  result.classList.toggle('failed', failed);
  result.replaceChildren(outcome);
}

/** Runs a form's request and reports its outcome or the API's error with its field messages. */
function onSubmit(form: HTMLFormElement, work: (data: FormData) => Promise<string | Node>) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.disabled = true;
    report(form, 'Working…');
    try {
      report(form, await work(new FormData(form)));
    } catch (error) {
      const fields = error instanceof AdminError ? Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`) : [];
      report(form, [error instanceof Error ? error.message : String(error), ...fields].join(' · '), true);
    } finally {
      button.disabled = false;
    }
  });
}

async function loadDirectory() {
  const chosen = customerSelect.value;
  directory = await admin.directory();
  customerSelect.replaceChildren(
    ...directory.customers.map((item) => option(item.id, `${item.name} (${item.currency})`, String(item.id) === chosen)),
  );
  $<HTMLSelectElement>('#price-list').replaceChildren(
    option('', 'Default price list'),
    ...directory.priceLists.map((list) => option(list.id, `${list.name} (${list.currency})`)),
  );
  await showCustomer();
}

async function showCustomer() {
  const current = customer();
  if (!current) return;
  $('#contacts').textContent = current.contacts.length
    ? `Contacts: ${current.contacts.map((contact) => `${contact.name} <${contact.email}>${contact.invited ? ' (invited)' : ''}`).join(', ')}`
    : 'No contacts yet: invite one below.';
  const contactSelect = $<HTMLSelectElement>('#permission-contact');
  contactSelect.replaceChildren(...current.contacts.map((contact) => option(contact.id, `${contact.name} (${contact.email})${contact.invited ? ', invited' : ''}`)));
  showPermissions();
  $<HTMLInputElement>('#order-limit').value = current.orderLimit ? String(current.orderLimit.amount / 100) : '';
  $<HTMLInputElement>('#credit-limit').value = current.creditLimit ? String(current.creditLimit.amount / 100) : '';
  $<HTMLSelectElement>('#price-list').value = current.priceListId === null ? '' : String(current.priceListId);
  await loadOrders();
}

function showPermissions() {
  const contact = customer()?.contacts.find((item) => item.id === Number($<HTMLSelectElement>('#permission-contact').value));
  for (const box of document.querySelectorAll<HTMLInputElement>('#permissions-form input[name=permission]')) {
    box.checked = contact?.permissions.includes(box.value as Permission) ?? false;
  }
}

async function loadOrders() {
  const current = customer();
  if (!current) return;
  const chosen = orderSelect.value;
  const { items } = await admin.orders(current.id);
  orderSelect.replaceChildren(
    ...(items.length ? [] : [option('', 'This customer has no orders')]),
    ...items.map((order) => option(order.id, `${order.number} · ${order.status} · ${money(order.totals.gross)}`, String(order.id) === chosen)),
  );
}

const chosenOrder = () => (orderSelect.value ? Number(orderSelect.value) : undefined);
const permissionsOf = (form: HTMLFormElement) =>
  [...form.querySelectorAll<HTMLInputElement>('input[name=permission]:checked')].map((box) => box.value as Permission);

$<HTMLSelectElement>('#order-status').replaceChildren(...statuses.map((status) => option(status, status.replace(/_/g, ' '))));
customerSelect.addEventListener('change', () => void showCustomer());
$('#permission-contact').addEventListener('change', showPermissions);

onSubmit($('#announcement-form'), async (data) => {
  const local = (value: FormDataEntryValue | null) => (value ? new Date(String(value)).toISOString() : undefined);
  const posted = await admin.postAnnouncement({
    kind: data.get('kind') as 'news' | 'promotion',
    title: String(data.get('title')),
    bodyHtml: String(data.get('bodyHtml')),
    startsAt: local(data.get('startsAt')),
    endsAt: local(data.get('endsAt')),
    ...(data.get('onlyCustomer') && { customerIds: [customer()!.id] }),
  });
  return `Announcement ${posted.id} posted: buyers see it in <tc-announcements> when they open a page.`;
});

onSubmit($('#status-form'), async (data) => {
  const orderId = chosenOrder();
  if (!orderId) throw new Error('Choose an order.');
  const order = await admin.setOrderStatus(orderId, {
    status: data.get('status') as OrderStatus,
    ...(data.get('note') && { note: String(data.get('note')) }),
    ...(data.get('estimatedShipDate') && { estimatedShipDate: String(data.get('estimatedShipDate')) }),
  });
  await loadOrders();
  return `Order ${order.number} is now ${order.status.replace(/_/g, ' ')}.`;
});

onSubmit($('#shipment-form'), async (data) => {
  const orderId = chosenOrder();
  if (!orderId) throw new Error('Choose an order above.');
  await admin.addShipment(orderId, {
    carrier: String(data.get('carrier')),
    trackingNumber: String(data.get('trackingNumber')),
    ...(data.get('trackingUrl') && { trackingUrl: String(data.get('trackingUrl')) }),
  });
  return `Shipment ${String(data.get('trackingNumber'))} added: the order detail shows it with its tracking link.`;
});

onSubmit($('#document-form'), async (data) => {
  const orderId = data.get('forOrder') ? chosenOrder() : undefined;
  const document = await admin.issueDocument({
    customerId: customer()!.id,
    type: data.get('type') as 'invoice',
    ...(orderId && { orderId }),
    ...(optionalNumber(data.get('appliesToInvoiceId')) && { appliesToInvoiceId: optionalNumber(data.get('appliesToInvoiceId')) }),
    lines: [{ description: String(data.get('description')), quantity: 1, unitPrice: minor(data.get('amount')), vatRate: Number(data.get('vatRate')) }],
  });
  return `${document.number} (id ${document.id}) issued for ${money(document.amount)}.`;
});

onSubmit($('#payment-form'), async (data) => {
  const payment = await admin.recordPayment({
    customerId: customer()!.id,
    amount: minor(data.get('amount')),
    ...(optionalNumber(data.get('invoiceId')) && { invoiceId: optionalNumber(data.get('invoiceId')) }),
    reference: String(data.get('reference') ?? ''),
  });
  return `Payment ${payment.id} recorded.`;
});

onSubmit($('#settings-form'), async (data) => {
  const limit = (name: string) => (data.get(name) === '' ? null : minor(data.get(name)));
  await admin.updateCustomer(customer()!.id, {
    orderLimit: limit('orderLimit'),
    creditLimit: limit('creditLimit'),
    priceListId: data.get('priceListId') === '' ? null : Number(data.get('priceListId')),
  });
  await loadDirectory();
  return 'Saved: the buyer’s next page sees the new prices and limits.';
});

onSubmit($('#permissions-form'), async (data) => {
  const contactId = Number(data.get('contact'));
  if (!contactId) throw new Error('Choose a contact.');
  await admin.setPermissions(contactId, customer()!.id, permissionsOf($('#permissions-form')));
  await loadDirectory();
  return 'Permissions saved: they apply to the contact’s next request.';
});

$('#revoke').addEventListener('click', async () => {
  const form = $<HTMLFormElement>('#permissions-form');
  const contactId = Number($<HTMLSelectElement>('#permission-contact').value);
  if (!contactId) return report(form, 'Choose a contact.', true);
  try {
    await admin.revoke(contactId);
    await loadDirectory();
    report(form, 'Access revoked: the contact’s sessions and open invitation links stopped working.');
  } catch (error) {
    report(form, error instanceof Error ? error.message : String(error), true);
  }
});

onSubmit($('#invite-form'), async (data) => {
  const invitation = await admin.invite({
    name: String(data.get('name')),
    email: String(data.get('email')),
    customerId: customer()!.id,
    permissions: permissionsOf($('#invite-form')),
  });
  await loadDirectory();
  // The link opens welcome.html, where <tc-accept-invitation> lets the contact set a password.
  const link = document.createElement('a');
  link.href = invitation.link;
  link.textContent = invitation.link;
  const text = document.createElement('span');
  text.append('Send this link to the contact (it works once, until ', new Date(invitation.expiresAt).toLocaleString('en'), '): ', link);
  return text;
});

if (!key) {
  $('#admin-status').textContent =
    'The admin key is given only to the demo started with `npm start` on this machine; without it these forms cannot work.';
} else {
  loadDirectory().catch((error) => ($('#admin-status').textContent = `The back end could not be reached: ${error.message}`));
}
