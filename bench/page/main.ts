// The page the render benchmark drives (bench/catalogue-render.ts): it signs in, mounts
// <tc-catalogue> and reports timings; the Node side reads heap and CPU figures over CDP.
import { TcCatalogue, TcPortal } from '../../src/index.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { Portal } from '../../src/portal/portal.js';
import { fakeCatalogueFetch, fakeProduct } from '../../test/browser/fake-catalogue.js';
import { renderVanillaCatalogue } from './vanilla-cards.js';

// The package marks only dist/ as having side effects, so a bare import of src/ would be dropped
// from this build with its define() calls: naming the classes keeps them.
for (const element of [TcCatalogue, TcPortal]) if (!customElements.getName(element)) throw new Error(`${element.name} is not defined`);

const stage = document.getElementById('stage')!;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been painted. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let catalogue: TcCatalogue | undefined;
const shadowNodes = () => catalogue?.shadowRoot?.querySelectorAll('*').length ?? 0;
const cards = (root: ParentNode) => root.querySelectorAll('.feed [part=card]:not(.placeholder)');

async function waitFor<T>(check: () => T | undefined | null | false, timeout = 60_000): Promise<T> {
  const start = performance.now();
  // First through the microtasks (Lit's update and the virtualizer's first pass run there), so an
  // element that is done at once is not charged with waiting for the next frame.
  for (let turn = 0; turn < 100; turn++) {
    const value = check();
    if (value) return value;
    await Promise.resolve();
  }
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out: ${check}`);
    await frame();
  }
}

function mount(portal: Portal, setup: (el: TcCatalogue) => void) {
  const host = document.createElement('tc-portal');
  host.portal = portal;
  const el = document.createElement('tc-catalogue');
  setup(el);
  host.append(el);
  stage.append(host);
  return el;
}

/** A portal whose back end is made up in the page: sign-in and catalogue answer at once. */
function fakePortal(total: number) {
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fallback: typeof fetch = async (input, init) => {
    const url = new URL(new Request(input, init).url);
    if (url.pathname.endsWith('/v1/auth/session')) {
      return json({ token: 'bench', session: {
        contact: { id: 1, name: 'Bench', email: 'bench@example.com' },
        customer: { id: 1, name: 'Bench Ltd', currency: 'EUR', locale: 'en' },
        permissions: ['catalogue', 'orders', 'invoices', 'statement'],
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      } }, 201);
    }
    if (url.pathname.endsWith('/v1/settings')) return json({ pricesIncludeVat: false, stockDisplay: 'quantity' });
    return json({ error: { code: 'not_found', message: 'No such endpoint.' } }, 404);
  };
  return new Portal({ api: 'https://bench.invalid', storage: 'memory', fetch: fakeCatalogueFetch(total, { fallback }) });
}

const api = {
  /** Signs in against the real back end and times a new catalogue until its first cards show. */
  async firstCards(backEnd: string, email: string, password: string, customerId: number) {
    const portal = new Portal({ api: backEnd, storage: 'memory' });
    await portal.session.signIn(email, password, customerId);
    const start = performance.now();
    catalogue = mount(portal, (el) => (el.columns = 4));
    await waitFor(() => cards(catalogue!.shadowRoot!).length);
    const ms = performance.now() - start;
    await painted();
    return { ms, total: portal.products.total({ sort: 'name' }), nodes: shadowNodes(), documentNodes: document.querySelectorAll('*').length };
  },

  /** Scrolls down at a steady speed for `duration` ms; returns each frame's length. */
  async scroll(duration: number, pixelsPerFrame: number) {
    const frames: number[] = [];
    let last = await frame();
    const end = last + duration;
    let maxNodes = shadowNodes();
    while (last < end) {
      window.scrollBy(0, pixelsPerFrame);
      const now = await frame();
      frames.push(now - last);
      last = now;
      maxNodes = Math.max(maxNodes, shadowNodes());
    }
    return { frames, maxNodes, scrollY: window.scrollY };
  },

  /** Jumps to the end and waits until the last product shows with its data. */
  async toEnd() {
    const start = performance.now();
    // The rows after the first page are the virtual list's; its items start after the first page's rows.
    const rest = catalogue!.shadowRoot!.querySelector('.feed .rest') as HTMLElement & VirtualizerHostElement;
    const firstRows = Math.ceil(catalogue!.portal!.products.pageSize / 4);
    const total = Number(catalogue!.shadowRoot!.querySelector('.feed [part~=card]')!.getAttribute('aria-setsize'));
    rest[virtualizerRef]!.element(Math.ceil(total / 4) - 1 - firstRows)!.scrollIntoView({ block: 'end' });
    await waitFor(() => catalogue!.shadowRoot!.querySelector(`.feed [part=card][aria-posinset="${total}"]:not(.placeholder)`));
    const ms = performance.now() - start;
    await painted();
    const last = catalogue!.shadowRoot!.querySelector(`.feed [part=card][aria-posinset="${total}"]`)!;
    return { ms, lastName: last.querySelector('[part=name]')!.textContent, nodes: shadowNodes(), documentNodes: document.querySelectorAll('*').length, scrollY: window.scrollY };
  },

  /** Empties the stage (not part of any render measured: the bench calls it between renders). */
  async unmount() {
    stage.replaceChildren();
    catalogue = undefined;
    window.scrollTo(0, 0);
    await painted();
  },

  /** Loads the first page of a made-up catalogue into a portal's store, for the render comparison. */
  async prepareRender(total: number) {
    const portal = fakePortal(total);
    await portal.session.signIn('bench@example.com', 'x', 1);
    // A tag filter hides the promoted strip, so both sides render the toolbar and 48 cards.
    portal.products.ensure({ tag: 'new', sort: 'name' }, 0, 47);
    await waitFor(() => portal.products.total({ tag: 'new', sort: 'name' }) !== undefined);
    (window as unknown as { benchPortal: Portal }).benchPortal = portal;
    await painted();
  },

  /** One first render of the catalogue from the store; resolves once 48 cards are painted (call unmount after). */
  async renderCatalogue() {
    const portal = (window as unknown as { benchPortal: Portal }).benchPortal;
    await frame();
    const start = performance.now();
    catalogue = mount(portal, (el) => {
      el.columns = 4;
      el.tag = 'new';
    });
    await waitFor(() => cards(catalogue!.shadowRoot!).length >= 48);
    catalogue.shadowRoot!.querySelector('.feed')!.getBoundingClientRect();
    const ms = performance.now() - start;
    await painted();
    const count = cards(catalogue.shadowRoot!).length;
    return { ms, count };
  },

  /** The same markup built by hand; resolves once painted. */
  async renderVanilla(total: number) {
    const products = Array.from({ length: 48 }, (_, index) => fakeProduct(index));
    const styles = (customElements.get('tc-catalogue') as unknown as { styles: import('lit').CSSResult[] }).styles;
    await frame();
    const start = performance.now();
    const host = renderVanillaCatalogue(stage, products, total, styles);
    host.shadowRoot!.querySelector('.feed')!.getBoundingClientRect();
    const ms = performance.now() - start;
    await painted();
    const count = cards(host.shadowRoot!).length;
    return { ms, count };
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = 'true';
