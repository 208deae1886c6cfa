// What the mechanism diagrams' tests share: the explorable boxes of a model, overlap checks, and a dataset with
// one list or fact changed, to prove that a diagram follows its data.
import type { Dataset } from "../../src/data/load.ts";
import type { Fact, List } from "../../src/data/schemas/index.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { placedShapes } from "../support/chart-layout.ts";

export type Rect = Extract<Shape, { kind: "rect" }>;

/** Every shape that is not a group, moved to where the picture draws it. */
export function flatShapes(shapes: Shape[]): Shape[] {
  return placedShapes(shapes);
}

/** The rectangle that carries each point, by point index (undefined where a point is drawn otherwise). */
export function pointRects(model: ChartModel): Array<Rect | undefined> {
  const rects = flatShapes(model.shapes).filter((s): s is Rect => s.kind === "rect" && s.point !== undefined);
  return model.points.map((_, i) => rects.find((r) => r.point === i));
}

export function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The points drawn as rectangles (not as paths or circles), each with its rectangle. */
function boxedPoints(model: ChartModel) {
  return pointRects(model).flatMap((rect, i) => (rect ? [{ rect, label: model.points[i]!.label }] : []));
}

/** Pairs of point rectangles that overlap, as "label × label". */
export function overlappingBoxes(model: ChartModel): string[] {
  const boxes = boxedPoints(model);
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (overlap(a.rect, b.rect) ? [`${a.label} × ${b.label}`] : [])),
  );
}

export function withList(data: Dataset, id: string, change: (list: List) => List): Dataset {
  const lists = new Map(data.lists);
  lists.set(id, change(data.lists.get(id)!));
  return { ...data, lists };
}

export function withFact(data: Dataset, id: string, change: (fact: Fact) => Fact): Dataset {
  const facts = new Map(data.facts);
  facts.set(id, change(data.facts.get(id)!));
  return { ...data, facts };
}

export function texts(model: ChartModel): string[] {
  return flatShapes(model.shapes).flatMap((s) => (s.kind === "text" ? [s.text] : []));
}

/** Point rectangles that reach outside the picture, by label. */
export function boxesOutside(model: ChartModel): string[] {
  return boxedPoints(model).flatMap(({ rect: r, label }) =>
    r.x < 0 || r.y < 0 || r.x + r.width > model.width || r.y + r.height > model.height ? [label] : [],
  );
}
