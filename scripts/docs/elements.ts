// Renders custom-elements.json as Markdown: one page per tag, an index, and the table of events.
interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Attribute extends Item {
  fieldName?: string;
}
interface Member extends Item {
  kind: string;
  static?: boolean;
  readonly?: boolean;
}
export interface CustomElementDeclaration extends Item {
  customElement?: boolean;
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
/** The part of custom-elements.json these pages read. */
export interface Package {
  modules: { declarations?: CustomElementDeclaration[] }[];
}

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text: string | undefined) => (text ? `\`${text}\`` : '');

export interface TagDoc {
  tag: string;
  element: CustomElementDeclaration;
}

export function tagsOf(manifest: Package): TagDoc[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => !!declaration.customElement && !!declaration.tagName)
    .map((element) => ({ tag: element.tagName!, element }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

function table(headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '_None._\n';
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n') + '\n';
}

export function elementPage({ tag, element }: TagDoc): string {
  const attributes = element.attributes ?? [];
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  return `# \`<${tag}>\`

${element.description ?? ''}

\`\`\`html
<${tag}></${tag}>
\`\`\`

## Attributes

${table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]))}
## Properties

${table(['Property', 'Type', 'Default', 'Description'], fields.map((f) => [code(f.name) + (f.readonly ? ' (read-only)' : ''), code(f.type?.text), code(f.default), cell(f.description)]))}
## Events

${table(['Event', 'Description'], (element.events ?? []).map((e) => [code(e.name), cell(e.description)]))}
## Slots

${table(['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]))}
## CSS parts

${table(['Part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]))}
## CSS custom properties

Besides the [base and component tokens](theming.html) every tag reads:

${table(['Property', 'Description'], (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]))}`;
}

export function elementsIndex(tags: TagDoc[]): string {
  return `# Elements

Generated from \`custom-elements.json\` (\`npm run manifest\`), which the analyzer builds from each
element's source and JSDoc; \`npm run lint\` checks it against the source.

${table(['Tag', 'What it is'], tags.map(({ tag, element }) => [`[\`<${tag}>\`](elements/${tag}.html)`, cell(element.description?.split(/\n\n/)[0])]))}`;
}

export function eventsTable(tags: TagDoc[]): string {
  const rows = tags.flatMap(({ tag, element }) => (element.events ?? []).map((event) => [code(event.name), code(`<${tag}>`), cell(event.description)]));
  return table(['Event', 'Fired by', 'When, and its detail'], rows);
}
