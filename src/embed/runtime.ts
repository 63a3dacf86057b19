// The embed's shared runtime (dist/embed/chunks/runtime-<hash>.js): Lit, the client, the stores,
// the portal, i18n and the public API of src/index.ts except the element classes, plus the
// autoloader, which starts watching the document as soon as the module runs. The element chunks
// import their shared code from here.
import { discover } from './autoloader.js';

export * from '../public-api.js';
export { discover, load, tags, type TcTag } from './autoloader.js';

if (typeof document !== 'undefined') void discover(document);
