import { FlowLayout, flow } from '@lit-labs/virtualizer/layouts/flow.js';

type LayoutSpecifier = ReturnType<typeof flow>;

/** The row height of each shape (card layout, columns, width), as the first page's rows measured it. */
const rowHeights = new Map<string, number>();

/**
 * The virtualizer's flow layout, starting from the row height the first page of the same shape
 * measured instead of a 100 px guess: the list after the first page has the right height from the
 * start, and its rows are placed where they stay when they are measured.
 */
class RowLayout extends FlowLayout {
  /** Set through the layout's config, before its first reflow. */
  set estimateFor(shape: string) {
    const height = rowHeights.get(shape);
    if (height) this._itemSize = { ...this._itemSize, height };
  }
}

/** Tells the lists of `shape` their rows' height, measured elsewhere (the rows of the first page; 0 if hidden, then unused). */
export function rememberRowHeight(shape: string, height: number) {
  rowHeights.set(shape, height);
}

const specifiers = new Map<string, LayoutSpecifier>();

/** The layout of the catalogue's rows for one shape, e.g. `tall|4|1152` (one object per shape). */
export function rowLayout(shape: string): LayoutSpecifier {
  let specifier = specifiers.get(shape);
  if (!specifier) specifiers.set(shape, (specifier = { type: RowLayout, estimateFor: shape } as LayoutSpecifier));
  return specifier;
}
