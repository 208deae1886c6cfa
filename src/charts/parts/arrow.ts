// Arrows for diagrams: a filled head whose size follows the text size, and a straight shaft that stops at it.
import type { Shape, Tone } from "../model.ts";

/** A filled triangle pointing along `angle` (radians, 0 = right) with its tip at (x, y), `size` long. */
export function arrowHead(x: number, y: number, angle: number, tone: Tone = "muted", size = 7): Shape {
  const corner = (turn: number) => `${x - size * Math.cos(angle + turn)},${y - size * Math.sin(angle + turn)}`;
  return { kind: "path", d: `M${x},${y}L${corner(0.45)}L${corner(-0.45)}Z`, tone, fill: true };
}

export interface ArrowOptions {
  tone?: Tone;
  dashed?: boolean;
  /** Length of the head; the shaft is a fifth of it wide. */
  head?: number;
}

/** A straight arrow from one point to another, its head ending on the second. */
export function arrow(x1: number, y1: number, x2: number, y2: number, options: ArrowOptions = {}): Shape[] {
  const { tone = "muted", dashed = false, head = 7 } = options;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const [sx, sy] = [x2 - head * 0.7 * Math.cos(angle), y2 - head * 0.7 * Math.sin(angle)];
  return [
    { kind: "line", x1, y1, x2: sx, y2: sy, tone, width: Math.max(1.5, head / 5), dashed },
    arrowHead(x2, y2, angle, tone, head),
  ];
}
