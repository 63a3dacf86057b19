import { AddressList } from '../addresses.js';
import { customerRoute, route } from '../route.js';

/** Where orders can go: the customer's delivery addresses and the supplier's pickup location. */
export const addressRoutes = {
  listAddresses: route({
    method: 'get',
    path: '/v1/addresses',
    tag: 'orders',
    summary: 'The customer’s delivery addresses (default first) and the supplier’s pickup location.',
    auth: customerRoute('orders'),
    response: AddressList,
  }),
};
