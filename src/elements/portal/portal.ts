import { css, html, LitElement, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { portalContext } from '../../portal/context.js';
import { $defaultPortal } from '../../portal/default-portal.js';
import { Portal } from '../../portal/portal.js';
import type { TokenStorage } from '../../stores/token.js';
import { $locale } from '../../i18n/i18n.js';
import { define } from '../../base/define.js';

/**
 * Connects the tags inside it (and, as the page's first portal, tags anywhere on the page) to a
 * supplier's back end. It renders nothing of its own.
 *
 * ```html
 * <tc-portal api="https://api.supplier.example" locale="ro-RO">
 *   <tc-login></tc-login>
 *   <tc-catalogue></tc-catalogue>
 * </tc-portal>
 * ```
 *
 * @slot - The Tradecounter tags (and any other content) that use this portal.
 */
export class TcPortal extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    api: { type: String },
    locale: { type: String },
    storage: { type: String },
    portal: { attribute: false },
  };

  /** Base URL of the supplier's back end. */
  declare api: string;
  /** Locale for text, money and dates (e.g. `ro-RO`); the page's `lang` when absent. */
  declare locale: string | undefined;
  /** Where the session token is kept: `session` (default, per tab), `local` (shared by tabs) or `memory`. */
  declare storage: TokenStorage;
  /**
   * The portal the tags inside use: client and shared stores. Made from `api` and `storage`; a
   * script may set its own instead.
   */
  declare portal: Portal | undefined;

  private readonly provider = new ContextProvider(this, { context: portalContext });
  private provided?: Portal;

  constructor() {
    super();
    this.api = '';
    this.storage = 'session';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('api') || changed.has('storage')) && this.api) {
      this.portal = new Portal({ api: this.api, storage: this.storage });
    }
    if (this.portal && this.portal !== this.provided) {
      this.provider.setValue(this.portal);
      // The first portal on the page also serves tags placed outside any <tc-portal>.
      const current = $defaultPortal.get();
      if (!current || current === this.provided) $defaultPortal.set(this.portal);
      this.provided = this.portal;
    }
    if (changed.has('locale') && this.locale) $locale.set(this.locale);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('tc-portal', TcPortal);

declare global {
  interface HTMLElementTagNameMap {
    'tc-portal': TcPortal;
  }
}
