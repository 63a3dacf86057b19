/** Registers a tag unless it is already registered (the SDK loaded twice on one page). */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
