import { css } from 'lit';
import { accountTableStyles } from '../../styles/account.js';

export const statementStyles = [
  accountTableStyles,
  css`
    :host {
      --_tc-statement-alert-color: var(--tc-statement-alert-color, var(--_tc-danger));
    }
    .heading {
      font-size: 1.15em;
      margin: 0 0 0.75em;
    }
    .heading small {
      color: var(--_tc-muted);
      font-weight: 400;
      font-size: 0.8em;
      margin-inline-start: 0.5em;
    }
    .totals .alert dd {
      color: var(--_tc-statement-alert-color);
    }
    .note {
      color: var(--_tc-muted);
      margin: 0 0 var(--_tc-space);
    }
    .ageing {
      margin-bottom: calc(var(--_tc-space) * 1.5);
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_tc-space);
      margin-bottom: var(--_tc-space);
    }
    /* A date input's focus sits in its inner fields: ring the whole input. */
    .range input:focus-within {
      outline: 3px solid var(--_tc-focus);
      outline-offset: 2px;
    }
    .range label {
      font-weight: 400;
      margin: 0;
    }
    tr.edge th,
    tr.edge td {
      font-weight: 600;
      background: var(--_tc-surface-alt);
    }
    tbody th {
      font-weight: 400;
      white-space: normal;
    }
  `,
];
