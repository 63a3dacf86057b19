import { z } from 'zod';
import { Id } from '../common.js';
import { CatalogueSettings, CategoryList, Product, ProductPage, ProductQuery, PromotedList, TagList } from '../catalogue.js';
import { customerRoute, publicRoute, route } from '../route.js';

const IdParams = z.object({ id: Id });

/** Products and categories at the signed-in customer's prices. */
export const catalogueRoutes = {
  listProducts: route({
    method: 'get',
    path: '/v1/products',
    tag: 'catalogue',
    summary: 'Products visible to the signed-in customer, at its prices, paged.',
    auth: customerRoute('catalogue'),
    query: ProductQuery,
    response: ProductPage,
  }),
  listPromoted: route({
    method: 'get',
    path: '/v1/products/promoted',
    tag: 'catalogue',
    summary: 'The supplier’s promoted products (at most five) that the signed-in customer can see, in the supplier’s order.',
    auth: customerRoute('catalogue'),
    response: PromotedList,
  }),
  getProduct: route({
    method: 'get',
    path: '/v1/products/:id',
    tag: 'catalogue',
    summary: 'One product visible to the signed-in customer.',
    auth: customerRoute('catalogue'),
    params: IdParams,
    response: Product,
    errors: [404],
  }),
  listCategories: route({
    method: 'get',
    path: '/v1/categories',
    tag: 'catalogue',
    summary: 'Categories that hold products visible to the signed-in customer, with counts.',
    auth: customerRoute('catalogue'),
    response: CategoryList,
  }),
  listTags: route({
    method: 'get',
    path: '/v1/tags',
    tag: 'catalogue',
    summary: 'Tags of the products visible to the signed-in customer, with counts.',
    auth: customerRoute('catalogue'),
    response: TagList,
  }),
  getSettings: route({
    method: 'get',
    path: '/v1/settings',
    tag: 'catalogue',
    summary: 'How the supplier shows its catalogue: prices with or without VAT, stock as quantity or availability.',
    auth: publicRoute,
    response: CatalogueSettings,
  }),
};
