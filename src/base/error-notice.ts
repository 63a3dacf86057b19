import { html, nothing, type TemplateResult } from 'lit';

export interface ErrorNoticeOptions {
  /** Offers a retry button that calls this. */
  retry?: (() => void) | undefined;
  /** The retry button's label. */
  retryLabel: string;
  /** Shown instead of the retry button, e.g. a "Back" button. */
  action?: TemplateResult | undefined;
}

/**
 * The one look of an error in every element: the (already localised) message in an alert, so screen
 * readers announce it, and a retry button where trying again may help.
 */
export function errorNotice(text: string, { retry, retryLabel, action }: ErrorNoticeOptions): TemplateResult {
  return html`<div class="error error-notice" part="error" role="alert">
    <span>${text}</span>
    ${action ?? (retry ? html`<button type="button" part="retry" @click=${retry}>${retryLabel}</button>` : nothing)}
  </div>`;
}
