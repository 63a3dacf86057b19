import { css } from 'lit';

export const cartStyles = css`
  :host {
    display: block;
    --_tc-cart-gap: var(--tc-cart-gap, var(--_tc-space));
  }
  h2 {
    margin: 0 0 var(--_tc-cart-gap);
    font-size: 1.35em;
  }
  h2:focus {
    outline: none;
  }
  .muted {
    color: var(--_tc-muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  ul.lines {
    list-style: none;
    margin: 0 0 var(--_tc-cart-gap);
    padding: 0;
    border-top: 1px solid var(--_tc-border);
  }
  li[part='line'] {
    display: grid;
    grid-template-columns: 4rem minmax(10rem, 1fr) 8rem 9rem 7rem auto;
    grid-template-areas: 'image what unit qty total remove' 'image error error error error error';
    gap: 0.35rem var(--_tc-cart-gap);
    align-items: start;
    padding: calc(var(--_tc-cart-gap) * 0.75) 0;
    border-bottom: 1px solid var(--_tc-border);
  }
  li.pending .total {
    font-weight: 400;
  }
  img,
  .no-image {
    grid-area: image;
    width: 4rem;
    height: 4rem;
    object-fit: contain;
    background: var(--_tc-surface-alt);
    border-radius: var(--_tc-radius);
  }
  .what {
    grid-area: what;
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  [part='name'] {
    font-weight: 600;
  }
  .problem {
    color: var(--_tc-warning);
    font-size: 0.875em;
  }
  [part='unit-price'] {
    grid-area: unit;
  }
  .quantity {
    grid-area: qty;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .quantity input {
    width: 7rem;
  }
  [part='line-total'] {
    grid-area: total;
    text-align: end;
    font-weight: 600;
  }
  .price {
    font-variant-numeric: tabular-nums;
    padding-top: 0.5em;
  }
  .remove {
    grid-area: remove;
  }
  .line-error {
    grid-area: error;
    margin: 0;
  }
  @media (max-width: 48rem) {
    li[part='line'] {
      grid-template-columns: 4rem 1fr auto;
      grid-template-areas: 'image what what' 'image unit total' 'image qty remove' 'error error error';
    }
  }
  .bottom {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
    gap: calc(var(--_tc-cart-gap) * 1.5);
    align-items: start;
  }
  @media (max-width: 48rem) {
    .bottom {
      grid-template-columns: 1fr;
    }
  }
  .details {
    display: grid;
    gap: var(--_tc-cart-gap);
  }
  textarea,
  .field input {
    width: 100%;
    font: inherit;
    color: var(--_tc-text);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
    padding: 0.5em 0.75em;
  }
  fieldset {
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
    margin: 0;
    padding: 0.75em 1em;
    display: grid;
    gap: 0.6em;
  }
  fieldset[aria-invalid='true'] {
    border-color: var(--_tc-danger);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  label.choice {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    font-weight: 400;
    margin: 0;
  }
  label.choice .detail {
    display: block;
  }
  label.choice input {
    margin-top: 0.3em;
    min-height: auto;
  }
  .summary {
    display: grid;
    gap: var(--_tc-cart-gap);
    padding: var(--_tc-cart-gap);
    background: var(--_tc-surface-alt);
    border-radius: var(--_tc-radius);
  }
  dl {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.4em 1em;
    margin: 0;
  }
  dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .gross {
    font-weight: 700;
    font-size: 1.1em;
  }
  .totals p {
    margin: 0.4em 0 0;
    min-height: 1.2em;
  }
  /* Figures from before the change: muted and struck through until the server's answer. */
  .totals.updating dd {
    color: var(--_tc-muted);
    text-decoration: line-through dotted;
  }
  button.place {
    width: 100%;
    font-weight: 700;
  }
  .place-error p {
    margin: 0 0 0.5em;
  }
  .place-error ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .confirmation {
    padding: var(--_tc-cart-gap);
    border: 1px solid var(--_tc-success);
    border-radius: var(--_tc-radius);
    background: color-mix(in srgb, var(--_tc-success) 8%, var(--_tc-surface));
    display: grid;
    gap: 0.75em;
    max-width: 32rem;
  }
  .confirmation h2 {
    margin: 0;
    color: var(--_tc-success);
  }
  .confirmation p {
    margin: 0;
  }
  .state {
    padding: var(--_tc-cart-gap);
    text-align: center;
    color: var(--_tc-muted);
  }
  .error {
    margin-bottom: var(--_tc-cart-gap);
  }
  .place-error {
    display: block;
    margin: 0;
  }
`;
