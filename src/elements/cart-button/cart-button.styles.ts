import { css } from 'lit';

export const cartButtonStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    --_tc-count-bg: var(--tc-cart-button-count-color, var(--_tc-primary));
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font: inherit;
    color: var(--_tc-text);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
    padding: 0.4em 0.85em;
    min-height: 2.5rem;
    text-decoration: none;
    cursor: pointer;
    white-space: nowrap;
  }
  [part='icon'] {
    display: inline-flex;
  }
  [part='count'] {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.6em;
    padding: 0 0.35em;
    border-radius: 999px;
    background: var(--_tc-count-bg);
    color: var(--_tc-on-primary);
    font-size: 0.85em;
    font-weight: 700;
  }
  [part='total'] {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part='total'].updating {
    color: var(--_tc-muted);
  }
  .retry {
    min-height: 2rem;
    padding: 0.25em 0.6em;
    font-size: 0.85em;
    color: var(--_tc-danger);
    border-color: var(--_tc-danger);
  }
`;
