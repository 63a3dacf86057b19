import { atom } from 'nanostores';
import { Portal, type PortalOptions } from './portal.js';

/** The page's default portal, for tags placed outside any `<tc-portal>`. */
export const $defaultPortal = atom<Portal | undefined>(undefined);

/**
 * Sets up the page's default portal from script, instead of a `<tc-portal>` tag.
 *
 * ```js
 * import { configure } from 'tradecounter';
 * configure({ api: 'https://api.supplier.example' });
 * ```
 */
export function configure(options: PortalOptions): Portal {
  const portal = new Portal(options);
  $defaultPortal.set(portal);
  return portal;
}
