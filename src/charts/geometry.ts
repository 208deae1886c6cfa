// Where a model's shapes end up in the picture: groups move their children, so every box is worked out
// through the groups above it. Used for the model's text range, kiosk hit areas and the layout tests.
import type { Shape } from "./model.ts";
import { textBox, type Box } from "./text/box.ts";

export interface Leaf {
  shape: Exclude<Shape, { kind: "group" }>;
  /** The sum of the offsets of the groups it sits in. */
  dx: number;
  dy: number;
}

export function leaves(shapes: Shape[], dx = 0, dy = 0): Leaf[] {
  return shapes.flatMap((shape) =>
    shape.kind === "group" ? leaves(shape.children, dx + (shape.dx ?? 0), dy + (shape.dy ?? 0)) : [{ shape, dx, dy }],
  );
}

/** The box of a path's points: every coordinate pair of M, L, H, V, A and C commands, absolute or relative. */
export function pathBox(d: string): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVACZmlhvacz])([^MLHVACZmlhvacz]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    const relative = command === command!.toLowerCase();
    const move = (nx: number, ny: number) => {
      [x, y] = relative ? [x + nx, y + ny] : [nx, ny];
      xs.push(x);
      ys.push(y);
    };
    switch (command!.toUpperCase()) {
      case "H":
        for (const v of n) move(v, relative ? 0 : y);
        break;
      case "V":
        for (const v of n) move(relative ? 0 : x, v);
        break;
      case "A":
        for (let i = 0; i + 6 < n.length; i += 7) move(n[i + 5]!, n[i + 6]!);
        break;
      case "C":
        for (let i = 0; i + 5 < n.length; i += 6) move(n[i + 4]!, n[i + 5]!);
        break;
      case "Z":
        break;
      default:
        for (let i = 0; i + 1 < n.length; i += 2) move(n[i]!, n[i + 1]!);
    }
  }
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** The box of one shape in picture coordinates. Arcs and curves count their end points only. */
export function leafBox({ shape, dx, dy }: Leaf): Box {
  const moved = (b: Box): Box => ({ left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy });
  switch (shape.kind) {
    case "text":
      return moved(textBox(shape));
    case "rect":
    case "hit":
      return moved({ left: shape.x, top: shape.y, right: shape.x + shape.width, bottom: shape.y + shape.height });
    case "circle":
      return moved({
        left: shape.cx - shape.r,
        top: shape.cy - shape.r,
        right: shape.cx + shape.r,
        bottom: shape.cy + shape.r,
      });
    case "line":
      return moved({
        left: Math.min(shape.x1, shape.x2),
        top: Math.min(shape.y1, shape.y2),
        right: Math.max(shape.x1, shape.x2),
        bottom: Math.max(shape.y1, shape.y2),
      });
    case "path":
      return moved(pathBox(shape.d));
  }
}

export function union(boxes: Box[]): Box {
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}
