import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { InvoiceSummary } from '../../../contract/invoices.js';
import type { Portal } from '../../portal/portal.js';
import { saveFile } from '../../base/save-file.js';

/** The wording the download button and its error need, from the element's own messages. */
export interface DownloadMessages {
  pdf: string;
  downloading: string;
  downloadPdf: (values: { number: string }) => string;
  downloadFailed: (values: { number: string }) => string;
  retry: string;
}

export interface InvoiceDownloadOptions {
  portal: () => Portal | undefined;
  messages: () => DownloadMessages;
  /** Dispatches `tc-invoice-download`; false when the host cancelled it to handle the file itself. */
  emit: (detail: { invoice: InvoiceSummary; blob: Blob }) => boolean;
  reportError: (error: unknown) => void;
}

/**
 * A document's PDF download, for every element that lists documents (invoice list, order detail):
 * one at a time, through the client (with the session token), handed to the host page as a
 * cancelable `tc-invoice-download` event, else saved; a failure says which document and offers
 * a retry of that one.
 */
export class InvoiceDownload {
  /** The document whose PDF is on its way. */
  private downloading?: number;
  /** The document whose download failed, for the message and its retry. */
  private failed?: InvoiceSummary;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: InvoiceDownloadOptions,
  ) {}

  /** Forgets a failure, e.g. when another order opens. */
  reset() {
    this.failed = undefined;
    this.host.requestUpdate();
  }

  async download(invoice: InvoiceSummary) {
    const portal = this.options.portal();
    if (!portal || this.downloading !== undefined) return;
    this.downloading = invoice.id;
    this.failed = undefined;
    this.host.requestUpdate();
    try {
      const blob = await portal.client.invoices.downloadPdf(invoice.id);
      if (this.options.emit({ invoice, blob })) saveFile(blob, `${invoice.number}.pdf`);
    } catch (error) {
      this.options.reportError(error);
      this.failed = invoice;
    } finally {
      this.downloading = undefined;
      this.host.requestUpdate();
    }
  }

  /** The PDF button of one document. */
  renderButton(invoice: InvoiceSummary, className = '') {
    const t = this.options.messages();
    const busy = this.downloading === invoice.id;
    return html`<button type="button" part="pdf-button" class=${className} ?disabled=${busy} aria-label=${t.downloadPdf({ number: invoice.number })}
      @click=${() => this.download(invoice)}>${busy ? t.downloading : t.pdf}</button>`;
  }

  /** The failure and its retry, in a live region that stays in the page so it is announced. */
  renderError() {
    const t = this.options.messages();
    const failed = this.failed;
    return html`<div role="alert">${failed
      ? html`<p class="error" part="error">${t.downloadFailed({ number: failed.number })}
          <button type="button" part="retry" @click=${() => this.download(failed)}>${t.retry}</button></p>`
      : nothing}</div>`;
  }
}
