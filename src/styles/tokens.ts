import { css } from 'lit';

/**
 * The design tokens every element reads. A page themes Tradecounter by setting the public
 * `--tc-*` properties anywhere above the tags; each falls back to the default here. Elements use
 * the private `--_tc-*` aliases so their own defaults never shadow a value the page set.
 */
export const tokens = css`
  :host {
    --_tc-font: var(--tc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_tc-font-size: var(--tc-font-size, 1rem);
    --_tc-text: var(--tc-color-text, #1d2329);
    --_tc-muted: var(--tc-color-muted, #57606a);
    --_tc-surface: var(--tc-color-surface, #ffffff);
    --_tc-surface-alt: var(--tc-color-surface-alt, #f4f6f8);
    --_tc-border: var(--tc-color-border, #d0d7de);
    --_tc-primary: var(--tc-color-primary, #0b5cad);
    --_tc-on-primary: var(--tc-color-on-primary, #ffffff);
    --_tc-danger: var(--tc-color-danger, #b42318);
    --_tc-success: var(--tc-color-success, #1a7f37);
    --_tc-warning: var(--tc-color-warning, #9a6700);
    --_tc-focus: var(--tc-color-focus, #0b5cad);
    --_tc-radius: var(--tc-radius, 8px);
    --_tc-space: var(--tc-space, 1rem);
    --_tc-shadow: var(--tc-shadow, 0 1px 3px rgb(0 0 0 / 0.12));

    font-family: var(--_tc-font);
    font-size: var(--_tc-font-size);
    color: var(--_tc-text);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_tc-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
