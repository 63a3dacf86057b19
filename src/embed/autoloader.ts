/**
 * The embed's autoloader, exported by `dist/embed/tradecounter.js` (not by the npm package, where
 * a bundler splits the code): each `tc-` tag's element is a chunk of its own (next to the entry, in
 * `dist/embed/chunks/`), fetched when the tag first appears in the document or in a shadow root the
 * host passed to {@link discover}. Until then the tag is an undefined element (style it with
 * `:not(:defined)`); properties set on it meanwhile are kept, Lit reads them when it upgrades.
 *
 * @module embed
 */
import type { TcTagMap } from '../types/tags.js';

export type TcTag = keyof TcTagMap;

// One `import()` per tag: the bundler makes each a chunk and writes its URL relative to this
// module, so the embed's folder works wherever it is copied. Keyed by every tag in
// HTMLElementTagNameMap: a new element that is not listed here fails the typecheck.
const chunks: Record<TcTag, () => Promise<unknown>> = {
  'tc-portal': () => import('../elements/portal/portal.js'),
  'tc-login': () => import('../elements/login/login.js'),
  'tc-accept-invitation': () => import('../elements/accept-invitation/accept-invitation.js'),
  'tc-catalogue': () => import('../elements/catalogue/catalogue.js'),
  'tc-saved-items': () => import('../elements/saved-items/saved-items.js'),
  'tc-cart': () => import('../elements/cart/cart.js'),
  'tc-cart-button': () => import('../elements/cart-button/cart-button.js'),
  'tc-quick-order': () => import('../elements/quick-order/quick-order.js'),
  'tc-order-list': () => import('../elements/order-list/order-list.js'),
  'tc-invoice-list': () => import('../elements/invoice-list/invoice-list.js'),
  'tc-statement': () => import('../elements/statement/statement.js'),
  'tc-announcements': () => import('../elements/announcements/announcements.js'),
};

/** Every tag the embed can load. */
export const tags = Object.keys(chunks) as TcTag[];

const isTag = (name: string): name is TcTag => Object.hasOwn(chunks, name);
const loading = new Map<TcTag, Promise<CustomElementConstructor>>();

/**
 * Loads the element of one tag and resolves with its class once the tag is defined. Call it for a
 * tag the autoloader cannot see (in a closed shadow root, or before creating it from script), or
 * to get an element class, which the embed does not export. A failed load (network) rejects and
 * is tried again on the next call.
 */
export function load<Tag extends TcTag>(tag: Tag): Promise<new () => TcTagMap[Tag]>;
export function load(tag: string): Promise<CustomElementConstructor>;
export function load(tag: string): Promise<CustomElementConstructor> {
  const name = tag.toLowerCase();
  if (!isTag(name)) return Promise.reject(new Error(`Tradecounter has no element <${name}>; it knows ${tags.join(', ')}.`));
  let pending = loading.get(name);
  if (!pending) {
    pending = chunks[name]().then(() => customElements.whenDefined(name));
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending;
}

/** The undefined `tc-` tags in a subtree, the root included. */
function undefinedTags(root: ParentNode): Set<TcTag> {
  const found = new Set<TcTag>();
  const consider = (element: Element) => {
    if (isTag(element.localName) && !customElements.get(element.localName)) found.add(element.localName);
  };
  if (root instanceof Element) consider(root);
  for (const element of root.querySelectorAll(':not(:defined)')) consider(element);
  return found;
}

const loadAll = (found: Set<TcTag>) =>
  Promise.all(
    [...found].map((tag) =>
      load(tag).catch((error: unknown) => {
        console.error(`Tradecounter could not load <${tag}>:`, error);
      }),
    ),
  ).then(() => undefined);

const observed = new WeakSet<Node>();
const observer =
  typeof MutationObserver === 'undefined'
    ? undefined
    : new MutationObserver((records) => {
        const found = new Set<TcTag>();
        for (const record of records) {
          for (const node of record.addedNodes) if (node instanceof Element) for (const tag of undefinedTags(node)) found.add(tag);
        }
        if (found.size) void loadAll(found);
      });

/**
 * Loads the elements of every `tc-` tag in `root` and keeps watching it for tags added later. The
 * embed does this for the document by itself; call it for a shadow root of your own (a framework
 * component's, a web component's) with `tc-` tags inside, since the document's watch does not
 * reach into shadow roots. Resolves when those tags are defined (failures are logged).
 *
 * ```js
 * import { discover } from 'https://cdn.example/tradecounter/tradecounter.js';
 * discover(this.shadowRoot);
 * ```
 */
export function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  if (observer && !observed.has(root)) {
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  return loadAll(undefinedTags(root));
}
