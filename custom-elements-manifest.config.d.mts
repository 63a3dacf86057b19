import type { Config, Plugin } from '@custom-elements-manifest/analyzer';

declare const config: Config & { plugins: Plugin[] };
export default config;
export function tradecounterDefine(): Plugin;
export function publicApiOnly(): Plugin;
