import { z } from 'zod';
import { Id } from './common.js';
import { CategoryList, Product, ProductPage, ProductQuery } from './catalogue.js';
import { AccountsResponse, CredentialsRequest, Session, SignInRequest, SignInResponse } from './session.js';
import { customerRoute, publicRoute, route } from './route.js';

const IdParams = z.object({ id: Id });

/** The route table of the Tradecounter REST contract, version 1. */
export const routes = {
  listAccounts: route({
    method: 'post',
    path: '/v1/auth/accounts',
    tag: 'session',
    summary: 'Check e-mail and password; list the accounts the contact may sign in to.',
    auth: publicRoute,
    body: CredentialsRequest,
    response: AccountsResponse,
    errors: [429],
  }),
  signIn: route({
    method: 'post',
    path: '/v1/auth/session',
    tag: 'session',
    summary: 'Open a session for one of the contact’s accounts.',
    auth: publicRoute,
    body: SignInRequest,
    status: 201,
    response: SignInResponse,
    errors: [429],
  }),
  getSession: route({
    method: 'get',
    path: '/v1/session',
    tag: 'session',
    summary: 'The current session: contact, customer, currency, locale and permissions.',
    auth: customerRoute(),
    response: Session,
  }),
  signOut: route({
    method: 'delete',
    path: '/v1/session',
    tag: 'session',
    summary: 'End the current session; its token stops working at once.',
    auth: customerRoute(),
    status: 204,
  }),
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

export type Routes = typeof routes;
export type RouteName = keyof Routes;
