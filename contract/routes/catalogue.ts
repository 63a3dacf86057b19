import { z } from 'zod';
import { Id } from '../common.js';
import { CategoryList, Product, ProductPage, ProductQuery } from '../catalogue.js';
import { customerRoute, route } from '../route.js';

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
};
