import { css } from 'lit';

export const catalogueStyles = css`
  :host {
    display: block;
    --_tc-card-radius: var(--tc-card-radius, var(--_tc-radius));
    --_tc-card-gap: var(--tc-catalogue-gap, var(--_tc-space));
  }
  .toolbar {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_tc-space);
    margin-bottom: calc(var(--_tc-space) * 0.75);
    color: var(--_tc-muted);
  }
  ul.grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_tc-card-gap);
    grid-template-columns: repeat(var(--_columns, 3), minmax(0, 1fr));
  }
  @media (max-width: 40rem) {
    ul.grid {
      grid-template-columns: repeat(min(var(--_columns, 3), 2), minmax(0, 1fr));
    }
  }
  @media (max-width: 24rem) {
    ul.grid {
      grid-template-columns: 1fr;
    }
  }
  article {
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding: calc(var(--_tc-space) * 0.75);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-card-radius);
    box-shadow: var(--_tc-shadow);
  }
  img {
    width: 100%;
    aspect-ratio: 5 / 4;
    object-fit: contain;
    background: var(--_tc-surface-alt);
    border-radius: calc(var(--_tc-card-radius) - 2px);
  }
  h3 {
    margin: 0.25em 0 0;
    font-size: 1em;
    line-height: 1.3;
  }
  .sku,
  .unit {
    color: var(--_tc-muted);
    font-size: 0.875em;
    margin: 0;
  }
  .prices {
    margin-top: auto;
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .price {
    font-size: 1.15em;
    font-weight: 700;
  }
  .list-price {
    color: var(--_tc-muted);
    text-decoration: line-through;
  }
  .stock {
    margin: 0;
    font-size: 0.875em;
    color: var(--_tc-success);
  }
  .stock.out {
    color: var(--_tc-danger);
  }
  .pager {
    display: flex;
    justify-content: center;
    align-items: center;
    gap: var(--_tc-space);
    margin-top: var(--_tc-space);
  }
  .state {
    padding: var(--_tc-space);
    text-align: center;
    color: var(--_tc-muted);
  }
  .error {
    display: flex;
    gap: var(--_tc-space);
    align-items: center;
    justify-content: space-between;
  }
`;
