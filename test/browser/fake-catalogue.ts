// A catalogue of any size made up on the fly, for tests and benchmarks that need more products
// than the demo seed holds without a database behind them.
import type { Product, ProductPage } from '../../contract/catalogue.js';

const names = ['Hex bolt', 'Wood screw', 'Claw hammer', 'Cordless drill', 'Silicone sealant', 'Cable reel', 'Ball valve', 'Work gloves'];

/** Product number `index` (from 0) of a made-up catalogue; the same every time. */
export function fakeProduct(index: number, overrides: Partial<Product> = {}): Product {
  const id = index + 1;
  const amount = 150 + ((id * 7919) % 40000);
  const packed = id % 7 === 0;
  return {
    id,
    sku: `GEN-${String(id).padStart(6, '0')}`,
    name: `${names[id % names.length]} ${id}`,
    description: `Generated product ${id}.`,
    unit: 'pcs',
    images: [{ url: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 5 4"/>`, alt: `Product ${id}` }],
    category: { id: 1 + (id % 12), name: 'Fasteners' },
    tags: ['new'],
    price: { amount, currency: 'EUR' },
    priceGross: { amount: Math.round(amount * 1.21), currency: 'EUR' },
    listPrice: null,
    listPriceGross: null,
    vatRate: 21,
    minQuantity: packed ? 6 : 1,
    orderMultiple: packed ? 6 : 1,
    stock: { kind: 'quantity', quantity: id % 9 === 0 ? 0 : (id * 37) % 500 + 1 },
    allowPreorder: id % 4 === 0,
    createdAt: new Date(Date.UTC(2025, 0, 1) + id * 60_000).toISOString(),
    ...overrides,
  };
}

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/**
 * Answers the catalogue's requests (`/v1/products`, `/promoted`, `/v1/categories`, `/v1/tags`) as a
 * back end holding `total` products would; anything else goes to `fallback`. `onPage` sees each
 * page asked for.
 */
export function fakeCatalogueFetch(total: number, options: { fallback?: typeof fetch; onPage?: (page: number, request: Request) => void } = {}): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.endsWith('/v1/products/promoted')) return json({ items: [] });
    if (url.pathname.endsWith('/v1/products')) {
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 24);
      options.onPage?.(page, request);
      const first = (page - 1) * pageSize;
      const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - first)) }, (_, offset) => fakeProduct(first + offset));
      return json({ items, total, page, pageSize } satisfies ProductPage);
    }
    if (url.pathname.endsWith('/v1/categories')) return json({ items: [] });
    if (url.pathname.endsWith('/v1/tags')) return json({ items: [] });
    if (url.pathname.endsWith('/v1/favourites')) return json({ items: [] });
    return (options.fallback ?? fetch)(request);
  };
}
