import { css } from 'lit';

/**
 * The pieces every element shows around its content, alike everywhere: the loading / empty /
 * signed-out line, the error notice with its retry button (src/base/error-notice.ts) and the pager.
 * An element that needs a different spacing overrides the rule in its own styles.
 */
export const stateStyles = css`
  .state {
    padding: var(--_tc-space);
    text-align: center;
    color: var(--_tc-muted);
  }
  /* The message and its button side by side, the button below when the element is narrow. */
  .error-notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    justify-content: space-between;
  }
  .pager {
    display: flex;
    justify-content: center;
    align-items: center;
    gap: var(--_tc-space);
    margin-top: var(--_tc-space);
  }
`;
