import { css } from 'lit';

export const loginStyles = css`
  :host {
    display: block;
    max-width: var(--tc-login-width, 24rem);
  }
  input {
    width: 100%;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.5em;
  }
  .account {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-weight: 400;
  }
  .actions {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .field-error {
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }
  .who {
    margin: 0;
  }
  .customer {
    color: var(--_tc-muted);
  }
`;
