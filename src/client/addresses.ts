import type { AddressList } from '../../contract/addresses.js';
import type { Http } from './http.js';

/** Where orders can go: the customer's delivery addresses and the supplier's pickup location. */
export function addressesResource(http: Http) {
  return {
    list: (signal?: AbortSignal) => http<AddressList>('get', 'v1/addresses', { signal }),
  };
}
