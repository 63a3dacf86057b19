import { atom, type ReadableAtom } from 'nanostores';
import type { Product, ProductQuery } from '../../contract/catalogue.js';
import type { Client } from '../client/client.js';
import { TcError } from '../client/errors.js';
import type { SessionState } from './session.js';
import { sessionOwner } from './session-owner.js';

/** What a list of products is filtered and sorted by; paging is the store's business. */
export type ProductFilter = Pick<ProductQuery, 'q' | 'category' | 'tag' | 'sort'>;

export interface ProductPagesOptions {
  /** Products per request; 48 fills rows of 2, 3 and 4 alike. */
  pageSize?: number;
  /** Pages kept in memory, over all filters; the least recently used go first. */
  maxPages?: number;
}

export interface ProductPagesStore {
  readonly pageSize: number;
  /** Changes whenever a page arrives, fails or is dropped: subscribe to render again. */
  $version: ReadableAtom<number>;
  /** Products matching the filter, once its first page has arrived. */
  total(filter: ProductFilter): number | undefined;
  /** The product at `index` (from 0) if its page is in memory. */
  product(filter: ProductFilter, index: number): Product | undefined;
  /** The error of the filter's last failed request, until `ensure` is called again. */
  error(filter: ProductFilter): TcError | undefined;
  /** Whether a request for the filter is under way. */
  loading(filter: ProductFilter): boolean;
  /**
   * Loads the pages that hold products `first`…`last` and are not in memory or on their way.
   * Aborting `signal` cancels those requests (the buyer moved on to another filter).
   */
  ensure(filter: ProductFilter, first: number, last: number, signal?: AbortSignal): void;
}

interface Page {
  items?: Product[];
  loading: boolean;
  used: number;
}

/** A stable key for a filter, whatever the order or emptiness of its fields. */
export const filterKey = (filter: ProductFilter) =>
  JSON.stringify([filter.q || '', filter.category ?? '', filter.tag || '', filter.sort ?? 'name']);

/**
 * Pages of products per filter, loaded on demand as the buyer scrolls and kept in a bounded cache,
 * so a catalogue of any size holds at most `maxPages × pageSize` products in memory. Cleared when
 * the session changes hands: prices belong to one customer.
 */
export function createProductPagesStore(
  client: Client,
  $session: ReadableAtom<SessionState>,
  { pageSize = 48, maxPages = 12 }: ProductPagesOptions = {},
): ProductPagesStore {
  const pages = new Map<string, Page>();
  const totals = new Map<string, number>();
  const errors = new Map<string, TcError>();
  const $version = atom(0);
  let clock = 0;
  const changed = () => $version.set($version.get() + 1);

  let owner = sessionOwner($session.get());
  $session.listen((state) => {
    if (sessionOwner(state) === owner) return;
    owner = sessionOwner(state);
    pages.clear();
    totals.clear();
    errors.clear();
    changed();
  });

  const pageOf = (filter: ProductFilter, number: number) => pages.get(`${filterKey(filter)}#${number}`);

  function evict() {
    const loaded = [...pages].filter(([, page]) => page.items);
    for (const [key] of loaded.sort(([, a], [, b]) => a.used - b.used).slice(0, Math.max(0, loaded.length - maxPages))) {
      pages.delete(key);
    }
    // Totals of filters with no page left go too, so the maps stay as bounded as the pages.
    const live = new Set([...pages.keys()].map((key) => key.slice(0, key.lastIndexOf('#'))));
    for (const key of totals.keys()) if (!live.has(key)) totals.delete(key);
  }

  function load(filter: ProductFilter, number: number, signal?: AbortSignal) {
    const key = filterKey(filter);
    const page: Page = { loading: true, used: ++clock };
    pages.set(`${key}#${number}`, page);
    client.catalogue
      .listProducts({ ...filter, page: number, pageSize }, signal)
      .then(
        (result) => {
          if (pages.get(`${key}#${number}`) !== page) return; // cleared meanwhile
          page.items = result.items;
          totals.set(key, result.total);
          errors.delete(key);
          evict();
        },
        (error: unknown) => {
          if (pages.get(`${key}#${number}`) === page) pages.delete(`${key}#${number}`);
          if (!(error instanceof DOMException && error.name === 'AbortError')) {
            errors.set(key, error instanceof TcError ? error : new TcError(String(error)));
          }
        },
      )
      .finally(() => {
        page.loading = false;
        changed();
      });
  }

  return {
    pageSize,
    $version,
    total: (filter) => totals.get(filterKey(filter)),
    error: (filter) => errors.get(filterKey(filter)),
    loading: (filter) => {
      const prefix = `${filterKey(filter)}#`;
      for (const [key, page] of pages) if (page.loading && key.startsWith(prefix)) return true;
      return false;
    },
    product(filter, index) {
      const page = pageOf(filter, Math.floor(index / pageSize) + 1);
      if (!page?.items) return undefined;
      page.used = ++clock;
      return page.items[index % pageSize];
    },
    ensure(filter, first, last, signal) {
      if (signal?.aborted) return;
      const had = errors.delete(filterKey(filter));
      const total = totals.get(filterKey(filter));
      const lastIndex = total === undefined ? last : Math.min(last, total - 1);
      for (let number = Math.floor(first / pageSize) + 1; number <= Math.floor(lastIndex / pageSize) + 1; number++) {
        const page = pageOf(filter, number);
        if (page) page.used = ++clock;
        else load(filter, number, signal);
      }
      if (had) changed();
    },
  };
}
