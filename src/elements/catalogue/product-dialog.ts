import { html, nothing } from 'lit';
import type { Product } from '../../../contract/catalogue.js';
import { renderOrderControls, renderPrices, renderStock, type CardContext } from './product-parts.js';

export interface DialogContext extends CardContext {
  /** The picture shown large, from 0. */
  picture: number;
  showPicture(index: number): void;
  close(): void;
}

/**
 * The product's details inside the catalogue's native `<dialog>`: every picture (a simple gallery),
 * description, tags, stock, prices and the same order controls as the card.
 */
export function renderDialogContent(product: Product, context: DialogContext) {
  const { t } = context;
  const image = product.images[Math.min(context.picture, product.images.length - 1)];
  return html`<div class="dialog-head">
      <h2 id="dialog-title" part="dialog-title">${product.name}</h2>
      <button type="button" class="close" part="close" aria-label=${t.close} @click=${context.close}>×</button>
    </div>
    <div class="dialog-body">
      <div class="gallery" part="gallery">
        ${image ? html`<img part="gallery-image" src=${image.url} alt=${image.alt} width="300" height="240" />` : nothing}
        ${product.images.length > 1
          ? html`<div class="thumbs" role="group" aria-label=${t.pictures}>
              ${product.images.map(
                (thumb, index) => html`<button type="button" part="thumbnail" aria-pressed=${index === context.picture ? 'true' : 'false'}
                  aria-label=${t.picture({ number: index + 1, count: product.images.length })} @click=${() => context.showPicture(index)}>
                  <img src=${thumb.url} alt="" width="60" height="48" />
                </button>`,
              )}
            </div>`
          : nothing}
      </div>
      <div class="facts">
        <p class="sku" part="sku">${t.sku} ${product.sku}</p>
        ${renderStock(product, context, `d-stock-${product.id}`)}
        ${renderPrices(product, context)}
        ${product.description
          ? html`<h3>${t.description}</h3><p part="description">${product.description}</p>`
          : nothing}
        ${product.tags.length
          ? html`<h3>${t.tags}</h3><ul class="tags" part="tags">${product.tags.map((tag) => html`<li>${tag}</li>`)}</ul>`
          : nothing}
        ${renderOrderControls(product, context, 'd')}
      </div>
    </div>`;
}
