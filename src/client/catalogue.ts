import type { CategoryList, Product, ProductPage, ProductQuery } from '../../contract/catalogue.js';
import type { Http } from './http.js';

export function catalogueResource(http: Http) {
  return {
    listProducts: (query: ProductQuery = {}, signal?: AbortSignal) =>
      http<ProductPage>('get', 'v1/products', { searchParams: { ...query }, signal }),
    getProduct: (id: number, signal?: AbortSignal) => http<Product>('get', `v1/products/${id}`, { signal }),
    listCategories: (signal?: AbortSignal) => http<CategoryList>('get', 'v1/categories', { signal }),
  };
}
