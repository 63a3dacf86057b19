import { z } from 'zod';
import { Delivery } from './addresses.js';
import { Stock } from './catalogue.js';
import { Money, PageQuery, pageOf } from './common.js';
import { FieldIssue } from './errors.js';

/** Why a cart line cannot be ordered as it stands. */
export const LineProblemCode = z.enum(['below_minimum', 'not_multiple', 'insufficient_stock', 'unavailable']);
export type LineProblemCode = z.infer<typeof LineProblemCode>;

export const LineProblem = z
  .object({ code: LineProblemCode, message: z.string().describe('A sentence a buyer can read (English).') })
  .meta({ id: 'LineProblem' });
export type LineProblem = z.infer<typeof LineProblem>;

/** The product of a cart line, as much as a line needs to show and edit it. */
export const CartProduct = z
  .object({
    id: z.number().int(),
    sku: z.string(),
    name: z.string(),
    unit: z.string(),
    image: z.object({ url: z.string(), alt: z.string() }).optional(),
    minQuantity: z.number().int().min(1),
    orderMultiple: z.number().int().min(1),
  })
  .meta({ id: 'CartProduct' });
export type CartProduct = z.infer<typeof CartProduct>;

export const CartLine = z
  .object({
    id: z.number().int(),
    product: CartProduct,
    quantity: z.number().int().min(1),
    unitPrice: Money.nullable().describe('Current price without VAT; null when the product is no longer available to the customer.'),
    lineTotal: Money.nullable().describe('unitPrice × quantity, without VAT; null when unavailable.'),
    vatRate: z.number().describe('VAT rate in percent.'),
    preorder: z
      .boolean()
      .describe('More than the stock is wanted and the product allows pre-orders: the rest will be a pre-order.'),
    problems: z.array(LineProblem).describe('Empty when the line can be ordered as it stands.'),
  })
  .meta({ id: 'CartLine' });
export type CartLine = z.infer<typeof CartLine>;

export const Totals = z
  .object({
    net: Money.describe('Without VAT.'),
    vat: Money,
    gross: Money.describe('With VAT.'),
  })
  .meta({ id: 'Totals' });
export type Totals = z.infer<typeof Totals>;

/**
 * The buyer's current order, kept on the server per customer and contact. Prices and totals are
 * computed by the server at current prices on every answer; lines of unavailable products count
 * for nothing.
 */
export const Cart = z
  .object({
    lines: z.array(CartLine).describe('In the order they were first added.'),
    note: z.string().describe('Note for the supplier; empty when none.'),
    delivery: Delivery.nullable(),
    totals: Totals,
    version: z.number().int().describe('Bumps on every change; send it back as `cartVersion` when placing.'),
    updatedAt: z.string(),
  })
  .meta({ id: 'Cart' });
export type Cart = z.infer<typeof Cart>;

export const SetLineQuantity = z
  .object({
    quantity: z
      .number({ error: 'Enter a quantity' })
      .int('Enter a whole number')
      .min(0, 'The quantity cannot be negative')
      .max(1_000_000, 'At most 1,000,000')
      .describe('The new quantity; 0 removes the line.'),
  })
  .meta({ id: 'SetLineQuantity' });
export type SetLineQuantity = z.infer<typeof SetLineQuantity>;

/**
 * One line of a bulk add (quick order, pasted or CSV lines). Loose on purpose: the server judges
 * each line and answers per line, so one bad line never rejects the others. A quantity may arrive
 * as text straight from a CSV cell.
 */
export const AddLine = z.object({
  sku: z.string().trim().max(100).optional(),
  productId: z.number().int().positive().optional(),
  quantity: z.union([z.number(), z.string().max(20)]),
});
export type AddLine = z.input<typeof AddLine>;

export const AddLinesRequest = z
  .object({ lines: z.array(AddLine).min(1, 'Add at least one line').max(500, 'At most 500 lines at once') })
  .meta({ id: 'AddLinesRequest' });
export type AddLinesRequest = z.input<typeof AddLinesRequest>;

export const AddLineErrorCode = z.enum(['unknown_sku', 'invalid_quantity', 'not_orderable']);
export type AddLineErrorCode = z.infer<typeof AddLineErrorCode>;

/** What became of one requested line, by its position in the request. */
export const AddLineResult = z
  .discriminatedUnion('status', [
    z.object({
      index: z.number().int(),
      status: z.literal('added'),
      productId: z.number().int(),
      sku: z.string(),
      quantity: z.number().int().describe('The line’s quantity in the cart after adding.'),
    }),
    z.object({
      index: z.number().int(),
      status: z.literal('rejected'),
      sku: z.string().nullable(),
      code: AddLineErrorCode,
      message: z.string(),
      issue: FieldIssue.optional().describe('Why the quantity was refused, as a stable code clients word in any language (as `Error.fieldIssues`).'),
    }),
  ])
  .meta({ id: 'AddLineResult' });
export type AddLineResult = z.infer<typeof AddLineResult>;

export const AddLinesResponse = z
  .object({ results: z.array(AddLineResult), cart: Cart })
  .meta({ id: 'AddLinesResponse' });
export type AddLinesResponse = z.infer<typeof AddLinesResponse>;

export const UpdateCart = z
  .object({
    note: z.string().max(2000, 'At most 2,000 characters').optional(),
    delivery: Delivery.nullable().optional(),
  })
  .meta({ id: 'UpdateCart' });
export type UpdateCart = z.infer<typeof UpdateCart>;

export const ProductLookupQuery = z.object({
  sku: z.string().trim().min(1).max(100).optional().describe('SKU prefix, case-insensitive.'),
  q: z.string().trim().min(1).max(100).optional().describe('Words in the SKU or the name.'),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
/** What a client may ask for: `sku` (prefix) or `q` (words), and how many. */
export type ProductLookupQuery = Partial<z.output<typeof ProductLookupQuery>>;

export const ProductMatch = z
  .object({
    id: z.number().int(),
    sku: z.string(),
    name: z.string(),
    unit: z.string(),
    price: Money,
    minQuantity: z.number().int(),
    orderMultiple: z.number().int(),
    stock: Stock,
    allowPreorder: z.boolean(),
  })
  .meta({ id: 'ProductMatch' });
export type ProductMatch = z.infer<typeof ProductMatch>;

export const ProductLookup = z.object({ items: z.array(ProductMatch) }).meta({ id: 'ProductLookup' });
export type ProductLookup = z.infer<typeof ProductLookup>;

/** A cart as the supplier sees it, with whose it is. */
export const AdminCart = z
  .object({
    customer: z.object({ id: z.number().int(), name: z.string() }),
    contact: z.object({ id: z.number().int(), name: z.string(), email: z.string() }),
    cart: Cart,
  })
  .meta({ id: 'AdminCart' });
export type AdminCart = z.infer<typeof AdminCart>;

export const AdminCartQuery = PageQuery.extend({
  customerId: z.coerce.number().int().positive().optional(),
  includeEmpty: z.stringbool().default(false).describe('Also list carts without lines.'),
});

export const AdminCartPage = pageOf(AdminCart).meta({ id: 'AdminCartPage' });
export type AdminCartPage = z.infer<typeof AdminCartPage>;
