import { expect } from '@open-wc/testing';
import { signedInPortal } from './helpers.js';

interface Seen {
  path: string;
  status: number;
  ifNoneMatch: string | null;
}

/** A fetch that reaches the real back end and records what went over the wire. */
function recordingFetch(seen: Seen[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    seen.push({ path: new URL(request.url).pathname, status: response.status, ifNoneMatch: request.headers.get('If-None-Match') });
    return response;
  };
}

describe('conditional catalogue requests', () => {
  it('asks again with If-None-Match, gets 304 without a body, and still returns the same page', async () => {
    const seen: Seen[] = [];
    const portal = await signedInPortal('anna@nordwerk.example', undefined, { fetch: recordingFetch(seen) });
    const first = await portal.client.catalogue.listProducts({ pageSize: 48 });
    const second = await portal.client.catalogue.listProducts({ pageSize: 48 });
    const products = seen.filter((entry) => entry.path === '/v1/products');
    expect(products.map((entry) => entry.status)).to.deep.equal([200, 304]);
    expect(products[0]!.ifNoneMatch).to.equal(null);
    expect(products[1]!.ifNoneMatch).to.match(/^W\/".+"$/);
    expect(second).to.deep.equal(first);
    expect(second.items).to.have.length(48);
  });

  it('never sends another caller’s ETag: a new portal starts without one', async () => {
    const seen: Seen[] = [];
    const anna = await signedInPortal('anna@nordwerk.example', undefined, { fetch: recordingFetch(seen) });
    await anna.client.catalogue.listCategories();
    const liis = await signedInPortal('liis@balticbuild.example', undefined, { fetch: recordingFetch(seen) });
    await liis.client.catalogue.listCategories();
    const categories = seen.filter((entry) => entry.path === '/v1/categories');
    expect(categories.map((entry) => [entry.status, entry.ifNoneMatch])).to.deep.equal([[200, null], [200, null]]);
  });
});
