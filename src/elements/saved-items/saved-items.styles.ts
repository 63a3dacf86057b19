import { css } from 'lit';

export const savedItemsStyles = css`
  :host {
    display: block;
    --_tc-card-radius: var(--tc-card-radius, var(--_tc-radius));
  }
  h2 {
    font-size: 1.15em;
    margin: 0 0 0.5em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_tc-space) * 0.5);
  }
  .item {
    position: relative;
    display: grid;
    grid-template-columns: 4rem minmax(0, 1fr);
    gap: 0.25em calc(var(--_tc-space) * 0.75);
    padding: calc(var(--_tc-space) * 0.6);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-card-radius);
  }
  .item > * {
    grid-column: 2;
  }
  .item > img,
  .item > .placeholder-image {
    grid-column: 1;
    grid-row: 1 / span 4;
    width: 4rem;
    height: 3.2rem;
    object-fit: contain;
    background: var(--_tc-surface-alt);
    border-radius: 4px;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  .item > .order {
    grid-column: 1 / -1;
  }
`;
