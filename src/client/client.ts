import { catalogueResource } from './catalogue.js';
import { favouritesResource } from './favourites.js';
import { createHttp, type ClientOptions } from './http.js';
import { sessionResource } from './session.js';

/** The typed client of the Tradecounter REST contract: one property per resource. */
export function createClient(options: ClientOptions) {
  const http = createHttp(options);
  return {
    session: sessionResource(http),
    catalogue: catalogueResource(http),
    favourites: favouritesResource(http),
  };
}

export type Client = ReturnType<typeof createClient>;
export type { ClientOptions };
