import { parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { RichBlock, RichInline } from '../../contract/announcements.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Marks = { bold?: boolean; italic?: boolean };

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Keeps the small subset of HTML an announcement may use: paragraphs and headings, line breaks,
 * bold, italic, lists and links to http, https or mailto addresses. Scripts, styles, event
 * handlers, images, frames and every other attribute are dropped (the text of unknown tags stays).
 */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'a', 'ul', 'ol', 'li', ...headings],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: { div: 'p' },
  }).trim();
}

const isTag = (node: Node, ...names: string[]): node is Node & { name: string; children: Node[] } =>
  'name' in node && names.includes(node.name);

const textOf = (node: Node): string =>
  node.type === 'text' ? (node as { data: string }).data : 'children' in node ? (node.children as Node[]).map(textOf).join('') : '';

/** Inline content of a node, with bold and italic carried down; whitespace collapsed as a browser would. */
function inlines(nodes: Node[], marks: Marks = {}): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = (node as { data: string }).data.replace(/\s+/g, ' ');
      if (text) out.push({ type: 'text', text, ...marks });
    } else if (isTag(node, 'br')) {
      out.push({ type: 'break' });
    } else if (isTag(node, 'a')) {
      const href = (node as unknown as { attribs: Record<string, string> }).attribs.href;
      const text = textOf(node).replace(/\s+/g, ' ');
      if (href && text.trim()) out.push({ type: 'link', href, text, ...marks });
      else if (text.trim()) out.push({ type: 'text', text, ...marks });
    } else if (isTag(node, 'strong', 'b')) {
      out.push(...inlines(node.children, { ...marks, bold: true }));
    } else if (isTag(node, 'em', 'i')) {
      out.push(...inlines(node.children, { ...marks, italic: true }));
    } else if ('children' in node) {
      out.push(...inlines(node.children as Node[], marks));
    }
  }
  return tidy(out);
}

/** Trims the ends, and merges neighbouring text runs that look alike. */
function tidy(content: RichInline[]): RichInline[] {
  const merged: RichInline[] = [];
  for (const item of content) {
    const last = merged.at(-1);
    if (item.type === 'text' && last?.type === 'text' && !!last.bold === !!item.bold && !!last.italic === !!item.italic) {
      last.text += item.text;
    } else merged.push({ ...item });
  }
  const first = merged[0];
  if (first && first.type !== 'break') first.text = first.text.replace(/^ /, '');
  const end = merged.at(-1);
  if (end && end.type !== 'break') end.text = end.text.replace(/ $/, '');
  return merged.filter((item) => item.type === 'break' || item.text !== '');
}

/** List items, with nested lists flattened into further items. */
function listItems(list: Node & { children: Node[] }): RichInline[][] {
  const items: RichInline[][] = [];
  for (const item of list.children) {
    if (!isTag(item, 'li')) continue;
    items.push(inlines(item.children.filter((child) => !isTag(child, 'ul', 'ol'))));
    for (const nested of item.children) if (isTag(nested, 'ul', 'ol')) items.push(...listItems(nested));
  }
  return items.filter((content) => content.length > 0);
}

/** Turns sanitised HTML into the block tree of the contract: paragraphs and lists of inline runs. */
export function toRichText(html: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let loose: Node[] = [];
  const flush = () => {
    const content = inlines(loose);
    if (content.length) blocks.push({ type: 'paragraph', content });
    loose = [];
  };
  for (const node of parseDocument(html).children) {
    if (isTag(node, 'p')) {
      flush();
      loose = node.children;
      flush();
    } else if (isTag(node, ...headings)) {
      flush();
      const content = inlines(node.children, { bold: true });
      if (content.length) blocks.push({ type: 'paragraph', content });
    } else if (isTag(node, 'ul', 'ol')) {
      flush();
      const items = listItems(node);
      if (items.length) blocks.push({ type: 'list', ordered: node.name === 'ol', items });
    } else {
      loose.push(node);
    }
  }
  flush();
  return blocks;
}
