import { css } from 'lit';

export const quickOrderStyles = css`
  :host {
    display: block;
    max-width: var(--tc-quick-order-width, 48rem);
  }
  .intro {
    margin: 0;
    color: var(--_tc-muted);
  }
  .head,
  li.row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 8rem 2.5rem;
    gap: 0.5em;
    align-items: start;
  }
  .head {
    font-weight: 600;
    font-size: 0.875em;
  }
  ol.rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .sku-field {
    position: relative;
  }
  .sku-field input,
  li.row input {
    width: 100%;
  }
  .product,
  li.row .field-error {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.875em;
  }
  .product {
    color: var(--_tc-muted);
  }
  .remove {
    padding: 0;
    font-size: 1.25em;
    line-height: 1;
  }
  ul.suggestions {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
    box-shadow: var(--_tc-shadow);
    max-height: 18rem;
    overflow-y: auto;
  }
  [role='option'] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.5em;
    padding: 0.45em 0.75em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_tc-primary);
    color: var(--_tc-on-primary);
  }
  [role='option'].hint {
    display: block;
    cursor: default;
    color: var(--_tc-muted);
  }
  .suggestions .sku {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .suggestions .price {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .summary:empty {
    display: none;
  }
  .import summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25em 0;
  }
  .import label {
    font-weight: 400;
    margin: 0.5em 0 0.35em;
  }
  .import label.file {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    max-width: 100%;
  }
  input[type='file'] {
    max-width: 100%;
  }
  textarea {
    width: 100%;
    font: inherit;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    color: var(--_tc-text);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
    padding: 0.5em 0.75em;
    margin-bottom: 0.5em;
  }
`;
