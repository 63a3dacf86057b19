import { css } from 'lit';

/**
 * The declarations of a bordered panel around a form (sign-in, quick order), for use inside a rule:
 * `form { ${panel} }`.
 */
export const panel = css`
  display: grid;
  gap: calc(var(--_tc-space) * 0.75);
  padding: var(--_tc-space);
  background: var(--_tc-surface);
  border: 1px solid var(--_tc-border);
  border-radius: var(--_tc-radius);
`;
