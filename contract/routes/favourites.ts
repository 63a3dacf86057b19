import { z } from 'zod';
import { Id } from '../common.js';
import { Favourite, FavouriteList, SaveFavouriteRequest } from '../catalogue.js';
import { customerRoute, route } from '../route.js';

const ProductParams = z.object({ productId: Id });

/** The signed-in contact's favourites for the customer account it works in, at current prices. */
export const favouriteRoutes = {
  listFavourites: route({
    method: 'get',
    path: '/v1/favourites',
    tag: 'favourites',
    summary: 'The contact’s favourite products for this customer, at current prices, with the usual quantity.',
    auth: customerRoute('catalogue'),
    response: FavouriteList,
  }),
  saveFavourite: route({
    method: 'put',
    path: '/v1/favourites/:productId',
    tag: 'favourites',
    summary: 'Keep a product as a favourite, or change its usual quantity.',
    auth: customerRoute('catalogue'),
    params: ProductParams,
    body: SaveFavouriteRequest,
    response: Favourite,
    errors: [404],
  }),
  removeFavourite: route({
    method: 'delete',
    path: '/v1/favourites/:productId',
    tag: 'favourites',
    summary: 'Stop keeping a product as a favourite (nothing happens if it was not one).',
    auth: customerRoute('catalogue'),
    params: ProductParams,
    status: 204,
    errors: [404],
  }),
};
