import { css } from 'lit';

export const announcementsStyles = css`
  :host {
    display: block;
    --_tc-announcement-accent: var(--tc-announcement-accent, var(--_tc-primary));
    --_tc-announcement-promotion-accent: var(--tc-announcement-promotion-accent, var(--_tc-success));
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_tc-space) * 0.5);
  }
  .announcement {
    display: flex;
    gap: var(--_tc-space);
    align-items: flex-start;
    padding: calc(var(--_tc-space) * 0.75) var(--_tc-space);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-inline-start: 4px solid var(--_tc-announcement-accent);
    border-radius: var(--_tc-radius);
  }
  .announcement.promotion {
    border-inline-start-color: var(--_tc-announcement-promotion-accent);
  }
  .content {
    flex: 1;
    min-width: 0;
  }
  .kind {
    margin: 0;
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_tc-muted);
  }
  .title {
    margin: 0.15em 0 0.35em;
    font-size: 1.05em;
  }
  .body :first-child {
    margin-top: 0;
  }
  .body :last-child {
    margin-bottom: 0;
  }
  .body p,
  .body ul,
  .body ol {
    margin: 0.4em 0;
  }
  .body a {
    color: var(--_tc-primary);
  }
  button.dismiss {
    flex: none;
    min-width: 2.5rem;
    padding: 0;
    font-size: 1.4em;
    line-height: 1;
    border-color: transparent;
    background: transparent;
    color: var(--_tc-muted);
  }
  button.dismiss:hover {
    color: var(--_tc-text);
    border-color: var(--_tc-border);
  }
`;
