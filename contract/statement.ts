import { z } from 'zod';
import { CurrencyCode, Money } from './common.js';
import { IsoDate } from './invoices.js';

/** Days past the due date: not yet due, then 1–30, 31–60, 61–90 and more than 90. */
export const AgeingBucket = z.enum(['current', '1-30', '31-60', '61-90', '90+']).meta({ id: 'AgeingBucket' });
export type AgeingBucket = z.infer<typeof AgeingBucket>;

export const StatementSummary = z
  .object({
    asOf: IsoDate.describe("The server's today, which overdue days count from."),
    currency: CurrencyCode,
    openBalance: Money.describe('Invoices less credit notes and payments; negative when the customer is in credit.'),
    overdue: Money.describe('Still due on invoices past their due date.'),
    unallocatedCredit: Money.describe('Payments on account and credit notes not yet set against an invoice.'),
    creditLimit: Money.nullable().describe('Null when the customer has no credit limit.'),
    creditRemaining: Money.nullable().describe('What remains of the credit limit (never below zero).'),
    ageing: z
      .array(z.object({ bucket: AgeingBucket, amount: Money }))
      .describe('Still due on invoices, by days past the due date, in bucket order.'),
  })
  .meta({ id: 'StatementSummary' });
export type StatementSummary = z.infer<typeof StatementSummary>;

export const StatementQuery = z
  .object({
    from: IsoDate.optional().describe('First day; 90 days before `to` when absent.'),
    to: IsoDate.optional().describe("Last day; the server's today when absent."),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'Must not be after `to`', path: ['from'] });
export type StatementQuery = z.input<typeof StatementQuery>;

export const StatementEntryKind = z.enum(['invoice', 'credit_note', 'payment']).meta({ id: 'StatementEntryKind' });
export type StatementEntryKind = z.infer<typeof StatementEntryKind>;

export const StatementEntry = z
  .object({
    date: IsoDate,
    kind: StatementEntryKind,
    documentId: z.number().int().nullable().describe('The invoice or credit note; null for a payment.'),
    reference: z.string().describe('Document number, or the payment reference.'),
    appliesTo: z.string().nullable().describe('Number of the document a payment or credit note was set against.'),
    debit: Money.nullable(),
    credit: Money.nullable(),
    balance: Money.describe('Running balance after this entry.'),
  })
  .meta({ id: 'StatementEntry' });
export type StatementEntry = z.infer<typeof StatementEntry>;

export const Statement = z
  .object({
    from: IsoDate,
    to: IsoDate,
    currency: CurrencyCode,
    openingBalance: Money,
    entries: z.array(StatementEntry),
    closingBalance: Money,
  })
  .meta({ id: 'Statement' });
export type Statement = z.infer<typeof Statement>;
