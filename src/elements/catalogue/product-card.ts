import { html, nothing } from 'lit';
import type { Product } from '../../../contract/catalogue.js';
import { renderOrderControls, renderPrices, renderStock, type CardContext } from './product-parts.js';

/** One product card: picture, name (opens the details), SKU, stock, prices and order controls. */
export function renderCard(product: Product, context: CardContext, prefix: string, position?: { index: number; total: number }) {
  const { t } = context;
  const image = product.images[0];
  const open = (event: Event) => context.open(product, event.currentTarget as HTMLElement);
  return html`<article class="card" part="card" tabindex="-1" aria-labelledby="${prefix}-name-${product.id}"
      aria-posinset=${position ? position.index + 1 : nothing} aria-setsize=${position ? position.total : nothing}
      data-index=${position ? position.index : nothing}>
    <div class="media">
      ${image
        ? html`<img part="image" src=${image.url} alt=${image.alt} loading="lazy" decoding="async" width="250" height="200" @click=${open} />`
        : nothing}
    </div>
    <div class="body">
      <h3 part="name" id="${prefix}-name-${product.id}"><button type="button" class="name" aria-haspopup="dialog"
        @click=${open}>${product.name}</button></h3>
      <p class="sku" part="sku">${t.sku} ${product.sku}</p>
      ${renderStock(product, context, `${prefix}-stock-${product.id}`)}
    </div>
    ${renderPrices(product, context)}
    ${renderOrderControls(product, context, prefix)}
  </article>`;
}

/** Stands in for a product whose page is still on its way. */
export function renderPlaceholder(index: number, total: number) {
  return html`<article class="card placeholder" part="card placeholder" aria-busy="true" aria-posinset=${index + 1} aria-setsize=${total}>
    <div class="media"></div>
    <div class="body"><span class="bar"></span><span class="bar short"></span></div>
  </article>`;
}

