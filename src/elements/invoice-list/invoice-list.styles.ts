import { css } from 'lit';
import { accountTableStyles } from '../../styles/account.js';

export const invoiceListStyles = [
  accountTableStyles,
  css`
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
