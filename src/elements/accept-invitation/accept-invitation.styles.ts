import { css } from 'lit';

export const acceptInvitationStyles = css`
  :host {
    display: block;
    max-width: var(--tc-accept-invitation-width, 26rem);
  }
  p {
    margin: 0;
  }
  input {
    width: 100%;
    box-sizing: border-box;
  }
  input[readonly] {
    color: var(--_tc-muted);
  }
  .hint {
    margin-top: 0.25em;
    font-size: 0.9em;
    color: var(--_tc-muted);
  }
  .field-error {
    margin-top: 0.25em;
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
`;
