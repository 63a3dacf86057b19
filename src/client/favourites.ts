import type { Favourite, FavouriteList } from '../../contract/catalogue.js';
import type { Http } from './http.js';

export function favouritesResource(http: Http) {
  return {
    /** The contact's favourites for the signed-in customer, at current prices. */
    list: (signal?: AbortSignal) => http<FavouriteList>('get', 'v1/favourites', { signal }),
    /** Keeps a product as a favourite; `quantity` becomes its usual quantity when given. */
    save: (productId: number, quantity?: number) =>
      http<Favourite>('put', `v1/favourites/${productId}`, { json: quantity === undefined ? {} : { quantity } }),
    remove: (productId: number) => http<void>('delete', `v1/favourites/${productId}`),
  };
}
