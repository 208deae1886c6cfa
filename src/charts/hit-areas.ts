// Tap targets for touch screens: where a chart's explorable marks are smaller than a finger, an invisible area of
// the target's size takes the taps for them.
import { leafBox, leaves, union } from "./geometry.ts";
import type { Shape } from "./model.ts";
import type { Box } from "./text/box.ts";

/**
 * Invisible tap areas at least `target` square for every explorable point none of whose marks is that large
 * (a small dot, a grid of squares with gaps): over the marks, smaller areas over larger, so a dot inside a grid
 * still takes its own taps.
 */
export function hitAreas(shapes: Shape[], points: number, target: number, width: number, height: number): Shape[] {
  const marks = leaves(shapes).filter((leaf) => leaf.shape.point !== undefined);
  const large = (b: Box) => b.right - b.left >= target && b.bottom - b.top >= target;
  const hits = Array.from({ length: points }, (_, point) => {
    const boxes = marks.filter((leaf) => leaf.shape.point === point).map(leafBox);
    if (boxes.some(large)) return [];
    const box = union(boxes);
    const [w, h] = [Math.max(target, box.right - box.left), Math.max(target, box.bottom - box.top)];
    const x = Math.min(Math.max(0, (box.left + box.right - w) / 2), width - w);
    const y = Math.min(Math.max(0, (box.top + box.bottom - h) / 2), height - h);
    return [{ kind: "hit" as const, x, y, width: w, height: h, point }];
  }).flat();
  return hits.sort((a, b) => b.width * b.height - a.width * a.height);
}
