import { catalogueRoutes } from './routes/catalogue.js';
import { favouriteRoutes } from './routes/favourites.js';
import { sessionRoutes } from './routes/session.js';

/**
 * The route table of the Tradecounter REST contract, version 1: one file per resource under
 * routes/, merged here. The server mounts from it, the OpenAPI document is generated from it, and
 * the isolation tests walk it.
 */
export const routes = {
  ...sessionRoutes,
  ...catalogueRoutes,
  ...favouriteRoutes,
};

export type Routes = typeof routes;
export type RouteName = keyof Routes;
