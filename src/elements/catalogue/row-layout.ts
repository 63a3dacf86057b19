import { FlowLayout, flow } from '@lit-labs/virtualizer/layouts/flow.js';

type LayoutSpecifier = ReturnType<typeof flow>;
type ChildMeasurements = Parameters<FlowLayout['updateItemSizes']>[0];

/** The average row height the last list of each shape measured (card layout, columns, width). */
const measuredHeights = new Map<string, number>();

/**
 * The virtualizer's flow layout, starting from the row height a previous list of the same shape
 * measured instead of a 100 px guess. Every search, filter or sort builds a new list; with a right
 * first estimate its rows are placed where they stay and the list's height does not change when
 * they are measured, so the browser lays the cards out once instead of twice.
 */
class RowLayout extends FlowLayout {
  private shape = '';

  /** Set through the layout's config, before its first reflow. */
  set estimateFor(shape: string) {
    this.shape = shape;
    const height = measuredHeights.get(shape);
    if (height) this._itemSize = { ...this._itemSize, height };
  }

  override updateItemSizes(sizes: ChildMeasurements) {
    super.updateItemSizes(sizes);
    const average = this._metricsCache.averageChildSize;
    if (average > 0) measuredHeights.set(this.shape, average);
  }
}

/** Tells the lists of `shape` their rows' height, measured elsewhere (e.g. the rows of the first page). */
export function rememberRowHeight(shape: string, height: number) {
  if (height > 0) measuredHeights.set(shape, height);
}

const specifiers = new Map<string, LayoutSpecifier>();

/** The layout of the catalogue's rows for one shape, e.g. `tall|4|1152` (one object per shape). */
export function rowLayout(shape: string): LayoutSpecifier {
  let specifier = specifiers.get(shape);
  if (!specifier) specifiers.set(shape, (specifier = { type: RowLayout, estimateFor: shape } as LayoutSpecifier));
  return specifier;
}
