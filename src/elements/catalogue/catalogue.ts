import { html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { Task } from '@lit/task';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { Product, ProductSort } from '../../../contract/catalogue.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
// This element can show why a field was refused (see src/i18n/field-errors.ts).
import '../../i18n/field-errors.js';
import { TcError } from '../../client/errors.js';
import { formatNumber } from '../../format/money.js';
import { $locale } from '../../i18n/i18n.js';
import { $catalogueView, type CatalogueView } from '../../stores/catalogue-view.js';
import { filterKey, type ProductFilter } from '../../stores/product-pages.js';
import { sessionOwner } from '../../stores/session-owner.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { catalogueStyles } from './catalogue.styles.js';
import { productPartStyles } from './product-parts.styles.js';
import { catalogueMessages } from './messages.js';
import { renderCard, renderPlaceholder } from './product-card.js';
import { renderNotice, type CardContext } from './product-parts.js';
import { renderDialogContent } from './product-dialog.js';
import { OrderController } from './order-controller.js';
import { FirstPageController } from './first-page.js';
import { rememberRowHeight, rowLayout } from './row-layout.js';

/** Typing pauses this long before a search goes to the server. */
const SEARCH_DELAY = 250;
/** Scrolling pauses this long before the pages in view are asked for, so a fling skips the pages it passes. */
const LOAD_DELAY = 80;
/** Below these widths (px) the grid drops to two columns, then one. */
const NARROW = 640;
const TINY = 384;
const sorts: ProductSort[] = ['name', 'price', '-price', 'newest'];

/**
 * The supplier's catalogue at the signed-in customer's prices: search, category and tag filters,
 * sort, a grid of 2–4 columns or a list (the buyer's choice is remembered), the supplier's promoted
 * products in a strip, and product details in a dialog. Any number of products scroll smoothly:
 * the first page of cards renders at once, after it only the rows in view are in the DOM, and pages
 * load from the server as the buyer scrolls.
 *
 * Filters mirror to the `q`, `category`, `tag` and `sort` attributes, so a host page can deep-link
 * to a search and follow the buyer's choices.
 *
 * @fires tc-error - Loading or saving failed. `detail: { error }`
 * @fires tc-filter-change - The buyer changed the search, a filter or the sort. `detail: { q, category, tag, sort }`
 * @fires tc-favourite-change - The buyer marked or unmarked a favourite. `detail: { productId, favourite }`
 * @fires tc-cart-add - A product went to the cart. `detail: { productId, quantity }`
 * @slot signed-out - Shown instead of the default message when nobody is signed in.
 * @slot no-access - Shown instead of the default message when the contact may not see the catalogue.
 * @slot empty - Shown instead of the default message when no product matches.
 * @csspart toolbar - The bar with search, filters, sort, view switch and result count.
 * @csspart search - The search box's wrapper; `search-input` is the field itself.
 * @csspart search-input - The search field.
 * @csspart category-select - The category filter.
 * @csspart tag-select - The tag filter.
 * @csspart sort-select - The sort order.
 * @csspart view-switch - The grid/list choice.
 * @csspart count - The result count.
 * @csspart notice - Confirmations (added to the cart) and save errors.
 * @csspart promoted - The strip of promoted products.
 * @csspart grid - The list of product cards: a scrolling feed, or one page when `page-size` is set.
 * @csspart pager - Previous/next page, when `page-size` is set.
 * @csspart card - One product card.
 * @csspart placeholder - A card standing in for a product whose page is still loading (with `card`).
 * @csspart image - A product's picture.
 * @csspart name - A product's name (a button that opens the details).
 * @csspart sku - A product's SKU.
 * @csspart stock - The stock line.
 * @csspart prices - The price block; `price`, `list-price` and `vat` are its pieces.
 * @csspart price - The customer's price.
 * @csspart list-price - The list price, shown when it differs from the customer's.
 * @csspart vat - Whether prices include VAT.
 * @csspart order - Quantity, add to cart and favourite.
 * @csspart quantity - The quantity stepper; `quantity-input`, `decrease` and `increase` are its pieces.
 * @csspart quantity-input - The quantity field.
 * @csspart decrease - The stepper's minus button.
 * @csspart increase - The stepper's plus button.
 * @csspart quantity-message - The minimum/multiple hint, or what is wrong with the quantity.
 * @csspart add-button - Add to cart (or pre-order).
 * @csspart favourite - The favourite toggle.
 * @csspart dialog - The product details dialog.
 * @csspart dialog-title - The product name in the dialog.
 * @csspart close - The dialog's close button.
 * @csspart gallery - The dialog's pictures; `gallery-image` and `thumbnail` are its pieces.
 * @csspart gallery-image - The large picture in the dialog.
 * @csspart thumbnail - A button that shows one picture large.
 * @csspart description - The product description in the dialog.
 * @csspart tags - The product's tags in the dialog.
 * @csspart status - Loading, empty, signed-out and no-access messages.
 * @csspart error - The error message.
 * @csspart retry - The button that tries again after an error.
 * @cssprop --tc-catalogue-gap - Space between cards (`--tc-space`).
 * @cssprop --tc-card-radius - Corner radius of cards (`--tc-radius`).
 */
export class TcCatalogue extends TcElement {
  static override styles = [tokens, controls, productPartStyles, catalogueStyles];

  static override properties = {
    view: { type: String, reflect: true },
    columns: { type: Number, reflect: true },
    q: { type: String, reflect: true },
    category: { type: Number, reflect: true },
    tag: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { type: Number },
    searchDraft: { state: true },
    width: { state: true },
    detail: { state: true },
    picture: { state: true },
  };

  /** `grid` or `list`; the buyer's own choice, once made, wins over this. */
  declare view: 'grid' | 'list';
  /** Cards per row in the grid: 2, 3 or 4 (fewer on narrow screens). */
  declare columns: number;
  /** The search text (name, SKU, description). */
  declare q: string;
  /** The category id to show, or none for all. */
  declare category: number | undefined;
  /** The tag to show, or empty for all. */
  declare tag: string;
  /** `name`, `price`, `-price` (dearest first) or `newest`. */
  declare sort: ProductSort;
  /**
   * Products per page (1–100) for a compact catalogue that pages with Previous/Next buttons
   * instead of scrolling through every product; unset (the default) for the scrolling list.
   */
  declare pageSize: number | undefined;
  /** The page shown when `pageSize` is set, from 1. */
  declare page: number;
  private declare searchDraft: string;
  private declare width: number;
  private declare detail: Product | undefined;
  private declare picture: number;

  private readonly t = new StoreController(this, () => catalogueMessages);
  private readonly locale = new StoreController(this, () => $locale);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);
  // Subscribed so cards follow the supplier's VAT setting and the buyer's favourites.
  protected readonly settings = new StoreController(this, () => this.portal?.settings);
  protected readonly favourites = new StoreController(this, () => this.portal?.favourites.$ids);
  private readonly pages = new StoreController(this, () => this.portal?.products.$version);
  private readonly storedView = new StoreController(this, () => $catalogueView);

  private readonly orders = new OrderController(this, {
    portal: () => this.portal,
    messages: () => this.t.value!,
    locale: () => this.locale.value!,
    emit: (name, detail) => this.emit(name, detail),
    reportError: (error) => this.reportError(error),
    errorText: (error) => this.errorText(error),
  });
  // The virtual list after the first page starts from the first page's row height: right at once.
  private readonly firstPage = new FirstPageController(this, (height) => {
    rememberRowHeight(this.shape, height / this.firstRows);
    return this.restWaiting;
  });
  private searchTimer?: ReturnType<typeof setTimeout>;
  private loadTimer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;
  private controllerKey?: string;
  private range = { first: 0, last: 0 };
  /** Rows of the first page, shown in flow ahead of the virtual list (set by each render of the feed). */
  private firstRows = 0;
  /** The rows' shape (card layout, columns, width) the feed last rendered, e.g. `tall|4|640`. */
  private shape = '';
  /** Rows after the first page wait for it to be laid out. */
  private restWaiting = false;
  private rowsCache?: number[];
  private reported?: TcError;
  private shownFilter?: string;
  private opener?: { element: HTMLElement; productId: number };
  // Only a change of breakpoint re-renders, so resizing does not re-lay out the list on every pixel.
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? 0;
    const size = width < TINY ? TINY - 1 : width < NARROW ? NARROW - 1 : NARROW;
    if (width && size !== this.width) this.width = size;
  });

  /**
   * The owner once the first page of products is in: the filter lists and the strip wait for it,
   * so on a busy back end the cards' request goes first.
   */
  private listsWanted = false;
  private readonly listsOwner = () => (this.listsWanted ? this.owner() : undefined);

  /** The customer whose catalogue may be shown: signed in with the catalogue permission. */
  private readonly owner = () => {
    const state = this.session.value;
    return state?.status === 'signed-in' && state.session.permissions.includes('catalogue') ? sessionOwner(state) : undefined;
  };

  private readonly categories = new Task(this, {
    task: async ([portal, owner], { signal }) => (portal && owner ? (await portal.client.catalogue.listCategories(signal)).items : []),
    args: () => [this.portal, this.listsOwner()] as const,
  });

  private readonly tags = new Task(this, {
    task: async ([portal, owner], { signal }) => (portal && owner ? (await portal.client.catalogue.listTags(signal)).items : []),
    args: () => [this.portal, this.listsOwner()] as const,
  });

  private readonly promoted = new Task(this, {
    task: async ([portal, owner], { signal }) => (portal && owner ? (await portal.client.catalogue.listPromoted(signal)).items : []),
    args: () => [this.portal, this.listsOwner()] as const,
  });

  constructor() {
    super();
    this.view = 'grid';
    this.columns = 3;
    this.q = '';
    this.tag = '';
    this.sort = 'name';
    this.page = 1;
    this.searchDraft = '';
    this.width = 0;
    this.picture = 0;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    clearTimeout(this.searchTimer);
    clearTimeout(this.loadTimer);
    this.controller?.abort();
    this.controller = this.controllerKey = undefined;
  }

  private get filter(): ProductFilter {
    return {
      q: this.q.trim() || undefined,
      category: this.category || undefined,
      tag: this.tag || undefined,
      sort: sorts.includes(this.sort) ? this.sort : 'name',
    };
  }

  /** The layout in force: the buyer's remembered choice, else the attributes. */
  private get layoutChoice(): CatalogueView {
    const stored = this.storedView.value;
    if (stored) return stored;
    if (this.view === 'list') return 'list';
    return `grid-${Math.min(4, Math.max(2, Math.round(this.columns) || 3))}` as CatalogueView;
  }

  /** Cards per row on this screen. */
  private get rowColumns(): number {
    const choice = this.layoutChoice;
    if (choice === 'list' || (this.width && this.width < TINY)) return 1;
    const columns = Number(choice.slice(5));
    return this.width && this.width < NARROW ? Math.min(columns, 2) : columns;
  }

  /** The abort signal of the current filter's requests; a new filter cancels the old one's. */
  private signalFor(filter: ProductFilter): AbortSignal {
    const key = filterKey(filter);
    if (!this.controller || this.controllerKey !== key) {
      this.controller?.abort();
      this.controller = new AbortController();
      this.controllerKey = key;
    }
    return this.controller.signal;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('q') && this.q.trim() !== this.searchDraft.trim()) this.searchDraft = this.q;
    // Another search or filter starts again at its first page.
    if (this.hasUpdated && (['q', 'category', 'tag', 'sort'] as const).some((name) => changed.has(name))) this.page = 1;
  }

  /** Products per page in the paged catalogue, or undefined for the scrolling list. */
  private get paged(): number | undefined {
    return this.pageSize && this.pageSize > 0 ? Math.min(100, Math.round(this.pageSize)) : undefined;
  }

  protected override updated() {
    this.firstPage.track(this.renderRoot.querySelector<HTMLElement>('.first-page'));
    const store = this.portal?.products;
    if (!store || !this.owner()) return;
    const filter = this.filter;
    const key = filterKey(filter);
    if (this.shownFilter !== undefined && this.shownFilter !== key) this.backToTop();
    this.shownFilter = key;
    const paged = this.paged;
    if (paged) {
      if (!store.error(filter)) store.ensure(filter, (this.page - 1) * paged, this.page * paged - 1, this.signalFor(filter));
    } else if (!store.error(filter)) {
      // The first page is always in the DOM (see renderProducts): keep it loaded. A page already in
      // memory or on its way is not asked for again; asking marks it used, so it is the last to go.
      store.ensure(filter, 0, store.pageSize - 1, this.signalFor(filter));
    }
    if (!this.listsWanted && (store.total(filter) !== undefined || store.error(filter))) {
      this.listsWanted = true;
      this.requestUpdate();
    }
    const error = store.error(filter);
    if (error && error !== this.reported) {
      this.reported = error;
      this.reportError(error);
    }
  }

  /** After a new search or filter, the buyer should see the first results, not an old scroll position. */
  private backToTop() {
    const toolbar = this.renderRoot.querySelector<HTMLElement>('.toolbar');
    if (toolbar && toolbar.getBoundingClientRect().top < 0) toolbar.scrollIntoView?.({ block: 'start' });
  }

  private loadRange() {
    const store = this.portal?.products;
    if (!store) return;
    const columns = this.rowColumns;
    const filter = this.filter;
    // One row of look-ahead either way, so a slow scroll rarely meets a placeholder.
    const first = Math.max(0, (this.range.first - 1) * columns);
    const last = (this.range.last + 2) * columns - 1;
    store.ensure(filter, first, last, this.signalFor(filter));
  }

  /** The virtual list holds the rows after the first page: its indexes start at `firstRows`. */
  private readonly onRangeChanged = (event: RangeChangedEvent) => {
    this.range = { first: event.first + this.firstRows, last: event.last + this.firstRows };
    clearTimeout(this.loadTimer);
    this.loadTimer = setTimeout(() => this.loadRange(), LOAD_DELAY);
  };

  private retry() {
    const store = this.portal?.products;
    if (!store) return;
    this.reported = undefined;
    store.ensure(this.filter, Math.max(0, this.range.first) * this.rowColumns, (this.range.last + 1) * this.rowColumns - 1, this.signalFor(this.filter));
  }

  // ——— Filters ———

  private applyFilter(change: Partial<Pick<TcCatalogue, 'q' | 'category' | 'tag' | 'sort'>>) {
    Object.assign(this, change);
    const { q, category, tag, sort } = this.filter;
    this.emit('tc-filter-change', { q: q ?? '', category, tag, sort });
  }

  private onSearchInput(event: Event) {
    this.searchDraft = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY);
  }

  private applySearch() {
    clearTimeout(this.searchTimer);
    if (this.searchDraft.trim() !== this.q.trim()) this.applyFilter({ q: this.searchDraft.trim() });
  }

  private chooseView(view: CatalogueView) {
    $catalogueView.set(view);
    if (view === 'list') this.view = 'list';
    else [this.view, this.columns] = ['grid', Number(view.slice(5))];
  }

  // ——— Cards ———

  // ——— Details dialog ———

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  private async openDetails(product: Product, opener: HTMLElement) {
    this.detail = product;
    this.picture = 0;
    this.opener = { element: opener, productId: product.id };
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('.close')?.focus();
  }

  private onDialogClose() {
    const opener = this.opener;
    this.detail = undefined;
    this.opener = undefined;
    if (!opener) return;
    // The card may have scrolled out and been recycled meanwhile: fall back to the product's card if shown.
    const target = opener.element.isConnected
      ? opener.element
      : this.renderRoot.querySelector<HTMLElement>(`#f-name-${opener.productId} button`);
    target?.focus();
  }

  /** Keeps Tab and Shift+Tab inside the open dialog. */
  private onDialogKeydown(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const focusable = [...this.dialog!.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled])')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.shadowRoot!.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  // ——— Feed keyboard ———

  /** Page Down / Page Up move between cards, as the feed pattern asks. */
  private async onFeedKeydown(event: KeyboardEvent) {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const card = (event.composedPath() as Element[]).find((node) => node instanceof HTMLElement && node.matches('article[data-index]'));
    if (!card) return;
    event.preventDefault();
    const total = this.portal?.products.total(this.filter) ?? 0;
    const index = Math.min(total - 1, Math.max(0, Number((card as HTMLElement).dataset.index) + (event.key === 'PageDown' ? 1 : -1)));
    // A card of the first page is in the DOM (focus scrolls to it); one further down may need the
    // virtual list to render its row first.
    const rest = this.renderRoot.querySelector('.rest') as (HTMLElement & VirtualizerHostElement) | null;
    rest?.[virtualizerRef]?.element(Math.floor(index / this.rowColumns) - this.firstRows)?.scrollIntoView({ block: 'nearest' });
    for (let attempt = 0; attempt < 20; attempt++) {
      const next = this.renderRoot.querySelector<HTMLElement>(`article[data-index="${index}"]`);
      if (next) return next.focus();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  // ——— Rendering ———

  /** The numbers of rows `first` to `count` - 1 (the virtual list's items), the same array while they stay the same. */
  private restRows(count: number, first: number) {
    const cache = this.rowsCache;
    if (cache?.length === count - first && cache[0] === first) return cache;
    return (this.rowsCache = Array.from({ length: count - first }, (_, index) => first + index));
  }

  private renderRow(row: number, columns: number, total: number, context: CardContext) {
    const store = this.portal!.products;
    const filter = this.filter;
    const cells = [];
    for (let index = row * columns; index < Math.min(total, (row + 1) * columns); index++) {
      const product = store.product(filter, index);
      cells.push(product ? renderCard(product, context, 'f', { index, total }) : renderPlaceholder(index, total));
    }
    return html`<div class="row" role="none">${cells}</div>`;
  }

  /** One page of the compact catalogue: a plain list of cards and the page navigation. */
  private renderPage(size: number, total: number, columns: number, cardLayout: string, context: CardContext) {
    const t = context.t;
    const store = this.portal!.products;
    const pages = Math.max(1, Math.ceil(total / size));
    const page = Math.min(this.page, pages);
    const cards = [];
    for (let index = (page - 1) * size; index < Math.min(total, page * size); index++) {
      const product = store.product(this.filter, index);
      cards.push(html`<li>${product ? renderCard(product, context, 'f') : renderPlaceholder(index, total)}</li>`);
    }
    const label = t.page({ page, pages });
    return html`<ul class="grid ${cardLayout} columns-${columns}" part="grid" role="list">${cards}</ul>
      ${pages > 1
        ? html`<nav class="pager" part="pager" aria-label=${label}>
            <button type="button" ?disabled=${page <= 1} @click=${() => this.goToPage(page - 1)}>${t.previous}</button>
            <span>${label}</span>
            <button type="button" ?disabled=${page >= pages} @click=${() => this.goToPage(page + 1)}>${t.next}</button>
          </nav>`
        : nothing}`;
  }

  private goToPage(page: number) {
    this.page = page;
    this.backToTop();
  }

  private renderToolbar(total: number | undefined) {
    const t = this.t.value!;
    const categories = this.categories.value ?? [];
    const tags = this.tags.value ?? [];
    const choice = this.layoutChoice;
    const views: [CatalogueView, string][] = [
      ['grid-2', t.columns({ columns: 2 })],
      ['grid-3', t.columns({ columns: 3 })],
      ['grid-4', t.columns({ columns: 4 })],
      ['list', t.list],
    ];
    return html`<div class="toolbar" part="toolbar">
      <form class="search" part="search" role="search" @submit=${(event: Event) => (event.preventDefault(), this.applySearch())}>
        <label for="search" class="visually-hidden">${t.search}</label>
        <input id="search" type="search" part="search-input" placeholder=${t.search} autocomplete="off"
          .value=${this.searchDraft} @input=${this.onSearchInput} />
      </form>
      <label class="filter">${t.category}
        <select part="category-select" @change=${(event: Event) => this.applyFilter({ category: Number((event.target as HTMLSelectElement).value) || undefined })}>
          <option value="" ?selected=${!this.category}>${t.allCategories}</option>
          ${categories.map((category) => html`<option value=${category.id} ?selected=${category.id === this.category}>${category.name}</option>`)}
        </select>
      </label>
      <label class="filter">${t.tag}
        <select part="tag-select" @change=${(event: Event) => this.applyFilter({ tag: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!this.tag}>${t.allTags}</option>
          ${tags.map((tag) => html`<option value=${tag.name} ?selected=${tag.name === this.tag}>${tag.name} (${tag.productCount})</option>`)}
        </select>
      </label>
      <label class="filter">${t.sort}
        <select part="sort-select" @change=${(event: Event) => this.applyFilter({ sort: (event.target as HTMLSelectElement).value as ProductSort })}>
          ${sorts.map((sort) => html`<option value=${sort} ?selected=${sort === this.filter.sort}>${{ name: t.sortName, price: t.sortPrice, '-price': t.sortPriceDesc, newest: t.sortNewest }[sort]}</option>`)}
        </select>
      </label>
      <fieldset class="views" part="view-switch">
        <legend class="visually-hidden">${t.view}</legend>
        ${views.map(([view, label]) => html`<label class="view">
          <input type="radio" name="view" .value=${view} .checked=${choice === view} @change=${() => this.chooseView(view)} />
          <span>${label}</span>
        </label>`)}
      </fieldset>
      <span class="count" part="count" role="status">${total === undefined ? '' : (total === 1 ? t.oneResult : t.results)({ count: formatNumber(total, this.locale.value!) })}</span>
    </div>
    ${renderNotice(this.orders.notice)}`;
  }

  private renderPromoted(context: CardContext) {
    const items = this.promoted.value ?? [];
    const filter = this.filter;
    // The strip heads the full catalogue; a compact paged one shows its page alone.
    if (!items.length || filter.q || filter.category || filter.tag || this.paged) return nothing;
    return html`<section class="promoted" part="promoted" aria-labelledby="promoted-title">
      <h2 id="promoted-title">${context.t.promoted}</h2>
      <ul class="strip" role="list">${items.map((product) => html`<li>${renderCard(product, context, 'p')}</li>`)}</ul>
    </section>`;
  }

  private renderError(error: unknown, retry: () => void) {
    const t = this.t.value!;
    return this.errorNotice(error, retry, { retryLabel: t.retry });
  }

  private renderProducts(context: CardContext) {
    const t = context.t;
    const store = this.portal!.products;
    const filter = this.filter;
    const total = store.total(filter);
    const error = store.error(filter);
    if (total === undefined) {
      if (error) return this.renderError(error, () => this.retry());
      return html`<div class="state" part="status" role="status" aria-busy="true">${t.loading}</div>`;
    }
    if (total === 0) return html`<div class="state" part="status" role="status"><slot name="empty">${t.empty}</slot></div>`;
    const columns = this.rowColumns;
    const cardLayout = this.layoutChoice === 'list' ? 'list' : columns <= 2 ? 'wide' : 'tall';
    if (this.paged) return html`${error ? this.renderError(error, () => this.retry()) : nothing}${this.renderPage(this.paged, total, columns, cardLayout, context)}`;
    // The first page's rows are plain flow rows, in the DOM with the first render: nothing to
    // measure, nothing laid out twice. Only the rows after them are virtual, in a list that starts
    // below the first page once that is laid out (a frame later), at its rows' height. A new list
    // (and virtualizer) for each filter and row width: re-anchoring the old one to rows of another
    // size or another result set leaves rows misplaced until the buyer scrolls.
    const rowCount = Math.ceil(total / columns);
    const firstRows = (this.firstRows = Math.min(rowCount, Math.ceil(store.pageSize / columns)));
    const shape = (this.shape = `${cardLayout}|${columns}|${Math.round(this.width)}`);
    const list = `${filterKey(filter)}|${columns}`;
    const firstShown = this.firstPage.shown(list);
    const restShown = rowCount > firstRows && this.firstPage.ready(list);
    this.restWaiting = rowCount > firstRows && !restShown;
    return html`${error ? this.renderError(error, () => this.retry()) : nothing}
      ${keyed(list, html`<div class="feed ${cardLayout} columns-${columns}" part="grid" role="feed" aria-label=${t.products} aria-busy=${store.loading(filter) ? 'true' : 'false'}
        @keydown=${this.onFeedKeydown}>
        ${guard(
          // Rows render again only when what they show changes, not when a filter list or the strip arrives.
          [total, store.$version.get(), context.favourites, context.includeVat, context.t, context.locale, this.orders.revision, firstShown, restShown],
          () => {
            const first = [];
            for (let row = 0; firstShown && row < firstRows; row++) first.push(this.renderRow(row, columns, total, context));
            return html`<div class="first-page" role="none">${first}</div>${restShown
              ? html`<div class="rest" role="none" @rangeChanged=${this.onRangeChanged}>${virtualize({
                  items: this.restRows(rowCount, firstRows),
                  renderItem: (row: number) => this.renderRow(row, columns, total, context),
                  layout: rowLayout(shape),
                  scroller: false,
                })}</div>`
              : nothing}`;
          },
        )}
      </div>`)}`;
  }

  protected override render() {
    const gate = this.renderSessionGate(this.session.value, this.t.value!, 'catalogue');
    if (gate) return gate;
    const context = this.orders.context((product, opener) => void this.openDetails(product, opener));
    return html`${this.renderToolbar(this.portal!.products.total(this.filter))}
      ${this.renderPromoted(context)}
      ${this.renderProducts(context)}
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose} @keydown=${this.onDialogKeydown}>
        ${this.detail
          ? renderDialogContent(this.detail, { ...context, picture: this.picture, showPicture: (index) => (this.picture = index), close: () => this.dialog?.close() })
          : nothing}
      </dialog>`;
  }
}

define('tc-catalogue', TcCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'tc-catalogue': TcCatalogue;
  }
}
