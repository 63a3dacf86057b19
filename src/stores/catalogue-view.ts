import { persistentAtom } from '@nanostores/persistent';

/** How the buyer lays out catalogues: a grid of 2, 3 or 4 columns, or a list. */
export type CatalogueView = 'grid-2' | 'grid-3' | 'grid-4' | 'list';

export const catalogueViews: readonly CatalogueView[] = ['grid-2', 'grid-3', 'grid-4', 'list'];

/**
 * The buyer's last choice of layout, remembered in local storage (and followed across tabs);
 * empty until the buyer chooses, when the page's `view` and `columns` attributes apply.
 */
export const $catalogueView = persistentAtom<CatalogueView | ''>('tradecounter:catalogue-view', '', {
  decode: (value) => (catalogueViews.includes(value as CatalogueView) ? (value as CatalogueView) : ''),
  encode: (value) => value,
});
