import { html, nothing, type TemplateResult } from 'lit';
import type { RichBlock, RichInline } from '../../../contract/announcements.js';

// Announcement bodies arrive as a tree of text runs, not HTML: every string is bound as text, so
// nothing a supplier (or an attacker who reached the back end) writes can become markup or script.

const safeSchemes = new Set(['http:', 'https:', 'mailto:']);

/** The address if it is http, https or mailto; a back end other than ours may not have checked. */
function safeHref(href: string): string | undefined {
  try {
    return safeSchemes.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

function marked(text: string, bold?: boolean, italic?: boolean): TemplateResult | string {
  const inner = italic ? html`<em>${text}</em>` : text;
  return bold ? html`<strong>${inner}</strong>` : inner;
}

function renderInline(item: RichInline) {
  if (item.type === 'break') return html`<br />`;
  if (item.type === 'link') {
    const href = safeHref(item.href);
    const text = marked(item.text, item.bold, item.italic);
    return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
  }
  return marked(item.text, item.bold, item.italic);
}

const renderInlines = (content: RichInline[]) => content.map(renderInline);

/** Renders an announcement body: paragraphs and lists of text, bold, italic, breaks and links. */
export function renderRichText(blocks: RichBlock[]) {
  return blocks.map((block) => {
    if (block.type === 'paragraph') return html`<p>${renderInlines(block.content)}</p>`;
    if (block.type === 'list') {
      const items = block.items.map((item) => html`<li>${renderInlines(item)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    return nothing;
  });
}
