// What the framework typings (jsx.d.ts, vue.d.ts) derive from: every `tc-` tag registered in
// HTMLElementTagNameMap and every `tc-` event in HTMLElementEventMap, so a new element is typed
// as soon as it adds its entries there.
import type { LitElement } from 'lit';
import type { TcElement } from '../base/tc-element.js';
import type {} from '../base/events.js';
import type {} from '../index.js';

/** Every Tradecounter tag and its element class. */
export type TcTagMap = {
  [Tag in keyof HTMLElementTagNameMap as Tag extends `tc-${string}` ? Tag : never]: HTMLElementTagNameMap[Tag];
};

/** Every Tradecounter event name. */
export type TcEventName = Extract<keyof HTMLElementEventMap, `tc-${string}`>;

type Data<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };

/** The properties a host may set on a tag: its own public data properties, not Lit's or the DOM's. */
export type TcProperties<E> = Partial<Data<E extends TcElement ? Omit<E, keyof TcElement> : Omit<E, keyof LitElement>>>;

/** `tc-sign-in` → `TcSignIn`. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;
