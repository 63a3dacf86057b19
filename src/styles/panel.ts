import { css } from 'lit';

/**
 * The framed box of the form elements (sign-in, quick order, accepting an invitation): one look for
 * every form a buyer fills in, themed through the same tokens.
 */
export const panelStyles = css`
  .panel {
    display: grid;
    gap: calc(var(--_tc-space) * 0.75);
    padding: var(--_tc-space);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-radius);
  }
  .panel h2 {
    margin: 0;
    font-size: 1.25em;
  }
`;
