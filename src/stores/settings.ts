import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { CatalogueSettings } from '../../contract/catalogue.js';
import type { Client } from '../client/client.js';

/**
 * The supplier's display settings (prices with or without VAT, stock as quantity or availability),
 * loaded once when an element first needs them. Undefined until they arrive; elements label
 * every price with its VAT basis, so showing net prices meanwhile is never misleading.
 */
export function createSettingsStore(client: Client): ReadableAtom<CatalogueSettings | undefined> {
  const $settings = atom<CatalogueSettings | undefined>(undefined);
  onMount($settings, () => {
    if (!$settings.get()) {
      client.catalogue.getSettings().then(
        (settings) => $settings.set(settings),
        () => {}, // tried again the next time an element mounts the store
      );
    }
  });
  return $settings;
}
