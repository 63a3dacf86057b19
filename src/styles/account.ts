import { css } from 'lit';

/** Tables and totals shared by the account elements (invoice list, statement). */
export const accountTableStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_tc-space);
    margin: 0 0 var(--_tc-space);
  }
  .totals > div {
    flex: 1 1 10rem;
    padding: calc(var(--_tc-space) * 0.75);
    background: var(--_tc-surface-alt);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
  }
  .totals dt {
    color: var(--_tc-muted);
    font-size: 0.875em;
  }
  .totals dd {
    margin: 0.25em 0 0;
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .scroll {
    overflow-x: auto;
    /* Keeps visually hidden labels inside the scroll box instead of widening the page. */
    position: relative;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.5em;
  }
  caption .count {
    color: var(--_tc-muted);
    font-weight: 400;
  }
  th,
  td {
    text-align: start;
    padding: 0.5em 0.6em;
    border-bottom: 1px solid var(--_tc-border);
  }
  thead th {
    color: var(--_tc-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  .money,
  .date,
  [part='number'] {
    white-space: nowrap;
  }
  .money {
    text-align: end;
  }
  label span {
    display: block;
    font-size: 0.875em;
  }

  /* Narrow: each row becomes a block of labelled lines, so nothing scrolls sideways (WCAG reflow). */
  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tbody tr {
      padding: 0.4em 0;
      border-bottom: 1px solid var(--_tc-border);
    }
    tbody th,
    tbody td {
      border: none;
      padding: 0.1em 0.6em;
      text-align: start;
      white-space: normal;
    }
    tbody td:empty {
      display: none;
    }
    [data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_tc-muted);
      font-size: 0.875em;
    }
  }
`;
