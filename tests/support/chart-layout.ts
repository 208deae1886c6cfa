// Layout checks shared by the chart tests: where each text and mark of a model lies, measured with the font the
// charts are laid out with, and which of them leave the picture or overlap another text.
import { leafBox, leaves } from "../../src/charts/geometry.ts";
import type { ChartModel, Shape } from "../../src/charts/model.ts";
import { overlaps, type Box } from "../../src/charts/text/box.ts";

export interface Placed {
  what: string;
  box: Box;
}

export function textBoxes(model: ChartModel): Placed[] {
  return leaves(model.shapes).flatMap((leaf) =>
    leaf.shape.kind === "text" ? [{ what: `"${leaf.shape.text}"`, box: leafBox(leaf) }] : [],
  );
}

/** Marks (not texts, not invisible tap areas), with half a stroke's width of slack. */
export function markBoxes(model: ChartModel): Placed[] {
  return leaves(model.shapes).flatMap((leaf) =>
    leaf.shape.kind === "text" || leaf.shape.kind === "hit"
      ? []
      : [{ what: `${leaf.shape.kind} ${JSON.stringify(leafBox(leaf))}`, box: leafBox(leaf) }],
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

/** What lies outside the picture, with how far. */
export function outside(model: ChartModel, placed: Placed[], slack = 0): string[] {
  return placed.flatMap(({ what, box }) => {
    const problems = [
      box.left < -slack && `starts at x=${round(box.left)}`,
      box.right > model.width + slack && `ends at x=${round(box.right)} of ${model.width}`,
      box.top < -slack && `starts at y=${round(box.top)}`,
      box.bottom > model.height + slack && `ends at y=${round(box.bottom)} of ${model.height}`,
    ].filter(Boolean);
    return problems.length ? [`${what} ${problems.join(", ")}`] : [];
  });
}

/** Pairs of texts whose boxes overlap. */
export function overlappingTexts(model: ChartModel): string[] {
  const boxes = textBoxes(model);
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.what} × ${b.what}`] : [])),
  );
}

/** Path data moved by (dx, dy): absolute coordinates shift, relative moves stay as they are. */
function movePath(d: string, dx: number, dy: number): string {
  return d.replace(/([MLHVACZmlhvacz])([^MLHVACZmlhvacz]*)/g, (_, command: string, args: string) => {
    const n = (args.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    const shift = (value: number, i: number): number => {
      switch (command) {
        case "H":
          return value + dx;
        case "V":
          return value + dy;
        case "A":
          return i % 7 === 5 ? value + dx : i % 7 === 6 ? value + dy : value;
        case "M":
        case "L":
        case "C":
          return value + (i % 2 === 0 ? dx : dy);
        default:
          return value;
      }
    };
    return `${command}${n.map(shift).join(",")}`;
  });
}

/** A shape moved by (dx, dy): what a group's transform does to it when drawn. */
function moved(shape: Exclude<Shape, { kind: "group" }>, dx: number, dy: number): Shape {
  switch (shape.kind) {
    case "rect":
    case "hit":
    case "text":
      return { ...shape, x: shape.x + dx, y: shape.y + dy };
    case "circle":
      return { ...shape, cx: shape.cx + dx, cy: shape.cy + dy };
    case "line":
      return { ...shape, x1: shape.x1 + dx, x2: shape.x2 + dx, y1: shape.y1 + dy, y2: shape.y2 + dy };
    case "path":
      return { ...shape, d: movePath(shape.d, dx, dy) };
  }
}

/** Every shape that is not a group, where the picture draws it. */
export function placedShapes(shapes: Shape[]): Shape[] {
  return leaves(shapes).map(({ shape, dx, dy }) => moved(shape, dx, dy));
}

/** The shapes, where the picture draws them, of the first group with this accessible label. */
export function groupShapes(model: ChartModel, label: string): Shape[] {
  const find = (shapes: Shape[], dx: number, dy: number): Shape[] | undefined => {
    for (const s of shapes) {
      if (s.kind !== "group") continue;
      const [x, y] = [dx + (s.dx ?? 0), dy + (s.dy ?? 0)];
      if (s.label === label) return leaves(s.children, x, y).map((leaf) => moved(leaf.shape, leaf.dx, leaf.dy));
      const inner = find(s.children, x, y);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = find(model.shapes, 0, 0);
  if (!found) throw new Error(`no group labelled "${label}" in ${model.id}`);
  return found;
}
