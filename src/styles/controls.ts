import { css } from 'lit';
import { stateStyles } from './states.js';

/** Buttons, inputs and messages shared by the elements' forms, and the states every element shows. */
export const controls = css`
  ${stateStyles}
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_tc-control-radius);
    border: 1px solid var(--_tc-control-border);
    background: var(--_tc-surface);
    color: var(--_tc-text);
    padding: var(--_tc-control-padding);
    min-height: var(--_tc-control-height);
  }
  button.primary {
    background: var(--_tc-primary);
    border-color: var(--_tc-primary);
    color: var(--_tc-on-primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select {
    font: inherit;
    color: var(--_tc-text);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-control-border);
    border-radius: var(--_tc-control-radius);
    padding: var(--_tc-control-padding);
    min-height: var(--_tc-control-height);
  }
  input[aria-invalid='true'] {
    border-color: var(--_tc-danger);
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .field-error,
  .error {
    color: var(--_tc-danger);
  }
  .error {
    padding: 0.75em 1em;
    border: 1px solid var(--_tc-danger);
    border-radius: var(--_tc-radius);
    background: color-mix(in srgb, var(--_tc-danger) 8%, var(--_tc-surface));
  }
`;
