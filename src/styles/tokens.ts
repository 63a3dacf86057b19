import { css } from 'lit';

/**
 * The design tokens every element reads. A page themes Tradecounter by setting the public
 * `--tc-*` properties anywhere above the tags (or by linking a theme from `src/themes/`); each
 * falls back to the default here. Elements use the private `--_tc-*` aliases so their own
 * defaults never shadow a value the page set.
 *
 * Base tokens: colour, font, radius, spacing, shadow. Component tokens (controls, cards, headings)
 * derive from them, so a theme that sets only the base tokens restyles everything consistently,
 * and a page can still tune one component. docs/theming.md lists them all.
 */
export const tokens = css`
  :host {
    /* Colour */
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
    --_tc-focus: var(--tc-color-focus, var(--_tc-primary));
    /* Font */
    --_tc-font: var(--tc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_tc-font-size: var(--tc-font-size, 1rem);
    --_tc-line-height: var(--tc-line-height, 1.5);
    /* Shape, space and depth */
    --_tc-radius: var(--tc-radius, 8px);
    --_tc-space: var(--tc-space, 1rem);
    --_tc-shadow: var(--tc-shadow, 0 1px 3px rgb(0 0 0 / 0.12));

    /* Component tokens, derived from the base ones */
    --_tc-heading-font: var(--tc-heading-font-family, var(--_tc-font));
    --_tc-heading-weight: var(--tc-heading-font-weight, 700);
    --_tc-control-height: var(--tc-control-height, 2.5rem);
    --_tc-control-padding: var(--tc-control-padding, calc(var(--_tc-space) * 0.5) calc(var(--_tc-space) * 0.875));
    --_tc-control-radius: var(--tc-control-radius, var(--_tc-radius));
    --_tc-control-border: var(--tc-control-border-color, var(--_tc-border));
    --_tc-panel-background: var(--tc-panel-background, var(--_tc-surface));
    --_tc-panel-padding: var(--tc-panel-padding, var(--_tc-space));
    --_tc-panel-radius: var(--tc-panel-radius, var(--_tc-radius));
    --_tc-panel-shadow: var(--tc-panel-shadow, none);

    color-scheme: var(--tc-color-scheme, light);
    font-family: var(--_tc-font);
    font-size: var(--_tc-font-size);
    line-height: var(--_tc-line-height);
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

  h1,
  h2,
  h3,
  h4 {
    font-family: var(--_tc-heading-font);
    font-weight: var(--_tc-heading-weight);
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
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
