import { z } from 'zod';
import { CurrencyCode, Money } from './common.js';
import { Announcement, AnnouncementKind } from './announcements.js';
import { BillTo, DocumentType, Invoice, IsoDate } from './invoices.js';
import { Permission } from './session.js';

// The supplier's side: what its ERP (or the demo) sends with the admin key. Never used by the browser SDK.

const minor = (what: string) => z.number({ error: `Enter ${what} in minor units` }).int('Use whole minor units (cents)');
const email = z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address').max(254));

export const CreateCustomerRequest = z
  .object({
    name: z.string().trim().min(1, 'Enter a name').max(200),
    currency: CurrencyCode,
    locale: z.string().trim().min(2).max(20).default('en'),
    priceListId: z.number().int().positive().nullable().default(null).describe('Null: the default price list.'),
    creditLimit: minor('the credit limit').min(0).nullable().default(null).describe('In the customer’s currency; null: no limit.'),
    paymentTermsDays: z.number().int().min(0).max(365).default(30),
    billingAddress: z.string().max(500).default(''),
    taxId: z.string().max(50).default(''),
  })
  .meta({ id: 'CreateCustomerRequest' });

export const UpdateCustomerRequest = z
  .object({
    name: z.string().trim().min(1, 'Enter a name').max(200),
    currency: CurrencyCode.describe('Refused while the customer has documents or payments in another currency.'),
    locale: z.string().trim().min(2).max(20),
    priceListId: z.number().int().positive().nullable(),
    creditLimit: minor('the credit limit').min(0).nullable(),
    orderLimit: minor('the order limit')
      .min(0, 'The limit cannot be negative')
      .nullable()
      .describe('Maximum value (with VAT) of open orders; null for no limit.'),
    paymentTermsDays: z.number().int().min(0).max(365),
    billingAddress: z.string().max(500),
    taxId: z.string().max(50),
  })
  .partial()
  .meta({ id: 'UpdateCustomerRequest' });

export const AdminCustomer = z
  .object({
    id: z.number().int(),
    name: z.string(),
    currency: CurrencyCode,
    locale: z.string(),
    priceListId: z.number().int().nullable(),
    creditLimit: Money.nullable(),
    orderLimit: Money.nullable(),
    paymentTermsDays: z.number().int(),
    billingAddress: z.string(),
    taxId: z.string(),
  })
  .meta({ id: 'AdminCustomer' });
export type AdminCustomer = z.infer<typeof AdminCustomer>;

export const AdminContact = z
  .object({
    id: z.number().int(),
    name: z.string(),
    email: z.string(),
    active: z.boolean(),
    invited: z.boolean().describe('Not signed up yet: an open invitation link for this customer, whose permissions are shown.'),
    permissions: z.array(Permission).describe('What the contact may do for this customer.'),
  })
  .meta({ id: 'AdminContact' });

export const PriceListChoice = z
  .object({ id: z.number().int(), name: z.string(), currency: CurrencyCode, isDefault: z.boolean() })
  .meta({ id: 'PriceListChoice' });

export const AdminCustomerDirectory = z
  .object({
    customers: z.array(AdminCustomer.extend({ contacts: z.array(AdminContact) })),
    priceLists: z.array(PriceListChoice),
  })
  .meta({ id: 'AdminCustomerDirectory' });
export type AdminCustomerDirectory = z.infer<typeof AdminCustomerDirectory>;

export const InvitationRequest = z
  .object({
    email,
    name: z.string().trim().min(1, 'Enter a name').max(200),
    customerId: z.number().int().positive(),
    permissions: z.array(Permission).default(['catalogue', 'orders', 'invoices', 'statement']),
  })
  .meta({ id: 'InvitationRequest' });

