import type { z } from 'zod';
import type { Cart, CartLine, LineProblem } from '../../contract/cart.js';
import type { Delivery } from '../../contract/addresses.js';
import type { Queryable } from '../db/database.js';
import { pricedCte } from './pricing.js';
import { quantityRuleBroken, stockShort, vatOf, type StockDisplay } from './quantity-rules.js';

/** Whose cart: one per contact and customer account. */
export interface CartOwner {
  customerId: number;
  contactId: number;
}

/** A cart line with everything the server knows about it now. */
export interface PricedLine {
  id: number;
  productId: number;
  sku: string;
  name: string;
  unit: string;
  quantity: number;
  minQuantity: number;
  orderMultiple: number;
  stock: number;
  allowPreorder: boolean;
  vatRate: number;
  /** Visible to the customer and active. */
  available: boolean;
  /** The customer's price now; null when unavailable. */
  price: number | null;
  quotedPrice: number | null;
  quotedCurrency: string | null;
  image: { path: string; alt: string } | undefined;
}

export interface CartState {
  /** Null while the contact has never had a cart. */
  id: number | null;
  version: number;
  note: string;
  delivery: Delivery | null;
  currency: string;
  stockDisplay: StockDisplay;
  updatedAt: Date;
  lines: PricedLine[];
}

type CartDto = z.input<typeof Cart>;

/** Reads the contact's cart with every line priced now (pricedCte) and the product's current rules. */
export async function readCartState(db: Queryable, owner: CartOwner): Promise<CartState> {
  const [header] = await db.query<{
    id: number | null; version: number | null; note: string | null; delivery_kind: 'address' | 'pickup' | null;
    delivery_address_id: number | null; updated_at: Date | null; currency: string; stock_display: StockDisplay;
  }>(
    `SELECT c.id, c.version, c.note, c.delivery_kind, c.delivery_address_id, c.updated_at, cu.currency, s.stock_display
       FROM customers cu
       CROSS JOIN supplier s
       LEFT JOIN carts c ON c.customer_id = cu.id AND c.contact_id = $2
      WHERE cu.id = $1`,
    [owner.customerId, owner.contactId],
  );
  if (!header) throw new Error(`No customer ${owner.customerId}`);
  const lines = header.id === null ? [] : await db.query<PricedLine>(
    `WITH ${pricedCte}
     SELECT cl.id, cl.product_id AS "productId", p.sku, p.name, p.unit, cl.quantity,
            p.min_quantity AS "minQuantity", p.order_multiple AS "orderMultiple", p.stock,
            p.allow_preorder AS "allowPreorder", p.vat_rate AS "vatRate",
            (p.active AND priced.product_id IS NOT NULL) AS available,
            CASE WHEN p.active THEN priced.price END AS price,
            cl.quoted_price AS "quotedPrice", cl.quoted_currency AS "quotedCurrency", p.images -> 0 AS image
       FROM cart_lines cl
       JOIN carts c ON c.id = cl.cart_id AND c.customer_id = $1 AND c.contact_id = $2
       JOIN products p ON p.id = cl.product_id
       LEFT JOIN priced ON priced.product_id = p.id
      WHERE c.id = $3
      ORDER BY cl.id`,
    [owner.customerId, owner.contactId, header.id],
  );
  let delivery: Delivery | null = null;
  if (header.delivery_kind === 'pickup') delivery = { kind: 'pickup' };
  else if (header.delivery_kind === 'address' && header.delivery_address_id !== null) {
    delivery = { kind: 'address', addressId: header.delivery_address_id };
  }
  return {
    id: header.id,
    version: header.version ?? 0,
    note: header.note ?? '',
    delivery,
    currency: header.currency,
    stockDisplay: header.stock_display,
    updatedAt: header.updated_at ?? new Date(),
    lines: lines.map((line) => ({ ...line, image: line.image ?? undefined })),
  };
}

export function lineProblems(line: PricedLine, display: StockDisplay): LineProblem[] {
  if (!line.available) return [{ code: 'unavailable', message: 'No longer available to your account.' }];
  const problems: LineProblem[] = [];
  const rule = quantityRuleBroken(line, line.quantity);
  if (rule) problems.push(rule);
  const short = stockShort(line, line.quantity, display);
  if (short) problems.push({ code: 'insufficient_stock', message: short });
  return problems;
}

/** Net, VAT and gross of the available lines, in minor units. */
export function totalsOf(lines: PricedLine[]) {
  let net = 0;
  let vat = 0;
  for (const line of lines) {
    if (line.price === null) continue;
    const lineNet = line.price * line.quantity;
    net += lineNet;
    vat += vatOf(lineNet, line.vatRate);
  }
  return { net, vat, gross: net + vat };
}

export function toCartDto(state: CartState, origin: string): CartDto {
  const money = (amount: number) => ({ amount, currency: state.currency });
  const totals = totalsOf(state.lines);
  return {
    lines: state.lines.map((line): z.input<typeof CartLine> => ({
      id: line.id,
      product: {
        id: line.productId,
        sku: line.sku,
        name: line.name,
        unit: line.unit,
        ...(line.image && { image: { url: new URL(line.image.path, origin).href, alt: line.image.alt } }),
        minQuantity: line.minQuantity,
        orderMultiple: line.orderMultiple,
      },
      quantity: line.quantity,
      unitPrice: line.price === null ? null : money(line.price),
      lineTotal: line.price === null ? null : money(line.price * line.quantity),
      vatRate: line.vatRate,
      preorder: line.available && line.allowPreorder && line.quantity > line.stock,
      problems: lineProblems(line, state.stockDisplay),
    })),
    note: state.note,
    delivery: state.delivery,
    totals: { net: money(totals.net), vat: money(totals.vat), gross: money(totals.gross) },
    version: state.version,
    updatedAt: state.updatedAt.toISOString(),
  };
}

/**
 * Remembers the prices the buyer is being shown, so that placing can name the lines whose price
 * changed since. Only lines whose quote differs are written.
 */
export async function rememberQuotes(db: Queryable, state: CartState) {
  const stale = state.lines.filter(
    (line) => line.price !== null && (line.quotedPrice !== line.price || line.quotedCurrency !== state.currency),
  );
  if (stale.length === 0) return;
  await db.query(
    `UPDATE cart_lines cl SET quoted_price = v.price, quoted_currency = $3
       FROM (SELECT unnest($1::int[]) AS id, unnest($2::bigint[]) AS price) v
      WHERE cl.id = v.id`,
    [stale.map((line) => line.id), stale.map((line) => line.price), state.currency],
  );
}

/** The cart as the buyer is shown it, its quotes remembered (unless someone else is looking). */
export async function cartFor(db: Queryable, owner: CartOwner, origin: string, options = { remember: true }): Promise<CartDto> {
  const state = await readCartState(db, owner);
  if (options.remember) await rememberQuotes(db, state);
  return toCartDto(state, origin);
}
