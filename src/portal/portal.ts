import { createClient, type Client } from '../client/client.js';
import type { ClientOptions } from '../client/http.js';
import { createCartStore, type CartStorage, type CartStore } from '../stores/cart.js';
import { createFavouritesStore, type FavouritesStore } from '../stores/favourites.js';
import { createProductPagesStore, type ProductPagesStore } from '../stores/product-pages.js';
import { createSessionStore, type SessionStore } from '../stores/session.js';
import { createSettingsStore } from '../stores/settings.js';
import { createTokenStore, type TokenStorage } from '../stores/token.js';

export interface PortalOptions extends Pick<ClientOptions, 'timeout' | 'fetch'> {
  /** Base URL of the supplier's back end. */
  api: string;
  /** Where the session token is kept: `session` (default), `local` or `memory`. */
  storage?: TokenStorage;
  /**
   * Where the cart and its unsent changes are kept: `local` (shared by tabs, survives reloads;
   * the default) or `memory` (the default when `storage` is `memory`).
   */
  cartStorage?: CartStorage;
}

/**
 * One supplier back end as the page sees it: the typed client and the stores every tag shares
 * (session, cart). Tags find it through `<tc-portal>` or the page default.
 */
export class Portal {
  readonly api: string;
  readonly client: Client;
  readonly session: SessionStore;
  readonly cart: CartStore;
  /** The supplier's display settings (VAT basis of prices, stock display). */
  readonly settings: ReturnType<typeof createSettingsStore>;
  /** Pages of products per filter, loaded as the buyer scrolls, bounded in memory. */
  readonly products: ProductPagesStore;
  /** The signed-in contact's favourites for its customer. */
  readonly favourites: FavouritesStore;

  constructor(options: PortalOptions) {
    this.api = options.api;
    const $token = createTokenStore(`tradecounter:token:${options.api}`, options.storage ?? 'session');
    this.client = createClient({
      api: options.api,
      timeout: options.timeout,
      fetch: options.fetch,
      token: () => $token.get(),
      onUnauthorized: () => this.session.expire(),
    });
    this.session = createSessionStore(this.client, $token);
    this.cart = createCartStore(this.client, this.session, {
      api: options.api,
      storage: options.cartStorage ?? (options.storage === 'memory' ? 'memory' : 'local'),
    });
    this.settings = createSettingsStore(this.client);
    this.products = createProductPagesStore(this.client, this.session.$state);
    this.favourites = createFavouritesStore(this.client, this.session.$state);
    void this.session.restore();
  }
}
