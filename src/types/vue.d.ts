// Vue 3 typings for the Tradecounter tags (templates checked by Vue's language tools). Tell Vue's
// compiler the tags are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('tc-')`.
//
//   import type {} from 'tradecounter/vue';
//   <tc-catalogue :page-size="12" @tc-error="onError" />
import type { DefineComponent } from 'vue';
import type { PascalCase, TcEventName, TcProperties, TcTagMap } from './tags.js';

/** `@tc-sign-in="…"` compiles to an `onTcSignIn` listener. */
type TcEventProps = { [Name in TcEventName as `on${PascalCase<Name>}`]?: (event: HTMLElementEventMap[Name]) => void };

type TcVueComponents = { [Tag in keyof TcTagMap]: DefineComponent<TcProperties<TcTagMap[Tag]> & TcEventProps> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends TcVueComponents {}
}
