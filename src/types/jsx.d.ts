// React 19 typings for the Tradecounter tags. React 19 sets properties on custom elements and
// listens to their events through `on<event-name>` props:
//
//   import type {} from 'tradecounter/jsx';
//   <tc-catalogue pageSize={12} ontc-error={(event) => log(event.detail.error)} />
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TcEventName, TcProperties, TcTagMap } from './tags.js';

/** `ontc-sign-in={(event) => …}`: React 19 adds it as a listener for `tc-sign-in`. */
type TcEventProps = { [Name in TcEventName as `on${Name}`]?: (event: HTMLElementEventMap[Name]) => void };

export type TcReactProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & TcProperties<E> & TcEventProps;

declare module 'react' {
  namespace JSX {
    // Merges our tags into React's own interface, which an empty extension does.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends TcReactIntrinsicElements {}
  }
}

type TcReactIntrinsicElements = { [Tag in keyof TcTagMap]: TcReactProps<TcTagMap[Tag]> };
