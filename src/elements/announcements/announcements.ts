import { html, nothing, type PropertyValues } from 'lit';
import { params } from '@nanostores/i18n';
import type { Announcement } from '../../../contract/announcements.js';
import type { Portal } from '../../portal/portal.js';
import { define } from '../../base/define.js';
import { StoreController } from '../../base/store-controller.js';
import { TcElement } from '../../base/tc-element.js';
import { ForbiddenError } from '../../client/errors.js';
import { i18n } from '../../i18n/i18n.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { announcementsStyles } from './announcements.styles.js';
import { renderRichText } from './rich-text.js';

const messages = i18n('announcements', {
  label: 'Announcements from your supplier',
  loading: 'Loading announcements…',
  promotion: 'Promotion',
  news: 'News',
  dismiss: params<{ title: string }>('Dismiss “{title}”'),
  dismissed: params<{ title: string }>('“{title}” dismissed.'),
  dismissFailed: 'The announcement could not be dismissed. Please try again.',
  unexpected: 'Announcements could not be loaded.',
  retry: 'Try again',
});

/**
 * The supplier's current messages (news, promotions) for the signed-in buyer, shown when the page
 * opens. Each can be dismissed with a button; the server remembers it for the contact, on every
 * device. Nothing is shown while signed out or when there is no message.
 *
 * @fires tc-announcement-dismiss - The buyer dismissed a message. `detail: { announcement }`
 * @fires tc-error - Loading or dismissing failed. `detail: { error }`
 * @slot signed-out - Shown when nobody is signed in (empty by default).
 * @slot empty - Shown when there is no current message (empty by default).
 * @csspart list - The list of messages.
 * @csspart announcement - One message.
 * @csspart kind - The message's kind (news or promotion).
 * @csspart title - The message's title.
 * @csspart body - The message's text.
 * @csspart dismiss - The button that dismisses a message.
 * @csspart status - The loading message (for screen readers) and dismissal notices.
 * @csspart error - The error message.
 * @csspart retry - The button that tries again after an error.
 * @cssprop --tc-announcement-accent - Accent colour of news (`--tc-color-primary`).
 * @cssprop --tc-announcement-promotion-accent - Accent colour of promotions (`--tc-color-success`).
 */
export class TcAnnouncements extends TcElement {
  static override styles = [tokens, controls, announcementsStyles];

  static override properties = {
    dismissed: { state: true },
    notice: { state: true },
    dismissError: { state: true },
    loaded: { state: true },
  };

  /** Ids the buyer dismissed in this view, hidden before the server confirms. */
  declare dismissed: ReadonlySet<number>;
  declare notice: string;
  declare dismissError: string | undefined;
  /** The last load: pending, its messages, or its error. */
  declare loaded: { items?: Announcement[]; error?: unknown } | undefined;

  private readonly t = new StoreController(this, () => messages);
  private readonly session = new StoreController(this, () => this.portal?.session.$state);

  /** What the current load is for (portal, contact, customer): a new sign-in loads again. */
  private loadedFor: readonly unknown[] = [];
  private loading?: AbortController;

  // In update(), not willUpdate(): the session controller follows a newly found portal's store just before.
  protected override update(changed: PropertyValues<this>) {
    const state = this.session.value;
    const session = state?.status === 'signed-in' ? state.session : undefined;
    const loadFor = [this.portal, session?.contact.id, session?.customer.id];
    if (loadFor.some((value, index) => value !== this.loadedFor[index])) {
      this.loadedFor = loadFor;
      this.load();
    }
    super.update(changed);
  }

  /** Loads the messages, dropping the answer of any earlier load still under way. */
  private async load() {
    this.loading?.abort();
    const [portal, contactId] = this.loadedFor as [Portal | undefined, number | undefined];
    this.loaded = undefined;
    if (!portal || contactId === undefined) return;
    const loading = (this.loading = new AbortController());
    try {
      const { items } = await portal.client.announcements.listAnnouncements(loading.signal);
      if (loading === this.loading) this.loaded = { items };
    } catch (error) {
      if (loading !== this.loading) return;
      this.reportError(error);
      this.loaded = { error };
    }
  }

  constructor() {
    super();
    this.dismissed = new Set();
    this.notice = '';
  }

  private async dismiss(announcement: Announcement, index: number) {
    const portal = this.portal;
    if (!portal) return;
    const t = this.t.value!;
    // Hidden at once; shown again if the server does not take the dismissal.
    this.dismissed = new Set([...this.dismissed, announcement.id]);
    this.dismissError = undefined;
    this.notice = t.dismissed({ title: announcement.title });
    this.moveFocusAfter(index);
    try {
      await portal.client.announcements.dismiss(announcement.id);
      this.emit('tc-announcement-dismiss', { announcement });
    } catch (error) {
      this.reportError(error);
      const next = new Set(this.dismissed);
      next.delete(announcement.id);
      this.dismissed = next;
      this.notice = '';
      this.dismissError = t.dismissFailed;
    }
  }

  /** Keyboard users land on the next message's button, not on the page's start. */
  private async moveFocusAfter(index: number) {
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="dismiss"]')];
    (buttons[index] ?? buttons[index - 1])?.focus();
  }

  private renderAnnouncement(announcement: Announcement, index: number) {
    const t = this.t.value!;
    const titleId = `announcement-${announcement.id}`;
    return html`<li class="announcement ${announcement.kind}" part="announcement">
      <div class="content">
        <p class="kind" part="kind">${t[announcement.kind]}</p>
        <h2 class="title" part="title" id=${titleId}>${announcement.title}</h2>
        <div class="body" part="body">${renderRichText(announcement.body)}</div>
      </div>
      <button type="button" class="dismiss" part="dismiss" aria-label=${t.dismiss({ title: announcement.title })}
        @click=${() => this.dismiss(announcement, index)}>
        <span aria-hidden="true">×</span>
      </button>
    </li>`;
  }

  private renderList(items: Announcement[] | undefined) {
    const visible = (items ?? []).filter((item) => !this.dismissed.has(item.id));
    const status = html`<p class="visually-hidden" part="status" role="status">${this.notice}</p>`;
    const failure = this.dismissError ? html`<p class="error" part="error" role="alert">${this.dismissError}</p>` : nothing;
    if (visible.length === 0) return html`${status}${failure}<slot name="empty"></slot>`;
    return html`${status}${failure}
      <section aria-label=${this.t.value!.label}>
        <ul class="list" part="list" role="list">${visible.map((item, index) => this.renderAnnouncement(item, index))}</ul>
      </section>`;
  }

  protected override render() {
    const t = this.t.value!;
    if (!this.portal) return nothing;
    const state = this.session.value;
    if (state?.status === 'signed-out') return html`<slot name="signed-out"></slot>`;
    if (state?.status !== 'signed-in') return nothing;
    const loaded = this.loaded;
    if (!loaded) return html`<p class="visually-hidden" part="status" role="status" aria-busy="true">${t.loading}</p>`;
    if (!('error' in loaded)) return this.renderList(loaded.items);
    // A back end that keeps announcements from some contacts: show nothing rather than an error.
    return loaded.error instanceof ForbiddenError
      ? nothing
      : this.errorNotice(loaded.error, () => void this.load(), { retryLabel: t.retry });
  }
}

define('tc-announcements', TcAnnouncements);

declare global {
  interface HTMLElementTagNameMap {
    'tc-announcements': TcAnnouncements;
  }
  interface HTMLElementEventMap {
    /** The buyer dismissed an announcement; the server remembers it for the contact. */
    'tc-announcement-dismiss': CustomEvent<{ announcement: Announcement }>;
  }
}
