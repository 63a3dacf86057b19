// The embed's shared runtime (dist/embed/chunks/runtime-<hash>.js): Lit, the client, the stores,
// the portal, i18n and the public API of src/index.ts except the element classes, plus the
// autoloader, which starts watching the document as soon as the module runs. The element chunks
// import their shared code from here.
import { ContextRoot } from '@lit/context';
import { discover } from './autoloader.js';

export * from '../public-api.js';
export { discover, load, tags, type TcTag } from './autoloader.js';

if (typeof document !== 'undefined') {
  // Chunks arrive in any order: a tag defined before the <tc-portal> around it asks for its portal
  // when no one can answer yet. The root keeps such requests and replays them when the portal
  // connects, so the tag binds to its own portal rather than the page's default one.
  new ContextRoot().attach(document.documentElement);
  void discover(document);
}
