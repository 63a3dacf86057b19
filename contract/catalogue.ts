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
    listPrice: Money.nullable().describe('The list price, when it differs from the customer price.'),
    vatRate: z.number().describe('VAT rate in percent, e.g. 19.'),
    minQuantity: z.number().int().min(1),
    orderMultiple: z.number().int().min(1),
    stock: Stock,
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
