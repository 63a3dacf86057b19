import { z } from 'zod';
import { AdminCustomer, AdminCustomerDirectory, CreateCustomerRequest, UpdateCustomerRequest } from '../admin.js';
import { Id } from '../common.js';
import { route } from '../route.js';

const admin = { kind: 'admin' } as const;

/** Supplier side: customers, their price list, currency, credit limit and billing details. */
export const adminCustomerRoutes = {
  adminListCustomers: route({
    method: 'get',
    path: '/v1/admin/customers',
    tag: 'admin',
    summary: 'Every customer account with its contacts and their permissions, and the price lists to choose from.',
    auth: admin,
    response: AdminCustomerDirectory,
  }),
  adminCreateCustomer: route({
    method: 'post',
    path: '/v1/admin/customers',
    tag: 'admin',
    summary: 'Create a customer account.',
    auth: admin,
    body: CreateCustomerRequest,
    status: 201,
    response: AdminCustomer,
    errors: [404],
  }),
  adminUpdateCustomer: route({
    method: 'patch',
    path: '/v1/admin/customers/:id',
    tag: 'admin',
    summary: 'Set a customer’s price list, currency, credit limit, payment terms or billing details.',
    auth: admin,
    params: z.object({ id: Id }),
    body: UpdateCustomerRequest,
    response: AdminCustomer,
    errors: [404, 409],
  }),
};
