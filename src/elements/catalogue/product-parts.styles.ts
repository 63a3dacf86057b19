import { css } from 'lit';

/** Styles of the product pieces shared by the catalogue and saved items: prices, stock, order controls, notices. */
export const productPartStyles = css`
  .sku,
  .unit,
  .vat {
    color: var(--_tc-muted);
    font-size: 0.875em;
    margin: 0;
  }
  .prices {
    margin-top: auto;
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .price {
    font-size: 1.15em;
    font-weight: 700;
  }
  .list-price {
    color: var(--_tc-muted);
  }
  .stock {
    margin: 0;
    font-size: 0.875em;
    color: var(--_tc-success);
  }
  .stock.out {
    color: var(--_tc-danger);
  }
  .stock.preorder {
    color: var(--_tc-warning);
  }

  /* Quantity, add to cart, favourite */
  .order {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .stepper {
    display: flex;
  }
  .stepper input {
    width: 4.5em;
    text-align: center;
    border-radius: 0;
    padding-inline: 0.25em;
    -moz-appearance: textfield;
  }
  .stepper input::-webkit-inner-spin-button {
    -webkit-appearance: none;
  }
  .step {
    padding: 0.25em 0.7em;
  }
  .step:first-child {
    border-radius: var(--_tc-radius) 0 0 var(--_tc-radius);
  }
  .step:last-child {
    border-radius: 0 var(--_tc-radius) var(--_tc-radius) 0;
  }
  .hint,
  .field-error {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.8em;
  }
  .hint {
    color: var(--_tc-muted);
  }
  .actions {
    display: flex;
    gap: 0.4em;
    flex: 1 1 auto;
  }
  .add {
    flex: 1 1 auto;
    padding-inline: 0.75em;
  }
  .favourite {
    padding: 0.25em 0.7em;
    font-size: 1.2em;
    line-height: 1;
    color: var(--_tc-warning);
  }
  .favourite[aria-pressed='true'] {
    border-color: var(--_tc-warning);
  }

  .notice {
    margin: 0 0 calc(var(--_tc-space) * 0.75);
    color: var(--_tc-success);
  }
  .notice.error {
    color: var(--_tc-danger);
  }

`;
