import type {
  CatalogueSettings,
  CategoryList,
  Product,
  ProductPage,
  ProductQuery,
  PromotedList,
  TagList,
} from '../../contract/catalogue.js';
import type { Http } from './http.js';

export function catalogueResource(http: Http) {
  return {
    listProducts: (query: ProductQuery = {}, signal?: AbortSignal) =>
      http<ProductPage>('get', 'v1/products', { searchParams: { ...query }, signal }),
    /** The supplier's promoted products (at most five), in its order. */
    listPromoted: (signal?: AbortSignal) => http<PromotedList>('get', 'v1/products/promoted', { signal }),
    getProduct: (id: number, signal?: AbortSignal) => http<Product>('get', `v1/products/${id}`, { signal }),
    listCategories: (signal?: AbortSignal) => http<CategoryList>('get', 'v1/categories', { signal }),
    listTags: (signal?: AbortSignal) => http<TagList>('get', 'v1/tags', { signal }),
    /** How the supplier shows prices (with or without VAT) and stock. */
    getSettings: (signal?: AbortSignal) => http<CatalogueSettings>('get', 'v1/settings', { signal }),
  };
}
