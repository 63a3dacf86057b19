import { css } from 'lit';

export const catalogueStyles = css`
  :host {
    display: block;
    --_tc-card-radius: var(--tc-card-radius, var(--_tc-radius));
    --_tc-card-gap: var(--tc-catalogue-gap, var(--_tc-space));
  }

  /* Toolbar: search, filters, sort, view switch, count */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_tc-space) * 0.5) var(--_tc-space);
    margin-bottom: calc(var(--_tc-space) * 0.75);
  }
  .search {
    flex: 1 1 14rem;
  }
  .search input {
    width: 100%;
  }
  .filter {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_tc-muted);
    margin: 0;
  }
  .filter select {
    display: block;
    margin-top: 0.15em;
    font-size: 1rem;
    max-width: 14rem;
  }
  .views {
    display: flex;
    border: 0;
    margin: 0;
    padding: 0;
  }
  .view {
    position: relative;
    margin: 0;
    font-weight: 400;
    font-size: 0.875em;
  }
  .view input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .view span {
    display: inline-block;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_tc-border);
    margin-left: -1px;
    background: var(--_tc-surface);
    cursor: pointer;
  }
  .view:first-of-type span {
    border-radius: var(--_tc-radius) 0 0 var(--_tc-radius);
  }
  .view:last-of-type span {
    border-radius: 0 var(--_tc-radius) var(--_tc-radius) 0;
  }
  .view input:checked + span {
    background: var(--_tc-primary);
    border-color: var(--_tc-primary);
    color: var(--_tc-on-primary);
  }
  .view input:focus-visible + span {
    outline: 3px solid var(--_tc-focus);
    outline-offset: 2px;
  }
  .count {
    margin-left: auto;
    color: var(--_tc-muted);
    align-self: center;
  }
  /* Promoted strip */
  .promoted h2 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .strip {
    list-style: none;
    margin: 0 0 var(--_tc-card-gap);
    padding: 0;
    display: grid;
    /* Wraps rather than scrolling sideways, so the page reflows at any width. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: var(--_tc-card-gap);
  }

  /* Columns by class, not a style attribute: a strict Content-Security-Policy may forbid those. */
  .columns-1 {
    --_columns: 1;
  }
  .columns-2 {
    --_columns: 2;
  }
  .columns-3 {
    --_columns: 3;
  }
  .columns-4 {
    --_columns: 4;
  }

  /* The feed: the first page's rows in flow, then the rest, positioned by the virtualizer */
  .feed,
  .rest {
    width: 100%;
    /* The virtualizer sets a min-width from the rows it measured; the rows follow the feed's width instead. */
    min-width: 0 !important;
  }
  /* Off screen, the browser skips the first page's layout and paint while the buyer scrolls the rest. */
  .first-page {
    content-visibility: auto;
    contain-intrinsic-size: auto none;
  }
  .row {
    width: 100%;
    display: grid;
    grid-template-columns: repeat(var(--_columns, 3), minmax(0, 1fr));
    gap: var(--_tc-card-gap);
    padding-bottom: var(--_tc-card-gap);
  }

  /* The paged catalogue (page-size): one page of cards and its navigation */
  ul.grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_tc-card-gap);
    grid-template-columns: repeat(var(--_columns, 3), minmax(0, 1fr));
  }

  /* Cards: tall (3–4 columns), wide (2 columns), list */
  .card {
    /* Holds its visually hidden text, so a card scrolled away in the strip cannot widen the page. */
    position: relative;
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding: calc(var(--_tc-space) * 0.75);
    background: var(--_tc-surface);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-card-radius);
    box-shadow: var(--_tc-shadow);
    min-width: 0;
  }
  .media img,
  .media:empty {
    display: block;
    width: 100%;
    height: 9rem;
    object-fit: contain;
    background: var(--_tc-surface-alt);
    border-radius: calc(var(--_tc-card-radius) - 2px);
    cursor: pointer;
  }
  .wide .card {
    display: grid;
    grid-template-columns: minmax(5rem, 35%) minmax(0, 1fr);
    grid-template-areas: 'media body' 'media prices' 'order order';
    column-gap: calc(var(--_tc-space) * 0.75);
  }
  .list .card {
    display: grid;
    grid-template-columns: 5rem minmax(0, 2fr) minmax(7rem, 1fr) auto;
    grid-template-areas: 'media body prices order';
    align-items: center;
    column-gap: var(--_tc-space);
    padding: calc(var(--_tc-space) * 0.5) calc(var(--_tc-space) * 0.75);
  }
  .wide .media,
  .list .media {
    grid-area: media;
  }
  .wide .body,
  .list .body {
    grid-area: body;
  }
  .wide .prices,
  .list .prices {
    grid-area: prices;
  }
  .wide .order,
  .list .order {
    grid-area: order;
  }
  .list .media img,
  .list .media:empty {
    height: 4rem;
  }
  .list .prices {
    margin-top: 0;
  }
  .list .order {
    width: 17rem;
  }
  h3 {
    margin: 0.25em 0 0;
    font-size: 1em;
    line-height: 1.3;
  }
  .name {
    all: unset;
    cursor: pointer;
    font-weight: 700;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .name:hover {
    text-decoration: underline;
  }
  .name:focus-visible {
    outline: 3px solid var(--_tc-focus);
    outline-offset: 2px;
  }
  /* Placeholders while a page loads */
  .placeholder .bar {
    display: block;
    height: 0.9em;
    margin: 0.5em 0;
    border-radius: 4px;
    background: var(--_tc-surface-alt);
  }
  .placeholder .bar.short {
    width: 60%;
  }
  .placeholder {
    min-height: 16rem;
  }
  .list .placeholder {
    min-height: 5rem;
  }

  /* Details dialog */
  dialog {
    width: min(48rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: var(--_tc-space);
    border: 1px solid var(--_tc-border);
    border-radius: var(--_tc-card-radius);
    color: var(--_tc-text);
    background: var(--_tc-surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: var(--_tc-space);
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.3em;
  }
  .close {
    font-size: 1.3em;
    line-height: 1;
    padding: 0.2em 0.6em;
  }
  .dialog-body {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--_tc-space);
    margin-top: var(--_tc-space);
  }
  .gallery > img {
    width: 100%;
    height: auto;
    aspect-ratio: 5 / 4;
    object-fit: contain;
    background: var(--_tc-surface-alt);
    border-radius: var(--_tc-radius);
  }
  .thumbs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-top: 0.5em;
  }
  .thumbs button {
    padding: 2px;
    min-height: 0;
  }
  .thumbs button[aria-pressed='true'] {
    border-color: var(--_tc-primary);
    border-width: 2px;
  }
  .thumbs img {
    display: block;
  }
  .facts {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .facts h3 {
    font-size: 0.9em;
    margin: 0.5em 0 0;
  }
  .facts p {
    margin: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tags li {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_tc-surface-alt);
    font-size: 0.85em;
  }

  .error {
    margin-bottom: var(--_tc-space);
  }
`;
