import { css } from 'lit';
import { accountTableStyles } from '../../styles/account.js';

export const invoiceListStyles = [
  accountTableStyles,
  css`
    :host {
      --_tc-badge-radius: var(--tc-badge-radius, 999px);
    }
    .badge {
      display: inline-block;
      white-space: nowrap;
      padding: 0.1em 0.6em;
      border-radius: var(--_tc-badge-radius);
      font-size: 0.85em;
      font-weight: 600;
      border: 1px solid currentColor;
    }
    .badge.paid,
    .badge.credited {
      color: var(--_tc-success);
    }
    .badge.partially_paid {
      color: var(--_tc-warning);
    }
    .badge.overdue {
      color: var(--_tc-danger);
    }
    .badge.unpaid {
      color: var(--_tc-text);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_tc-space);
      margin-bottom: var(--_tc-space);
    }
    button.pdf {
      min-height: 2rem;
      padding: 0.25em 0.75em;
    }
  `,
];