export const Invitation = z
  .object({
    id: z.number().int(),
    contactId: z.number().int(),
    customerId: z.number().int(),
    token: z.string().describe('Put it in the link you send; it works once, until `expiresAt`, and is not stored.'),
    link: z.string().describe('The page where the contact sets its password (the server’s `INVITATION_URL`) with the token in its `token` query parameter.'),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const PermissionsRequest = z.object({ permissions: z.array(Permission) }).meta({ id: 'PermissionsRequest' });

export const Membership = z
  .object({ contactId: z.number().int(), customerId: z.number().int(), permissions: z.array(Permission) })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof Membership>;

export const DocumentLineInput = z
  .object({
    productId: z.number().int().positive().optional().describe('Fills SKU, description, unit, VAT and the customer’s price.'),
    sku: z.string().max(50).optional(),
    description: z.string().trim().min(1).max(500).optional(),
    quantity: z.number().int().min(1, 'At least 1'),
    unit: z.string().max(20).optional(),
    unitPrice: minor('the unit price').min(0).optional().describe('Without VAT, in the customer’s currency.'),
    vatRate: z.number().min(0).max(100).optional(),
  })
  .refine((line) => line.productId !== undefined || (line.description !== undefined && line.unitPrice !== undefined && line.vatRate !== undefined), {
    message: 'Give a productId, or a description, unitPrice and vatRate',
    path: ['description'],
  });

export const IssueDocumentRequest = z
  .object({
    customerId: z.number().int().positive(),
    type: DocumentType,
    number: z.string().trim().min(1).max(40).optional().describe('The ERP’s number; the next of the series when absent.'),
    issueDate: IsoDate.optional().describe('Today when absent.'),
    dueDate: IsoDate.optional().describe('Issue date plus the customer’s payment terms when absent.'),
    orderId: z.number().int().positive().optional(),
    orderNumber: z.string().max(40).optional(),
    appliesToInvoiceId: z.number().int().positive().optional().describe('Credit notes only: the invoice it settles.'),
    billTo: BillTo.partial().optional().describe('The customer’s name, billing address and tax id when absent.'),
    notes: z.string().max(2000).default(''),
    lines: z.array(DocumentLineInput).min(1, 'Add at least one line').max(500),
  })
  .refine((body) => !body.dueDate || !body.issueDate || body.dueDate >= body.issueDate, {
    message: 'Must not be before the issue date',
    path: ['dueDate'],
  })
  .refine((body) => body.appliesToInvoiceId === undefined || body.type === 'credit_note', {
    message: 'Only a credit note applies to an invoice',
    path: ['appliesToInvoiceId'],
  })
  .meta({ id: 'IssueDocumentRequest' });

export const AdminDocument = Invoice.extend({ customerId: z.number().int() }).meta({ id: 'AdminDocument' });
export type AdminDocument = z.infer<typeof AdminDocument>;

export const PaymentMethod = z.enum(['bank_transfer', 'card', 'cash', 'other']).meta({ id: 'PaymentMethod' });

export const RecordPaymentRequest = z
  .object({
    customerId: z.number().int().positive(),
    amount: minor('the amount').positive('Must be more than zero').describe('In the customer’s currency.'),
    receivedOn: IsoDate.optional().describe('Today when absent.'),
    method: PaymentMethod.default('bank_transfer'),
    reference: z.string().max(100).default(''),
    invoiceId: z.number().int().positive().optional().describe('The invoice or proforma it pays; on account when absent.'),
  })
  .meta({ id: 'RecordPaymentRequest' });

export const Payment = z
  .object({
    id: z.number().int(),
    customerId: z.number().int(),
    invoiceId: z.number().int().nullable(),
    receivedOn: IsoDate,
    amount: Money,
    method: PaymentMethod,
    reference: z.string(),
  })
  .meta({ id: 'Payment' });
export type Payment = z.infer<typeof Payment>;

export const PostAnnouncementRequest = z
  .object({
    kind: AnnouncementKind.default('news'),
    title: z.string().trim().min(1, 'Enter a title').max(200),
    bodyHtml: z.string().max(20_000).describe('HTML; kept: paragraphs, line breaks, bold, italic, lists and http(s)/mailto links.'),
    startsAt: z.iso.datetime({ offset: true }).optional().describe('Shown from then; at once when absent.'),
    endsAt: z.iso.datetime({ offset: true }).optional(),
    customerIds: z.array(z.number().int().positive()).min(1).optional().describe('Only these customers; everyone when absent.'),
  })
  .refine((body) => !body.startsAt || !body.endsAt || Date.parse(body.endsAt) > Date.parse(body.startsAt), {
    message: 'Must be after the start',
    path: ['endsAt'],
  })
  .meta({ id: 'PostAnnouncementRequest' });

export const AdminAnnouncement = Announcement.extend({
  bodyHtml: z.string().describe('The sanitised HTML as stored.'),
  audience: z.enum(['all', 'customers']),
  customerIds: z.array(z.number().int()),
}).meta({ id: 'AdminAnnouncement' });
export type AdminAnnouncement = z.infer<typeof AdminAnnouncement>;

export const AdminAnnouncementList = z.object({ items: z.array(AdminAnnouncement) }).meta({ id: 'AdminAnnouncementList' });
