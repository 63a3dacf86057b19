import { css } from 'lit';

export const orderListStyles = css`
  :host {
    display: block;
    --_tc-badge-radius: var(--tc-badge-radius, 999px);
  }
  h2 {
    margin: 0 0 var(--_tc-space);
    font-size: 1.35em;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 0 0 0.4em;
    font-size: 1.05em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-end;
    margin-bottom: var(--_tc-space);
  }
  .filters .field {
    display: flex;
    flex-direction: column;
  }
  .filters label {
    font-size: 0.875em;
  }
  /* Date inputs take focus in their inner fields (and the picker button), where :focus-visible does not always reach. */
  input[type='date']:focus,
  input[type='date']:focus-within {
    outline: 3px solid var(--_tc-focus);
    outline-offset: 2px;
  }
  .count {
    color: var(--_tc-muted);
    margin: 0 0 0.5em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em 0.5em;
    border-bottom: 1px solid var(--_tc-border);
  }
  thead th {
    font-size: 0.875em;
    color: var(--_tc-muted);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  a {
    color: var(--_tc-primary);
  }
  button.link {
    white-space: nowrap;
    background: none;
    border: 0;
    padding: 0;
    min-height: auto;
    color: var(--_tc-primary);
    text-decoration: underline;
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.65em;
    border-radius: var(--_tc-badge-radius);
    font-size: 0.8em;
    font-weight: 700;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .badge.progress {
    color: var(--_tc-primary);
  }
  .badge.done {
    color: var(--_tc-success);
  }
  .badge.problem {
    color: var(--_tc-danger);
  }
  .badge.neutral {
    color: var(--_tc-muted);
  }
  .info {
    display: block;
    margin-top: 0.2em;
    font-size: 0.8em;
    color: var(--_tc-muted);
  }
  @media (max-width: 48rem) {
    table[part='table'] thead,
    [part='invoices'] thead {
      display: none;
    }
    table[part='table'] tr,
    tr[part='invoice'] {
      display: grid;
      grid-template-columns: 1fr auto;
      border-bottom: 1px solid var(--_tc-border);
      padding: 0.5em 0;
    }
    table[part='table'] th,
    table[part='table'] td,
    tr[part='invoice'] th,
    tr[part='invoice'] td {
      border: 0;
      padding: 0.15em 0.25em;
    }
  }
  .pager {
    display: flex;
    justify-content: center;
    align-items: center;
    gap: var(--_tc-space);
    margin-top: var(--_tc-space);
  }
  .busy {
    opacity: 0.7;
  }
  .detail {
    display: grid;
    gap: var(--_tc-space);
  }
  .detail header p {
    margin: 0 0 0.5em;
  }
  .back {
    justify-self: start;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3em 1em;
    margin: 0;
  }
  dd {
    margin: 0;
  }
  .totals {
    grid-template-columns: 1fr auto;
    justify-self: end;
    min-width: min(20rem, 100%);
  }
  .totals dd {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .gross {
    font-weight: 700;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--_tc-space);
  }
  .columns p {
    margin: 0;
  }
  .note {
    white-space: pre-line;
  }
  .muted {
    color: var(--_tc-muted);
    font-size: 0.9em;
  }
  ul.plain,
  ol.plain {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35em;
  }
  .tracking {
    font-variant-numeric: tabular-nums;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .confirm,
  .notice {
    padding: 0.75em 1em;
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
    background: var(--_tc-surface-alt);
  }
  .confirm p,
  .notice p {
    margin: 0 0 0.5em;
  }
  .notice ul {
    margin: 0;
  }
  .notices:empty {
    display: none;
  }
  button.danger {
    background: var(--_tc-danger);
    border-color: var(--_tc-danger);
    color: var(--_tc-on-primary);
  }
  .state {
    padding: var(--_tc-space);
    text-align: center;
    color: var(--_tc-muted);
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    justify-content: space-between;
  }
`;
