// The analyzer's programmatic API (index.js exports these; its own typings leave them out).
import type { Package } from 'custom-elements-manifest/schema';
import type { Plugin } from '@custom-elements-manifest/analyzer';

declare module '@custom-elements-manifest/analyzer' {
  export function create(options: { modules: import('typescript').SourceFile[]; plugins?: Plugin[]; context?: Record<string, unknown> }): Package;
  export const ts: typeof import('typescript');
}
