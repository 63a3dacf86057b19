import { z } from 'zod';
import { Money, PageQuery, pageOf } from './common.js';

/**
 * Stock as the supplier chooses to show it: an exact quantity, or only whether it is available.
 */
export const Stock = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('quantity'), quantity: z.number().int() }),
    z.object({ kind: z.literal('availability'), available: z.boolean() }),
  ])
  .meta({ id: 'Stock' });
export type Stock = z.infer<typeof Stock>;

export const ProductImage = z.object({ url: z.string(), alt: z.string() });

export const Product = z
  .object({
    id: z.number().int(),
    sku: z.string(),
    name: z.string(),
    description: z.string(),
    unit: z.string().describe('Unit of sale, e.g. `pcs`, `box`, `kg`.'),
    images: z.array(ProductImage),
    category: z.object({ id: z.number().int(), name: z.string() }),
    tags: z.array(z.string()),
    price: Money.describe("The signed-in customer's price, without VAT, in the customer's currency."),
    priceGross: Money.describe("The customer's price with VAT, computed by the server."),
    listPrice: Money.nullable().describe('The list price without VAT, when it differs from the customer price.'),
    listPriceGross: Money.nullable().describe('The list price with VAT, when it differs from the customer price.'),
    vatRate: z.number().describe('VAT rate in percent, e.g. 19.'),
    minQuantity: z.number().int().min(1).describe('The least quantity one order line may hold.'),
    orderMultiple: z.number().int().min(1).describe('Quantities must be a multiple of this (packs, boxes).'),
    stock: Stock,
    allowPreorder: z.boolean().describe('Whether the product may be ordered while out of stock.'),
    createdAt: z.string(),
  })
  .meta({ id: 'Product' });
export type Product = z.infer<typeof Product>;

export const ProductSort = z.enum(['name', 'price', '-price', 'newest']);
export type ProductSort = z.infer<typeof ProductSort>;

export const ProductQuery = PageQuery.extend({
  q: z.string().trim().max(100, 'At most 100 characters').optional().describe('Search in name, SKU and description.'),
  category: z.coerce.number().int().positive().optional(),
  tag: z.string().trim().max(50).optional(),
  sort: ProductSort.default('name'),
});
/** What a client may ask for; every field is optional. */
export type ProductQuery = Partial<z.output<typeof ProductQuery>>;

export const ProductPage = pageOf(Product).meta({ id: 'ProductPage' });
export type ProductPage = z.infer<typeof ProductPage>;

export const Category = z
  .object({ id: z.number().int(), name: z.string(), productCount: z.number().int() })
  .meta({ id: 'Category' });
export type Category = z.infer<typeof Category>;

export const CategoryList = z.object({ items: z.array(Category) }).meta({ id: 'CategoryList' });
export type CategoryList = z.infer<typeof CategoryList>;

export const Tag = z.object({ name: z.string(), productCount: z.number().int() }).meta({ id: 'Tag' });
export type Tag = z.infer<typeof Tag>;

export const TagList = z.object({ items: z.array(Tag) }).meta({ id: 'TagList' });
export type TagList = z.infer<typeof TagList>;

/** The supplier's promoted products (at most five), in the supplier's order. */
export const PromotedList = z.object({ items: z.array(Product).max(5) }).meta({ id: 'PromotedList' });
export type PromotedList = z.infer<typeof PromotedList>;

/** How the supplier wants its catalogue shown to buyers. */
export const CatalogueSettings = z
  .object({
    pricesIncludeVat: z.boolean().describe('Show prices with VAT (`priceGross`) rather than without (`price`).'),
    stockDisplay: z.enum(['quantity', 'availability']).describe('Stock as an exact quantity, or only in stock / out of stock.'),
  })
  .meta({ id: 'CatalogueSettings' });
export type CatalogueSettings = z.infer<typeof CatalogueSettings>;

/** A product the buyer keeps at hand, with the quantity it usually orders. */
export const Favourite = z
  .object({
    product: Product,
    quantity: z.number().int().min(1).describe('The last quantity the buyer chose, or the product minimum; always a valid quantity.'),
    addedAt: z.string(),
  })
  .meta({ id: 'Favourite' });
export type Favourite = z.infer<typeof Favourite>;

export const FavouriteList = z.object({ items: z.array(Favourite) }).meta({ id: 'FavouriteList' });
export type FavouriteList = z.infer<typeof FavouriteList>;

export const SaveFavouriteRequest = z
  .object({
    quantity: z
      .number({ error: 'Enter a whole number' })
      .int('Enter a whole number')
      .min(1, 'At least 1')
      .max(1_000_000, 'At most 1,000,000')
      .optional()
      .describe('The usual quantity; kept as it was (or the minimum) when omitted.'),
  })
  .meta({ id: 'SaveFavouriteRequest' });
export type SaveFavouriteRequest = z.infer<typeof SaveFavouriteRequest>;
