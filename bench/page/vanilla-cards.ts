// The baseline of the render benchmark: the markup <tc-catalogue> renders for its toolbar and 48
// cards, built by hand with the DOM API into a shadow root with the same style sheets. No
// framework, no virtual list: what the element's first render is measured against.
import type { CSSResult } from 'lit';
import type { Product } from '../../contract/catalogue.js';
import { formatMoney, formatNumber } from '../../src/format/money.js';

type Attributes = Record<string, string | number>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const noop = () => {};

function card(product: Product, index: number, total: number, locale: string) {
  const p = `f`;
  const inStock = product.stock.kind === 'quantity' ? product.stock.quantity > 0 : product.stock.available;
  const orderable = inStock || product.allowPreorder;
  const image = product.images[0]!;
  const img = el('img', { part: 'image', src: image.url, alt: image.alt, loading: 'lazy', decoding: 'async', width: 250, height: 200 });
  img.addEventListener('click', noop);
  const name = el('button', { type: 'button', class: 'name', 'aria-haspopup': 'dialog' }, product.name);
  name.addEventListener('click', noop);
  const stockText = !inStock
    ? product.allowPreorder ? 'Out of stock, can be pre-ordered' : 'Out of stock: cannot be ordered now'
    : product.stock.kind === 'quantity' ? `${formatNumber(product.stock.quantity, locale)} in stock` : 'In stock';
  const prices = el('div', { class: 'prices', part: 'prices' },
    el('span', { class: 'price', part: 'price' }, formatMoney(product.price, locale)),
    ...(product.listPrice ? [el('s', { class: 'list-price', part: 'list-price' }, el('span', { class: 'visually-hidden' }, 'List price '), formatMoney(product.listPrice, locale))] : []),
    el('span', { class: 'vat', part: 'vat' }, 'excl. VAT'),
    el('span', { class: 'unit' }, `per ${product.unit}`),
  );
  const minimum = Math.ceil(product.minQuantity / product.orderMultiple) * product.orderMultiple;
  const rule = [product.minQuantity > 1 ? `Min. ${product.minQuantity}` : '', product.orderMultiple > 1 ? `in multiples of ${product.orderMultiple}` : ''].filter(Boolean).join(', ');
  const input = el('input', { type: 'number', part: 'quantity-input', inputmode: 'numeric', min: minimum, step: product.orderMultiple,
    'aria-label': `Quantity of ${product.name}`, 'aria-invalid': 'false', ...(rule && { 'aria-describedby': `${p}-qm-${product.id}` }) });
  input.value = String(minimum);
  input.addEventListener('input', noop);
  input.addEventListener('change', noop);
  input.addEventListener('keydown', noop);
  const decrease = el('button', { type: 'button', class: 'step', part: 'decrease', 'aria-label': 'Decrease quantity' }, '−');
  const increase = el('button', { type: 'button', class: 'step', part: 'increase', 'aria-label': 'Increase quantity' }, '+');
  const add = el('button', { type: 'button', class: 'primary add', part: 'add-button', ...(!orderable && { 'aria-describedby': `${p}-stock-${product.id}` }) },
    inStock || !orderable ? 'Add to cart' : 'Pre-order');
  const favourite = el('button', { type: 'button', class: 'favourite', part: 'favourite', 'aria-pressed': 'false', 'aria-label': `Favourite: ${product.name}` },
    el('span', { 'aria-hidden': 'true' }, '☆'));
  for (const button of [decrease, increase, add, favourite]) {
    button.addEventListener('click', noop);
    if (!orderable && button !== favourite) (button as HTMLButtonElement).disabled = true;
  }
  if (!orderable) input.disabled = true;
  return el('article', { class: 'card', part: 'card', tabindex: -1, 'aria-labelledby': `${p}-name-${product.id}`, 'aria-posinset': index + 1, 'aria-setsize': total, 'data-index': index },
    el('div', { class: 'media' }, img),
    el('div', { class: 'body' },
      el('h3', { part: 'name', id: `${p}-name-${product.id}` }, name),
      el('p', { class: 'sku', part: 'sku' }, `SKU ${product.sku}`),
      el('p', { class: `stock ${inStock ? '' : product.allowPreorder ? 'preorder' : 'out'}`, part: 'stock', id: `${p}-stock-${product.id}` }, stockText),
    ),
    prices,
    el('div', { class: 'order', part: 'order' },
      el('div', { class: 'stepper', part: 'quantity' }, decrease, input, increase),
      ...(rule ? [el('p', { class: 'hint', part: 'quantity-message', id: `${p}-qm-${product.id}` }, rule)] : []),
      el('div', { class: 'actions' }, add, favourite),
    ),
  );
}

function toolbar(total: number, locale: string) {
  const select = (part: string, label: string, options: string[]) => {
    const element = el('select', { part }, ...options.map((text, index) => el('option', { value: index ? text : '' }, text)));
    element.addEventListener('change', noop);
    return el('label', { class: 'filter' }, label, element);
  };
  const search = el('input', { id: 'search', type: 'search', part: 'search-input', placeholder: 'Search products', autocomplete: 'off' });
  search.addEventListener('input', noop);
  const views = ['2 columns', '3 columns', '4 columns', 'List'].map((text, index) => {
    const radio = el('input', { type: 'radio', name: 'view' });
    radio.checked = index === 2;
    radio.addEventListener('change', noop);
    return el('label', { class: 'view' }, radio, el('span', {}, text));
  });
  return el('div', { class: 'toolbar', part: 'toolbar' },
    el('form', { class: 'search', part: 'search', role: 'search' }, el('label', { for: 'search', class: 'visually-hidden' }, 'Search products'), search),
    select('category-select', 'Category', ['All categories']),
    select('tag-select', 'Tag', ['All tags']),
    select('sort-select', 'Sort by', ['Name', 'Price: low to high', 'Price: high to low', 'Newest']),
    el('fieldset', { class: 'views', part: 'view-switch' }, el('legend', { class: 'visually-hidden' }, 'View'), ...views),
    el('span', { class: 'count', part: 'count', role: 'status' }, `${formatNumber(total, locale)} products`),
  );
}

/** Builds the toolbar and `products` as rows of `columns` cards into a new shadow host; returns the host. */
export function renderVanillaCatalogue(parent: HTMLElement, products: Product[], total: number, styles: CSSResult[], columns = 4) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles.map((style) => style.styleSheet!);
  const feed = el('div', { class: 'feed tall', part: 'grid', role: 'feed', 'aria-label': 'Products', 'aria-busy': 'false', style: `--_columns: ${columns}` });
  for (let start = 0; start < products.length; start += columns) {
    feed.append(el('div', { class: 'row', role: 'none' }, ...products.slice(start, start + columns).map((product, offset) => card(product, start + offset, total, 'en'))));
  }
  root.append(toolbar(total, 'en'), feed);
  parent.append(host);
  return host;
}
